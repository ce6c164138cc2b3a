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
  /**
   * A read replica (READ_DATABASE_URL): only queries that ask for it (`readOnlyQuery`) go there; everything else,
   * and so every read after a write, goes to `url` (TypeORM replication with defaultMode master).
   */
  readUrl?: string;
  /**
   * Start-up `options` (e.g. `-c statement_timeout=0`): only for direct connections (migrations). PgBouncer in
   * transaction mode refuses start-up parameters it does not know, so the pooled API sends none (ADR 0007).
   */
  sessionOptions?: string;
}

/**
 * The runtime role's session defaults. Set on the role (ensureDatabaseRoles, as a superuser) or on the database
 * (grantRuntimePrivileges, as its owner), never as start-up parameters: a transaction pooler would refuse them, and a
 * `SET` would leak to the next client of the pooled server connection. A dead server must not hang a request
 * forever; a forgotten transaction must not hold its locks.
 */
export const RUNTIME_SESSION_SETTINGS = { statement_timeout: '30s', idle_in_transaction_session_timeout: '60s' } as const;

/**
 * The one place DataSource options are built: the API, the CLI, the TypeORM CLI and the tests all call this,
 * so they can never disagree on naming, extensions or migration settings.
 */
export function buildDataSourceOptions(inputs: DataSourceInputs): DataSourceOptions {
  return {
    type: 'postgres',
    ...(inputs.readUrl
      ? { replication: { master: { url: inputs.url }, slaves: [{ url: inputs.readUrl }], defaultMode: 'master' as const } }
      : { url: inputs.url }),
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
      // No statement_timeout / idle_in_transaction_session_timeout here: see RUNTIME_SESSION_SETTINGS.
      ...(inputs.sessionOptions ? { options: inputs.sessionOptions } : {}),
    },
  };
}
