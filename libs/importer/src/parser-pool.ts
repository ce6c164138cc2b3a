/**
 * Runs parseReport off the event loop, in a worker thread, within a time budget. Report texts come from the network;
 * however a text is built, a parse that overruns the budget is stopped (the worker is terminated) and the caller gets
 * a ParseBudgetExceededError instead of a frozen API. One idle worker is kept for the next parse.
 */
import { Worker } from 'node:worker_threads';
import type { ImportPlan, ParseOptions } from './import-plan.js';

/** The parse did not finish within its budget (or ran out of memory): the text is too complex to import. */
export class ParseBudgetExceededError extends Error {
  constructor(readonly budgetMs: number, reason = `the parse did not finish within ${budgetMs} ms`) {
    super(reason);
    this.name = 'ParseBudgetExceededError';
  }
}

type Reply = { ok: true; plan: ImportPlan } | { ok: false; message: string };

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

export class ParserPool {
  private idle: Worker | null = null;
  private closed = false;

  /** The plan of `text`, parsed in a worker; rejects with ParseBudgetExceededError after `budgetMs`. */
  async parse(text: string, options: ParseOptions, budgetMs: number): Promise<ImportPlan> {
    const worker = this.idle ?? (await started(startWorker()));
    this.idle = null;
    worker.ref();
    return new Promise<ImportPlan>((resolve, reject) => {
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
      const onMessage = (reply: Reply) =>
        settle(() => (reply.ok ? resolve(reply.plan) : reject(new Error(`the parser failed: ${reply.message}`))), reply.ok);
      const onError = (error: Error & { code?: string }) =>
        settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ParseBudgetExceededError(budgetMs, 'the parse ran out of memory') : error), false);
      const onExit = (code: number) => settle(() => reject(new Error(`the parser worker stopped (exit code ${code})`)), false);
      const timer = setTimeout(() => settle(() => reject(new ParseBudgetExceededError(budgetMs)), false), budgetMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ text, options });
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
