export * from './data-source-options.js';
export * from './embedded-postgres.js';
export * from './schema-drift.js';
export * from './database-url.js';
export * from './test-databases.js';
export * from './snake-naming.strategy.js';
export * from './database.config.js';
