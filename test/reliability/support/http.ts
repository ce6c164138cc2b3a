/** A small HTTP client over Node's fetch: real sockets against the real server, timed, never hanging. */
export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  ms: number;
}

export interface Caller {
  token?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

export class Api {
  constructor(readonly baseUrl: string) {}

  async call<T = unknown>(method: string, path: string, body?: unknown, caller: Caller = {}): Promise<Reply<T>> {
    const headers: Record<string, string> = { ...caller.headers };
    if (caller.token) headers.Authorization = `Bearer ${caller.token}`;
    let payload: string | Buffer | FormData | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const started = performance.now();
    const res = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload, signal: AbortSignal.timeout(caller.timeoutMs ?? 60_000) });
    const text = await res.text();
    const ms = performance.now() - started;
    let parsed: unknown = text;
    if (/json/.test(res.headers.get('content-type') ?? '') && text) parsed = JSON.parse(text);
    return { status: res.status, headers: res.headers, body: parsed as T, ms };
  }

  get<T = unknown>(path: string, caller?: Caller) {
    return this.call<T>('GET', path, undefined, caller);
  }
  post<T = unknown>(path: string, body?: unknown, caller?: Caller) {
    return this.call<T>('POST', path, body, caller);
  }
  put<T = unknown>(path: string, body?: unknown, caller?: Caller) {
    return this.call<T>('PUT', path, body, caller);
  }

  /** Like call, but a network failure or time-out becomes status 0 (a load loop counts it instead of crashing). */
  async attempt<T = unknown>(method: string, path: string, body?: unknown, caller?: Caller): Promise<Reply<T | { error: string }>> {
    const started = performance.now();
    try {
      return await this.call<T>(method, path, body, caller);
    } catch (error) {
      return { status: 0, headers: new Headers(), body: { error: error instanceof Error ? error.message : String(error) }, ms: performance.now() - started };
    }
  }

  async expect<T = unknown>(status: number, method: string, path: string, body?: unknown, caller?: Caller): Promise<Reply<T>> {
    const reply = await this.call<T>(method, path, body, caller);
    if (reply.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply;
  }
}

/** Runs `tasks` with at most `limit` in flight. */
export async function inPool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

export const percentile = (values: number[], p: number): number => {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

export const histogram = (statuses: number[]): Record<string, number> =>
  statuses.reduce<Record<string, number>>((h, s) => ((h[String(s)] = (h[String(s)] ?? 0) + 1), h), {});
