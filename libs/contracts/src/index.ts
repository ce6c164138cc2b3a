// The API's contracts, pure TypeScript (no Nest, TypeORM or class-validator) for the API, the CLI and clients.
// Nothing exported here is declared anywhere else: the libs import it (docs/notes/contracts.md).
export * from './roles.js';
export * from './workflow.js';
export * from './vocabulary.js';
export * from './patterns.js';
export * from './errors.js';
/** The HTTP API as a typed client sees it, generated from the OpenAPI document (`npm run api:types`). */
export type { components, operations, paths } from './openapi.js';
export * from './evidence.js';
