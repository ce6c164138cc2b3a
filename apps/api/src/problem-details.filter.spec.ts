import { BadRequestException, Logger, NotFoundException, ServiceUnavailableException, type ArgumentsHost } from '@nestjs/common';
import { jest } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { defineErrors } from '#common';
import { ProblemDetailsFilter } from './problem-details.filter.js';

const TestError = defineErrors('TestError', {
  GONE: { kind: 'not_found', message: 'gone' },
  STALE: { kind: 'precondition_failed', message: 'stale' },
  SLOW_DOWN: { kind: 'too_many_requests', message: 'slow down' },
  BAD: { kind: 'invalid', message: 'bad' },
  OTHER_STATE: { kind: 'forbidden', message: 'not yours' },
});

function run(exception: unknown, request: Record<string, unknown> = { originalUrl: '/api/x?y=1', method: 'GET', id: 'req-1' }) {
  const sent: { status?: number; type?: string; body?: string; headers: Record<string, string> } = { headers: {} };
  const response = {
    headersSent: false,
    setHeader: (k: string, v: string) => (sent.headers[k] = v),
    status(s: number) {
      sent.status = s;
      return this;
    },
    type(t: string) {
      sent.type = t;
      return this;
    },
    send(b: string) {
      sent.body = b;
      return this;
    },
  };
  const host = {
    switchToHttp: () => ({ getResponse: () => response, getRequest: () => request }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(exception, host);
  return { ...sent, problem: JSON.parse(sent.body ?? '{}') };
}

describe('ProblemDetailsFilter', () => {
  it.each([
    ['GONE', 404],
    ['STALE', 412],
    ['SLOW_DOWN', 429],
    ['BAD', 400],
  ] as const)('maps domain code %s to %i', (code, status) => {
    const out = run(new TestError(code));
    expect(out.status).toBe(status);
    expect(out.type).toBe('application/problem+json');
    expect(out.problem).toMatchObject({ status, code, type: `urn:wg4:problem:${code.toLowerCase().replace(/_/g, '-')}`, instance: '/api/x' });
  });

  it('sets Retry-After from the error and carries field errors', () => {
    const out = run(new TestError('SLOW_DOWN', undefined, { retryAfterSeconds: 42 }));
    expect(out.headers['Retry-After']).toBe('42');
    expect(out.problem.retryAfterSeconds).toBeUndefined();
    const bad = run(new TestError('BAD', undefined, { errors: [{ field: 'a', message: 'b' }] }));
    expect(bad.problem.errors).toEqual([{ field: 'a', message: 'b' }]);
  });

  it('maps Nest HTTP exceptions and parser errors', () => {
    expect(run(new NotFoundException('Cannot GET /api/nope')).problem.code).toBe('ROUTE_NOT_FOUND');
    const parse = Object.assign(new SyntaxError('Unexpected token'), { status: 400, type: 'entity.parse.failed' });
    expect(run(new BadRequestException('x', { cause: parse })).problem.code).toBe('MALFORMED_JSON');
    const health = run(new ServiceUnavailableException({ status: 'error', details: { database: { status: 'down' } } }));
    expect(health.problem).toMatchObject({ status: 503, code: 'UNHEALTHY', checks: { database: { status: 'down' } } });
  });

  it('maps database errors a client can cause to 4xx/503, never 500', () => {
    const dbError = (code: string) => Object.assign(new QueryFailedError('q', [], new Error('e')), { driverError: { code } });
    expect(run(dbError('23505')).status).toBe(409);
    expect(run(dbError('40P01')).status).toBe(409);
    expect(run(dbError('22P02')).status).toBe(400);
    expect(run(dbError('57P01')).status).toBe(503);
  });

  it('answers a lost or exhausted connection (no SQLSTATE) with 503 and Retry-After', () => {
    const released = Object.assign(new Error('Query runner already released. Cannot run queries anymore.'), { name: 'QueryRunnerAlreadyReleasedError' });
    for (const error of [released, new Error('Connection terminated unexpectedly')]) {
      const out = run(error);
      expect(out.problem).toMatchObject({ status: 503, code: 'DATABASE_UNAVAILABLE' });
      expect(out.headers['Retry-After']).toBe('5');
    }
    expect(run(new Error('timeout exceeded when trying to connect')).problem).toMatchObject({ status: 503, code: 'DATABASE_BUSY' });
  });

  it('answers anything else with a generic 500 that leaks nothing, and logs it', () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const out = run(new Error('password=hunter2 at /srv/secret.ts:12'));
    expect(out.status).toBe(500);
    expect(out.body).not.toMatch(/hunter2|secret\.ts/);
    expect(out.problem.requestId).toBe('req-1');
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
  });

  it('logs every refusal (403) at warn with the user id, the route pattern and the code, never the query', () => {
    const warned = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const request = {
      originalUrl: '/api/summaries/cycles/c1/states/FRA?secret=1',
      method: 'GET',
      id: 'req-9',
      route: { path: '/api/summaries/cycles/:id/states/:code' },
      user: { id: 'user-ken', role: 'focal_point' },
    };
    expect(run(new TestError('OTHER_STATE'), request).status).toBe(403);
    expect(warned).toHaveBeenCalledTimes(1);
    const [fields, message] = warned.mock.calls[0] as [Record<string, unknown>, string];
    expect(fields).toEqual({
      event: 'access.refused',
      userId: 'user-ken',
      role: 'focal_point',
      method: 'GET',
      route: '/api/summaries/cycles/:id/states/:code',
      code: 'OTHER_STATE',
      requestId: 'req-9',
    });
    expect(JSON.stringify(warned.mock.calls)).not.toContain('secret=1');
    expect(message).toContain('OTHER_STATE');
    // Not for other answers; an anonymous refusal logs a null user.
    run(new TestError('GONE'));
    expect(warned).toHaveBeenCalledTimes(1);
    run(new TestError('OTHER_STATE'));
    expect(warned.mock.calls[1][0]).toMatchObject({ userId: null, route: '/api/x', code: 'OTHER_STATE' });
    warned.mockRestore();
  });
});
