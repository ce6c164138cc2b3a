// The API's contracts, pure TypeScript (no Nest, TypeORM or class-validator) for the API, the CLI and clients.
/** The HTTP API as a typed client sees it, generated from the OpenAPI document (`npm run api:types`). */
export type { components, operations, paths } from './openapi.js';
