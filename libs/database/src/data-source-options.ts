import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

export interface DataSourceInputs {
  /** postgres://user:pass@host:port/db */
  url: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  /** Pool size; the API default suits two cores. */
  poolSize?: number;
  logging?: boolean;
  applicationName?: string;
}

/**
 * The one place DataSource options are built: the API, the CLI, the TypeORM CLI and the tests all call this,
 * so they can never disagree on naming, extensions or migration settings.
 */
export function buildDataSourceOptions(inputs: DataSourceInputs): DataSourceOptions {
  return {
    type: 'postgres',
    url: inputs.url,
    entities: inputs.entities,
    migrations: inputs.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    // The schema is only ever changed by committed migrations.
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto',
    namingStrategy: new SnakeNamingStrategy(),
    // Failed queries surface through the HTTP error filter (logged with the request id), not TypeORM's console logger.
    logging: inputs.logging ? ['query', 'error'] : false,
    applicationName: inputs.applicationName ?? 'wg4-follow-up',
    extra: {
      max: inputs.poolSize ?? 10,
      connectionTimeoutMillis: 5_000,
      // A dead server must not hang a request forever: statements give up after 30 s.
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}
