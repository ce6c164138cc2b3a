import { COMMON_ERRORS, type ErrorKind } from '#contracts';

/** What kind of failure a domain error is (declared in #contracts, beside every code). */
export type { ErrorKind };

export interface FieldError {
  field: string;
  message: string;
  /** The rule that failed (class-validator's constraint name, e.g. `isEmail`): a client words the message itself. */
  rule?: string;
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

export const CommonError = defineErrors('CommonError', COMMON_ERRORS);
