import { describe, expect, it } from 'vitest';
import { ApiProblem, asProblem, fieldErrorsOf, networkProblem, problemFromResponse } from './problem';
import { formatters } from './format';

describe('API problems as the interface shows them', () => {
  it('keeps the code, the field errors with their rule, the request id and Retry-After of a problem+json answer', () => {
    const response = new Response(null, { status: 429, headers: { 'Retry-After': '30' } });
    const problem = problemFromResponse(response, {
      type: 'urn:wg4:problem:too-many-attempts',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Too many failed sign-in attempts; try again later.',
      code: 'TOO_MANY_ATTEMPTS',
      requestId: 'r-1',
      errors: [{ field: 'email', rule: 'isEmail', message: 'email must be an email' }],
    });
    expect(problem).toMatchObject({ status: 429, code: 'TOO_MANY_ATTEMPTS', requestId: 'r-1', retryAfterSeconds: 30 });
    expect(fieldErrorsOf(problem)).toEqual({ email: { field: 'email', rule: 'isEmail', message: 'email must be an email' } });
    expect(problem.retryable).toBe(false);
  });

  it('names failures that never reached the problem filter, and marks what a retry may cure', () => {
    expect(problemFromResponse(new Response('<html>bad gateway</html>', { status: 502 }), undefined)).toMatchObject({ code: 'SERVICE_UNAVAILABLE', retryable: true });
    expect(problemFromResponse(new Response('x', { status: 404 }), 'x')).toMatchObject({ code: 'UNEXPECTED_RESPONSE', retryable: false });
    expect(networkProblem(new TypeError('Failed to fetch'))).toMatchObject({ status: 0, code: 'NETWORK_ERROR', retryable: true });
    expect(asProblem(new Error('boom'))).toBeInstanceOf(ApiProblem);
    expect(fieldErrorsOf(new Error('not a problem'))).toEqual({});
  });
});

describe('dates and numbers in the interface language', () => {
  it('formats with Intl: the year is always there, digits and order follow the language', () => {
    const when = new Date('2026-12-01T10:42:00Z');
    expect(formatters('en').date(when)).toBe('December 1, 2026');
    expect(formatters('fr').date(when)).toBe('1 décembre 2026');
    expect(formatters('zh').date(when)).toBe('2026年12月1日');
    expect(formatters('ru').number(1234567)).toBe('1\u00a0234\u00a0567');
    expect(formatters('en').date(null)).toBe('—');
    expect(formatters('en').relative(new Date('2026-12-13T10:42:00Z'), when)).toBe('in 12 days');
    expect(formatters('es').relative(new Date('2026-11-30T10:42:00Z'), when)).toBe('ayer');
  });
});
