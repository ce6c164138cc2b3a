import { ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { CommonError, type FieldError } from './domain-error.js';

/** The global ValidationPipe options; exported so code that must validate before the pipe runs uses the same rules. */
export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  stopAtFirstError: false,
} as const;

/** Nested class-validator errors as `[{ field: 'measures.0.type', message }]`. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    for (const [rule, message] of Object.entries(error.constraints ?? {})) {
      // class-validator words unknown properties as "property x should not exist".
      out.push({ field, rule, message: prefix && message.startsWith('property ') ? `${field}: ${message}` : message });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

export function validationFailed(errors: ValidationError[]) {
  return new CommonError('VALIDATION_FAILED', undefined, { errors: flattenValidationErrors(errors) });
}

/** Validates a plain body against a DTO class with the global rules; throws VALIDATION_FAILED. */
export async function validateBody<T extends object>(dtoClass: new () => T, body: unknown): Promise<T> {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw new CommonError('VALIDATION_FAILED', 'The request body must be a JSON object.', {
      errors: [{ field: '(body)', message: 'body must be a JSON object' }],
    });
  }
  const dto = plainToInstance(dtoClass, body);
  const errors = await validate(dto, VALIDATION_OPTIONS);
  if (errors.length) throw validationFailed(errors);
  return dto;
}

/** A path parameter that must be a UUID; anything else is a 400 with a field error, never a database error. */
export function uuidParam(field = 'id') {
  return new ParseUUIDPipe({
    exceptionFactory: () =>
      new CommonError('VALIDATION_FAILED', `${field} must be a UUID.`, { errors: [{ field, message: `${field} must be a UUID` }] }),
  });
}

/** class-transformer helper: trims strings (e-mail addresses pasted with spaces), leaves other values to the validators. */
export const trimString = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A positive integer path parameter (e.g. a session number); anything else is a 400 with a field error. */
export class PositiveIntParam implements PipeTransform<string, number> {
  constructor(
    private readonly field: string,
    private readonly max = 1_000_000,
  ) {}

  transform(value: string): number {
    const n = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > this.max) {
      throw new CommonError('VALIDATION_FAILED', `${this.field} must be a positive integer.`, {
        errors: [{ field: this.field, message: `${this.field} must be an integer between 1 and ${this.max}` }],
      });
    }
    return n;
  }
}

/**
 * Multipart file names arrive decoded as Latin-1 (busboy's default); browsers send UTF-8. Re-decode when the bytes
 * form valid UTF-8, so "国家行动计划.pdf" stays itself.
 */
export function uploadedFileName(name: string): string {
  const bytes = Buffer.from(name, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return name;
  }
}

/** An ISO 3166-1 alpha-3 path parameter, upper-cased; anything else is a 400 before any query runs. */
export class StateCodeParam implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Za-z]{3}$/.test(value)) {
      throw new CommonError('VALIDATION_FAILED', 'code must be three letters.', { errors: [{ field: 'code', message: 'code must be an ISO 3166-1 alpha-3 code' }] });
    }
    return value.toUpperCase();
  }
}
