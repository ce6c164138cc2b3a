export * from './jobs.config.js';
export * from './queues.js';
export * from './job-queue.js';
export * from './jobs.module.js';
export * from './install.js';
export { jobMetrics } from './job-metrics.js';
export * from './job-errors.js';
