import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.js';

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input (problem+json with field errors)',
  401: 'Missing, invalid or expired access token',
  403: 'Authenticated but not allowed',
  404: 'Not found',
  409: 'Conflict with the current state',
  412: 'ETag does not match (stale If-Match)',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'Well-formed but not processable',
  428: 'If-Match header required',
  429: 'Too many requests (see Retry-After)',
  503: 'Service unavailable',
};

/** Documents problem+json error responses for the given status codes. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: PROBLEM_DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}

/** Documents a `{ items, total, page, limit }` list response of `model`. */
export function ApiPageResponse(model: Type<unknown>, options: { headers?: Record<string, { description: string; schema: object }> } = {}) {
  return applyDecorators(
    ApiExtraModels(model),
    ApiOkResponse({
      ...(options.headers ? { headers: options.headers } : {}),
      schema: {
        type: 'object',
        required: ['items', 'total', 'page', 'limit'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(model) } },
          total: { type: 'integer', minimum: 0 },
          page: { type: 'integer', minimum: 1 },
          limit: { type: 'integer', minimum: 1 },
        },
      },
    }),
  );
}
