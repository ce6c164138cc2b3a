import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { QueryFailedError } from 'typeorm';
import { DomainError, requestContext, type ErrorKind, type FieldError } from '#common';
import { HTTP_STATUS_BY_KIND, type EdgeProblemCode } from '#contracts';
import { countProblem } from './metrics.js';

/** The one map from domain error kinds to HTTP (#contracts, so clients read the same table). */
const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = HTTP_STATUS_BY_KIND;

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance?: string;
  requestId?: string;
  errors?: FieldError[];
  [extra: string]: unknown;
}

const problemType = (code: string) => `urn:wg4:problem:${code.toLowerCase().replace(/_/g, '-')}`;

const CODE_BY_STATUS: Record<number, EdgeProblemCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** PostgreSQL errors a client can provoke or that mean "try again", never a 500. */
function fromDatabaseError(error: unknown): (Pick<Problem, 'status' | 'detail'> & { code: EdgeProblemCode }) | null {
  const code = (error as { code?: string; driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  if (typeof code !== 'string') return null;
  if (code === '23505') return { status: 409, code: 'ALREADY_EXISTS', detail: 'A record with the same unique values already exists.' };
  if (code === '23503') return { status: 409, code: 'REFERENCED_RECORD', detail: 'The record refers to, or is referred to by, another record.' };
  if (code === '40001' || code === '40P01') return { status: 409, code: 'CONCURRENT_UPDATE', detail: 'A concurrent change conflicted with this one; retry.' };
  if (code.startsWith('22')) return { status: 400, code: 'INVALID_VALUE', detail: 'A value in the request is out of range or malformed.' };
  if (code === '57014') return { status: 503, code: 'QUERY_TIMEOUT', detail: 'The database took too long to answer; retry later.' };
  if (code.startsWith('08') || code === '57P01' || code === '57P03' || code === '53300' || ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)) {
    return { status: 503, code: 'DATABASE_UNAVAILABLE', detail: 'The database is not reachable; retry later.' };
  }
  return null;
}

/**
 * node-postgres errors that carry no SQLSTATE: the pool's wait for a free connection ran out (overload), or the
 * connection died under a query (the server restarted). Both mean "retry shortly", never a 500.
 */
function fromConnectionError(error: unknown): (Pick<Problem, 'status' | 'detail'> & { code: EdgeProblemCode }) | null {
  if (!(error instanceof Error)) return null;
  if (error.message === 'timeout exceeded when trying to connect') {
    return { status: 503, code: 'DATABASE_BUSY', detail: 'Every database connection is busy; retry shortly.' };
  }
  // TypeORM releases a transaction's connection when the server drops it; the transaction's next statement (or its
  // COMMIT) then fails with these errors, and nothing of the transaction was committed.
  const lostConnection = ['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError'].includes(error.name);
  if (lostConnection || /^(Connection terminated|Client has encountered a connection error|timeout expired)/.test(error.message)) {
    return { status: 503, code: 'DATABASE_UNAVAILABLE', detail: 'The database is not reachable; retry later.' };
  }
  return null;
}

/** Every error leaves as RFC 9457 application/problem+json; nothing internal leaks from a 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const response = ctx.getResponse<Response>();
    const request = ctx.getRequest<Request>();
    const requestId = requestContext.get()?.requestId ?? (request as { id?: string }).id;
    const problem = this.toProblem(exception);
    problem.instance = request.originalUrl?.split('?')[0];
    if (requestId) problem.requestId = String(requestId);
    if (problem.status >= 500 && problem.code === 'INTERNAL_ERROR') {
      this.logger.error({ err: exception, requestId }, `Unhandled error on ${request.method} ${request.originalUrl}`);
    }
    if (problem.status === 403) this.logRefusal(request, problem, requestId);
    countProblem(problem.code, problem.status);
    if (response.headersSent) return;
    const retryAfter = problem.retryAfterSeconds;
    delete problem.retryAfterSeconds;
    if (typeof retryAfter === 'number') response.setHeader('Retry-After', String(retryAfter));
    else if (problem.status === 503) response.setHeader('Retry-After', '5');
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  /**
   * A refusal is worth a line a reviewer can search: who (the signed-in user, from the guard), what (the route
   * pattern, so ids do not scatter it), and why (the code). Never the query string or the body.
   */
  private logRefusal(request: Request, problem: Problem, requestId: string | undefined): void {
    const user = (request as Request & { user?: { id?: string; role?: string } }).user;
    const route = (request as Request & { route?: { path?: string } }).route?.path;
    this.logger.warn(
      { event: 'access.refused', userId: user?.id ?? null, role: user?.role ?? null, method: request.method, route: route ?? problem.instance ?? null, code: problem.code, requestId: requestId ?? null },
      `Refused ${request.method} ${problem.instance ?? ''} (${problem.code})`,
    );
  }

  private toProblem(exception: unknown): Problem {
    const base = (status: number, code: string, detail: string): Problem => ({
      type: problemType(code),
      title: STATUS_CODES[status] ?? 'Error',
      status,
      detail,
      code,
    });

    if (exception instanceof DomainError) {
      const { errors, ...extras } = exception.extras;
      const problem = { ...base(STATUS_BY_KIND[exception.kind], exception.code, exception.message), ...extras };
      if (errors?.length) problem.errors = errors;
      return problem;
    }

    // body-parser / express errors (malformed JSON, body too large, bad charset) arrive as an HttpException whose
    // cause carries the parser's error type (or raw, when thrown outside Nest's adapter).
    const parserError = (exception instanceof HttpException ? exception.cause : exception) as { type?: string; message?: string } | undefined;
    if (parserError?.type === 'entity.parse.failed') {
      // Our own reviver's refusals say what was refused; JSON syntax errors stay generic.
      const refused = /is not allowed/.test(parserError.message ?? '') ? ` ${parserError.message}.` : '';
      return base(400, 'MALFORMED_JSON', `The request body is not valid JSON.${refused}`);
    }
    if (parserError?.type === 'entity.too.large') return base(413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.');
    if (exception instanceof HttpException && exception.cause instanceof URIError) return base(400, 'MALFORMED_URI', 'The request path is not validly encoded.');

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse() as string | { message?: unknown; status?: string; details?: unknown };
      // @nestjs/terminus: a failing health check.
      if (status === 503 && typeof body === 'object' && body?.status === 'error') {
        return { ...base(503, 'UNHEALTHY', 'A dependency of the service is down.'), checks: body.details };
      }
      const message = typeof body === 'string' ? body : Array.isArray(body?.message) ? body.message.join('; ') : String(body?.message ?? exception.message);
      if (status === 404 && /^Cannot (GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)/.test(message)) {
        return base(404, 'ROUTE_NOT_FOUND', `No route: ${message.replace(/^Cannot /, '')}.`);
      }
      return base(status, CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'HTTP_ERROR'), status >= 500 ? 'The server could not complete the request.' : message);
    }

    const httpish = exception as { status?: number; statusCode?: number };
    const httpStatus = httpish?.status ?? httpish?.statusCode;
    if (typeof httpStatus === 'number' && httpStatus >= 400 && httpStatus < 500) {
      return base(httpStatus, CODE_BY_STATUS[httpStatus] ?? 'BAD_REQUEST', STATUS_CODES[httpStatus] ?? 'Bad request');
    }

    if (exception instanceof QueryFailedError || (exception as { code?: string })?.code) {
      const mapped = fromDatabaseError(exception);
      if (mapped) return base(mapped.status, mapped.code, mapped.detail);
    }
    const connection = fromConnectionError(exception);
    if (connection) return base(connection.status, connection.code, connection.detail);
    return base(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', 'The server could not complete the request. Quote the requestId when reporting it.');
  }
}
