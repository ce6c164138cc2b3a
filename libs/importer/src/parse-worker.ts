/**
 * Worker-thread entry of the parser (see parser-pool.ts): parses each posted text and posts back the plan. Nothing
 * else runs on this thread, so a slow parse never blocks the API's event loop and can be stopped by terminating it.
 */
import { parentPort } from 'node:worker_threads';
import type { ParseOptions } from './import-plan.js';
import { parseReport } from './parse-report.js';

export interface ParseRequest {
  text: string;
  options: ParseOptions;
}

const port = parentPort;
if (!port) throw new Error('parse-worker runs as a worker thread');
port.on('message', ({ text, options }: ParseRequest) => {
  try {
    port.postMessage({ ok: true, plan: parseReport(text, options) });
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
});
// Started: the budget of the first parse counts from here, not from the thread's start-up.
port.postMessage({ ready: true });
