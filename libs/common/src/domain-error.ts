/**
 * What kind of failure a domain error is. The HTTP edge maps kinds to status codes in one place
 * (apps/api problem-details filter); libs never speak HTTP.
 */
export type ErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'precondition_failed'
  | 'precondition_required'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'too_many_requests'
  | 'unavailable';

export interface FieldError {
  field: string;
  message: string;
}

/** Base of every coded error a service throws. `code` is stable and machine-readable (e.g. `INVALID_TRANSITION`). */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    message: string,
    readonly extras: {
      errors?: FieldError[];
      retryAfterSeconds?: number;
      [key: string]: unknown;
    } = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Declares a feature's error class from a table of its codes, so each lib keeps its codes beside their meaning. */
export function defineErrors<C extends string>(name: string, table: Record<C, { kind: ErrorKind; message: string }>) {
  const ErrorClass = class extends DomainError {
    constructor(code: C, message?: string, extras?: DomainError['extras']) {
      super(code, table[code].kind, message ?? table[code].message, extras);
      this.name = name;
    }
  };
  Object.defineProperty(ErrorClass, 'name', { value: name });
  return ErrorClass;
}

export const CommonError = defineErrors('CommonError', {
  VALIDATION_FAILED: { kind: 'invalid', message: 'The request is not valid.' },
  NOT_FOUND: { kind: 'not_found', message: 'The resource does not exist.' },
  PRECONDITION_REQUIRED: { kind: 'precondition_required', message: 'This update requires an If-Match header with the current ETag.' },
  PRECONDITION_FAILED: { kind: 'precondition_failed', message: 'The resource has changed since you read it (ETag mismatch).' },
});
