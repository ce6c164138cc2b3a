export * from './dto/summary.dto.js';
export * from './summary-errors.js';
export * from './summary-queries.js';
export * from './summaries.service.js';
export * from './summaries.module.js';
export * from './summary-suppression.js';
export * from './rollup-verify.js';
export * from './session-document.js';
