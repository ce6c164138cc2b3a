import type { DataSourceOptions } from 'typeorm';
import { buildDataSourceOptions, type DataSourceInputs } from '#database';
import { MIGRATIONS } from '../../../migrations/index.js';
import { ENTITIES } from './entities.js';

/** DataSource options for the whole application (the API, the CLI, the TypeORM CLI and the tests). */
export function appDataSourceOptions(url: string, extra: Partial<Omit<DataSourceInputs, 'url' | 'entities' | 'migrations'>> = {}): DataSourceOptions {
  return buildDataSourceOptions({ url, entities: ENTITIES, migrations: MIGRATIONS, ...extra });
}
