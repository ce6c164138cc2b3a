/**
 * Runs parseReport, and the text extraction of PDF and Word files (pdfjs-dist, mammoth), off the event loop, in a
 * worker thread, within a time budget. Report files come from the network; however a file is built, work that
 * overruns the budget is stopped (the worker is terminated) and the caller gets a ParseBudgetExceededError instead
 * of a frozen API. One idle worker is kept for the next job.
 */
import { Worker } from 'node:worker_threads';
import { documentText, sniff, type DocumentText } from './document-text.js';
import type { ImportPlan, ParseOptions } from './import-plan.js';
import type { WorkerRequest } from './parse-worker.js';

/** The parse did not finish within its budget (or ran out of memory): the text is too complex to import. */
export class ParseBudgetExceededError extends Error {
  constructor(readonly budgetMs: number, reason = `the parse did not finish within ${budgetMs} ms`) {
    super(reason);
    this.name = 'ParseBudgetExceededError';
  }
}

type Reply<T> = { ok: true; result: T } | { ok: false; message: string };

/** How long a new worker may take to start (from the TypeScript sources under jest, it compiles the parser first). */
const STARTUP_MS = 120_000;

/** Memory a parse may use; beyond it the worker stops (ERR_WORKER_OUT_OF_MEMORY) and the text is refused. */
const WORKER_HEAP_MB = 1024;

/**
 * The worker to start. Built (dist/…/*.js): the compiled parse-worker.js beside this module. From the TypeScript
 * sources (jest, ts-jest): a small bootstrap that transpiles the importer's .ts files in the worker (ts-worker/).
 */
function startWorker(): Worker {
  const here = import.meta.url;
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  if (here.endsWith('.js')) return new Worker(new URL('./parse-worker.js', here), { resourceLimits });
  return new Worker(new URL('./ts-worker/boot.mjs', here), { resourceLimits, workerData: { entry: new URL('./parse-worker.ts', here).href } });
}

/** Resolves once the worker says it is ready (its start-up is not part of any parse's budget). */
function started(worker: Worker): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', done).off('exit', onExit);
      if (error) {
        void worker.terminate();
        reject(error);
      } else resolve(worker);
    };
    const onMessage = (message: { ready?: boolean }) => {
      if (message.ready) done();
    };
    const onExit = (code: number) => done(new Error(`the parser worker stopped while starting (exit code ${code})`));
    const timer = setTimeout(() => done(new Error(`the parser worker did not start within ${STARTUP_MS} ms`)), STARTUP_MS);
    worker.on('message', onMessage).on('error', done).on('exit', onExit);
  });
}

/**
 * What to post for `bytes` so that they are moved to the worker, not copied: their own buffer when they fill it; a
 * copy of them when they are a view of a larger one (Node's pooled small buffers: detaching that would pull the
 * pool from under every other buffer in it).
 */
function movable(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  return whole ? bytes : new Uint8Array(bytes);
}

export class ParserPool {
  private idle: Worker | null = null;
  private closed = false;

  /** The plan of `text`, parsed in a worker; rejects with ParseBudgetExceededError after `budgetMs`. */
  parse(text: string, options: ParseOptions, budgetMs: number): Promise<ImportPlan> {
    return this.run<ImportPlan>({ kind: 'parse', text, options }, [], budgetMs, 'the parse');
  }

  /**
   * The text of an uploaded file (see documentText). PDF and Word files are read in a worker within `budgetMs` (their
   * bytes are moved there: the caller's `bytes` are unusable afterwards); text is decoded here (linear, native).
   */
  async documentText(bytes: Uint8Array, budgetMs: number): Promise<DocumentText> {
    const kind = sniff(bytes);
    if (kind !== 'PDF' && kind !== 'ZIP') return documentText(bytes);
    const moved = movable(bytes);
    return this.run<DocumentText>({ kind: 'read', bytes: moved }, [moved.buffer as ArrayBuffer], budgetMs, 'the text extraction');
  }

  private async run<T>(request: WorkerRequest, transfer: ArrayBuffer[], budgetMs: number, what: string): Promise<T> {
    const worker = this.idle ?? (await started(startWorker()));
    this.idle = null;
    worker.ref();
    return new Promise<T>((resolve, reject) => {
      let settled = false;
      const settle = (after: () => void, keep: boolean) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (keep && !this.idle && !this.closed) {
          worker.unref();
          this.idle = worker;
        } else void worker.terminate();
        after();
      };
      const onMessage = (reply: Reply<T>) =>
        settle(() => (reply.ok ? resolve(reply.result) : reject(new Error(`the parser failed: ${reply.message}`))), reply.ok);
      const onError = (error: Error & { code?: string }) =>
        settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ParseBudgetExceededError(budgetMs, `${what} ran out of memory`) : error), false);
      const onExit = (code: number) => settle(() => reject(new Error(`the parser worker stopped (exit code ${code})`)), false);
      const timer = setTimeout(() => settle(() => reject(new ParseBudgetExceededError(budgetMs, `${what} did not finish within ${budgetMs} ms`)), false), budgetMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage(request, transfer);
    });
  }

  /** Stops the idle worker (a parse under way finishes or times out on its own). */
  async close(): Promise<void> {
    this.closed = true;
    const idle = this.idle;
    this.idle = null;
    if (idle) await idle.terminate();
  }
}
