import type { RenderedExport } from './export-document.js';

/**
 * Rendered documents kept in memory, keyed by everything they depend on (the caller builds the key: what document,
 * its parameters, who may see what, and the stamps of the data it is made of). Least recently used first out, within
 * a byte budget. A document is rendered once per key even when several requests ask for it at the same time.
 */
export class RenderCache {
  private readonly entries = new Map<string, RenderedExport>();
  private readonly pending = new Map<string, Promise<RenderedExport>>();
  private bytes = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly maxBytes: number) {}

  /** The cached document, else `render()`'s, cached. */
  async get(key: string, render: () => Promise<RenderedExport>): Promise<RenderedExport> {
    const found = this.entries.get(key);
    if (found) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, found);
      return found;
    }
    const running = this.pending.get(key);
    if (running) return running;
    this.misses++;
    const job = render().then(
      (out) => {
        this.pending.delete(key);
        this.put(key, out);
        return out;
      },
      (err: unknown) => {
        this.pending.delete(key);
        throw err;
      },
    );
    this.pending.set(key, job);
    return job;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  private put(key: string, out: RenderedExport): void {
    if (out.body.length > this.maxBytes) return;
    this.entries.set(key, out);
    this.bytes += out.body.length;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }
}

/** At most `perUser` renders at a time for one user; `acquire` answers null when the user is at the limit. */
export class RenderLimiter {
  private readonly running = new Map<string, number>();

  constructor(readonly perUser: number) {}

  acquire(user: string): (() => void) | null {
    const n = this.running.get(user) ?? 0;
    if (n >= this.perUser) return null;
    this.running.set(user, n + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(user) ?? 1) - 1;
      if (left > 0) this.running.set(user, left);
      else this.running.delete(user);
    };
  }
}

const envNumber = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : fallback;
};

/** The process's cache of rendered documents (DOCUMENT_CACHE_MB, default 64) and its per-user render limit (DOCUMENT_RENDERS_PER_USER, default 2). */
export const documentCache = new RenderCache(envNumber('DOCUMENT_CACHE_MB', 64) * 1024 * 1024);
export const renderLimiter = new RenderLimiter(envNumber('DOCUMENT_RENDERS_PER_USER', 2));

/**
 * Serves a document from the cache, or renders it, under the user's limit of documents under way at a time: the
 * slot is taken when the request starts (before the stamps are read), so that requests arriving together count
 * together. `key()` builds the cache key (it reads the stamps); `tooMany()` the error thrown beyond the limit.
 */
export async function cachedRender(key: () => Promise<string>, user: string, render: () => Promise<RenderedExport>, tooMany: () => Error): Promise<RenderedExport> {
  const release = renderLimiter.acquire(user);
  if (!release) throw tooMany();
  try {
    return await documentCache.get(await key(), render);
  } finally {
    release();
  }
}
