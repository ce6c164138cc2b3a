/**
 * Worker-thread entry of the parser (see parser-pool.ts): parses each posted text, or extracts the text of each
 * posted PDF or Word file, and posts back the result. Nothing else runs on this thread, so slow work never blocks the
 * API's event loop and can be stopped by terminating it.
 */
import { parentPort } from 'node:worker_threads';
import { documentText } from './document-text.js';
import type { ParseOptions } from './import-plan.js';
import { parseReport } from './parse-report.js';

export type WorkerRequest = { kind: 'parse'; text: string; options: ParseOptions } | { kind: 'read'; bytes: Uint8Array };

const port = parentPort;
if (!port) throw new Error('parse-worker runs as a worker thread');
port.on('message', (request: WorkerRequest) => {
  // One job at a time: the pool posts the next only after this one's reply.
  void (async () => {
    try {
      const result = request.kind === 'parse' ? parseReport(request.text, request.options) : await documentText(request.bytes);
      port.postMessage({ ok: true, result });
    } catch (error) {
      port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
// Started: the budget of the first job counts from here, not from the thread's start-up.
port.postMessage({ ready: true });
