export * from './report-workflow.js';
