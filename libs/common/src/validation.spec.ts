import { ArrayMinSize, IsIn, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { DomainError } from './domain-error.js';
import { validateBody } from './validation.js';

class Measure {
  @IsIn(['legislation', 'policy']) type: string;
  @IsString() description: string;
}
class Body {
  @IsString() name: string;
  @ValidateNested({ each: true }) @Type(() => Measure) @ArrayMinSize(1) measures: Measure[];
}

describe('validateBody', () => {
  it('reports nested fields with dotted paths and refuses unknown ones', async () => {
    const error = await validateBody(Body, { name: 1, measures: [{ type: 'x', description: 'ok', extra: 1 }], more: true }).catch((e) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('VALIDATION_FAILED');
    const fields = error.extras.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'measures.0.type', 'measures.0.extra', 'more']));
  });

  it.each([null, [], 'text', 3])('refuses a body that is not an object: %p', async (body) => {
    await expect(validateBody(Body, body)).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('returns the typed instance for a valid body', async () => {
    const dto = await validateBody(Body, { name: 'n', measures: [{ type: 'policy', description: 'd' }] });
    expect(dto).toBeInstanceOf(Body);
    expect(dto.measures[0]).toBeInstanceOf(Measure);
  });
});
