import createClient from 'openapi-fetch';
import type { components, paths } from '@contracts';
import { ApiProblem, problemFromResponse, networkProblem } from './problem';

/**
 * The one typed client of the API (types generated from its OpenAPI document). The access token lives in this
 * module's memory only; the refresh token is the HttpOnly session cookie, which only /api/auth/* ever sees. A request
 * answered 401 is retried once after a refresh, so a page that outlives its 15-minute token keeps working.
 */
type TokenPair = components['schemas']['TokenPairDto'];

let accessToken: string | null = null;
let refreshing: Promise<TokenPair | null> | null = null;
const sessionListeners = new Set<(session: TokenPair | null) => void>();

export function setSession(pair: TokenPair | null): void {
  accessToken = pair?.accessToken ?? null;
  for (const listener of sessionListeners) listener(pair);
}

/** The access token, for the one request openapi-fetch cannot make: an upload whose progress is shown (XMLHttpRequest). */
export function currentAccessToken(): string | null {
  return accessToken;
}

export function hasAccessToken(): boolean {
  return accessToken !== null;
}

/** Told when the session changes (signed in, refreshed, ended by the server). */
export function onSessionChange(listener: (session: TokenPair | null) => void): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

const REFRESH_URL = '/api/auth/refresh';

/** Exchanges the session cookie for a new token pair; concurrent callers share one exchange (tokens are single use). */
export function refreshSession(): Promise<TokenPair | null> {
  refreshing ??= (async () => {
    try {
      const response = await fetch(REFRESH_URL, { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (!response.ok) {
        // Read the problem body anyway: an unread body keeps the request open (and the page never idle).
        await response.text().catch(() => undefined);
        setSession(null);
        return null;
      }
      const pair = (await response.json()) as TokenPair;
      setSession(pair);
      return pair;
    } catch {
      // Offline: keep what we have; the caller shows the network problem.
      return null;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

const withToken = (request: Request): Request => {
  const next = new Request(request);
  if (accessToken && !next.headers.has('Authorization')) next.headers.set('Authorization', `Bearer ${accessToken}`);
  return next;
};

/** fetch with the bearer token, and one refresh-and-retry on 401 (never for the sign-in routes themselves). */
async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  let response: Response;
  try {
    response = await fetch(withToken(input));
  } catch (error) {
    throw networkProblem(error);
  }
  const path = new URL(input.url).pathname;
  if (response.status !== 401 || path.startsWith('/api/auth/login') || path === REFRESH_URL || !accessToken) return response;
  const pair = await refreshSession();
  if (!pair) return response;
  try {
    return await fetch(withToken(retry));
  } catch (error) {
    throw networkProblem(error);
  }
}

export const api = createClient<paths>({ baseUrl: '', fetch: authFetch, credentials: 'same-origin' });

/** The data of an openapi-fetch result, or an ApiProblem thrown with the server's code and field errors. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (error !== undefined || !response.ok) throw problemFromResponse(response, error);
  return data as T;
}

/** For answers without a body (204). */
export async function unwrapEmpty(call: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  const { error, response } = await call;
  if (error !== undefined || !response.ok) throw problemFromResponse(response, error);
}

/** Raw authenticated fetch for downloads and multipart uploads the typed client does not model well. */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const response = await authFetch(new Request(path, { credentials: 'same-origin', ...init }));
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    throw problemFromResponse(response, body);
  }
  return response;
}

export { ApiProblem };
