export * from './entities.js';
export * from './schema-options.js';
export * from './database-runtime.js';
