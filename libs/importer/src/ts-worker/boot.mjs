// Development only (jest runs the TypeScript sources; the built app starts dist/…/parse-worker.js directly): a worker
// that compiles the importer's .ts files on load, then runs the entry given in workerData.
import { register } from 'node:module';
import { workerData } from 'node:worker_threads';

register('./hooks.mjs', import.meta.url);
await import(workerData.entry);
