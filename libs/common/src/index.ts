export * from './domain-error.js';
export * from './pagination.js';
export * from './request-context.js';
export * from './decorators.js';
export * from './problem.js';
export * from './api-docs.js';
export * from './env-validation.js';
export * from './validation.js';
