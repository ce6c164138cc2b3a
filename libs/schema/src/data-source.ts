import { DataSource } from 'typeorm';
import { loadDatabaseEnv } from '#database';
import { appDataSourceOptions } from './schema-options.js';

/**
 * For the TypeORM CLI against an external database, after `npm run build`:
 *   DATABASE_URL=postgres://… npx typeorm migration:show -d dist/libs/schema/src/data-source.js
 * Connects as the owner (MIGRATION_DATABASE_URL) when set: the runtime role may not migrate (ADR 0005).
 */
const env = loadDatabaseEnv();
const url = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL (or MIGRATION_DATABASE_URL) must be set to use the TypeORM CLI');
export default new DataSource(appDataSourceOptions(url));
