import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { requestContext } from '#common';

/** What a client's own X-Request-Id may be to be kept (as `clientRequestId`): short, printable ASCII, no space. */
const CLIENT_ID = /^[\x21-\x7e]{1,64}$/;

/** A client's X-Request-Id when it is acceptable to keep beside ours, else undefined (dropped). */
export function clientRequestId(header: string | string[] | undefined): string | undefined {
  return typeof header === 'string' && CLIENT_ID.test(header) ? header : undefined;
}

/**
 * Gives every request the server's own id (a new UUID, always: a client's X-Request-Id could copy another request's id
 * and blur the audit trail), echoes it in the response, and runs the rest of the request inside a context that logs and
 * audit rows read. A client's X-Request-Id, when short and printable, is kept apart as `clientRequestId`.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const id = randomUUID();
  const client = clientRequestId(req.headers['x-request-id']);
  (req as Request & { id: string }).id = id;
  res.setHeader('X-Request-Id', id);
  requestContext.run({ requestId: id, clientRequestId: client, ip: req.ip, userAgent: req.headers['user-agent'] }, next);
}
