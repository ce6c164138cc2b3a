import pg from 'pg';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/** How long opening one connection to PostgreSQL may take: an unreachable server fails a request quickly. */
export const CONNECT_TIMEOUT_MS = 5_000;
/**
 * How long a request may wait for a free pooled connection. pg-pool uses one setting for both waits; a burst (every
 * State saving its questionnaire at once, measured by the reliability suite) queues for longer than a connect may take.
 */
export const POOL_WAIT_TIMEOUT_MS = 30_000;

/** A pg client that gives up connecting after CONNECT_TIMEOUT_MS, whatever the pool's (longer) wait for a slot. */
class BoundedConnectClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

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
      Client: BoundedConnectClient,
      connectionTimeoutMillis: POOL_WAIT_TIMEOUT_MS,
      // A dead server must not hang a request forever: statements give up after 30 s.
      statement_timeout: 30_000,
      idle_in_transaction_session_timeout: 60_000,
    },
  };
}
