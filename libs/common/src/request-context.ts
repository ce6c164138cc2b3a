import { AsyncLocalStorage } from 'node:async_hooks';

/** Who and what a request is, readable anywhere below the HTTP edge (audit rows carry it). */
export interface RequestContext {
  /** The server's own id of the request (a UUID it generated; never the client's). */
  requestId: string;
  /** The client's X-Request-Id, when short and printable: kept for correlation, apart from ours. */
  clientRequestId?: string;
  ip?: string;
  userAgent?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export const requestContext = {
  run<T>(context: RequestContext, fn: () => T): T {
    return storage.run(context, fn);
  },
  get(): RequestContext | undefined {
    return storage.getStore();
  },
};
