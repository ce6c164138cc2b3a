import type { components } from '@contracts';

type ProblemBody = components['schemas']['ProblemDto'];
export type FieldProblem = components['schemas']['ProblemFieldErrorDto'];

/** Client-side codes for failures that never reached the API's problem filter. */
export const CLIENT_ERROR_CODES = ['NETWORK_ERROR', 'UNEXPECTED_RESPONSE'] as const;

/** An API failure as the interface shows it: the stable `code` (worded by the message catalogues) and field errors. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly detail: string,
    readonly fieldErrors: FieldProblem[] = [],
    readonly requestId?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(detail || code);
    this.name = 'ApiProblem';
  }

  /** True for failures a retry may cure: no connection, the server or its database unavailable. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

const isProblemBody = (body: unknown): body is ProblemBody =>
  typeof body === 'object' && body !== null && typeof (body as { status?: unknown }).status === 'number';

export function problemFromResponse(response: Response, body: unknown): ApiProblem {
  const retryAfter = Number(response.headers.get('Retry-After'));
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined;
  if (isProblemBody(body)) {
    return new ApiProblem(response.status, body.code ?? `HTTP_${response.status}`, body.detail ?? '', body.errors ?? [], body.requestId, retryAfterSeconds);
  }
  return new ApiProblem(response.status, response.status >= 500 ? 'SERVICE_UNAVAILABLE' : 'UNEXPECTED_RESPONSE', response.statusText, [], undefined, retryAfterSeconds);
}

export function networkProblem(cause: unknown): ApiProblem {
  return new ApiProblem(0, 'NETWORK_ERROR', cause instanceof Error ? cause.message : 'network error');
}

export function asProblem(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  return new ApiProblem(0, 'UNEXPECTED_RESPONSE', error instanceof Error ? error.message : String(error));
}

/** Field errors of a problem keyed by field (the first one of each field), for forms. */
export function fieldErrorsOf(error: unknown): Record<string, FieldProblem> {
  const out: Record<string, FieldProblem> = {};
  if (!(error instanceof ApiProblem)) return out;
  for (const fieldError of error.fieldErrors) out[fieldError.field] ??= fieldError;
  return out;
}
