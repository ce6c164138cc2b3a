import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ConfigError, validateEnv } from './env-validation.js';

class Env {
  @IsInt() @Min(1) @Max(65535) PORT: number = 3000;
  @IsOptional() @Matches(/^postgres:\/\//) DATABASE_URL?: string;
}

describe('validateEnv', () => {
  it('applies defaults and converts numbers', () => {
    expect(validateEnv(Env, {})).toMatchObject({ PORT: 3000 });
    expect(validateEnv(Env, { PORT: '8080', DATABASE_URL: '' })).toMatchObject({ PORT: 8080, DATABASE_URL: undefined });
  });

  it('names every bad variable and its value', () => {
    let error: unknown;
    try {
      validateEnv(Env, { PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/PORT: .*\(got "eighty"\)/);
    expect((error as Error).message).toMatch(/DATABASE_URL: .*\(got "mysql:\/\/x"\)/);
  });
});
