import { DataSource } from 'typeorm';
import { loadDatabaseEnv } from '#database';
import { appDataSourceOptions } from './schema-options.js';

/**
 * For the TypeORM CLI against an external database, after `npm run build`:
 *   DATABASE_URL=postgres://… npx typeorm migration:show -d dist/libs/schema/src/data-source.js
 */
const env = loadDatabaseEnv();
if (!env.DATABASE_URL) throw new Error('DATABASE_URL must be set to use the TypeORM CLI');
export default new DataSource(appDataSourceOptions(env.DATABASE_URL));
