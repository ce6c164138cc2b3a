import { DataSource } from 'typeorm';
import { grantRuntimePrivileges, loadDatabaseEnv, loginRoleOf, redactUrl, runtimeRoleStanding, startEmbeddedPostgres, withClient, type DatabaseEnv } from '#database';
import { installJobSchema } from '#jobs';
import { appDataSourceOptions } from './schema-options.js';

export interface OpenDatabase {
  /** The runtime role (owns nothing): what the API and the CLI's application commands use. */
  url: string;
  /** The owner role: migrations, the grant step, backup and restore. Same as `url` with one DATABASE_URL. */
  migrationUrl: string;
  embedded: boolean;
  /** READ_DATABASE_URL: a replica for the summaries and exports (none for the embedded server). */
  readUrl?: string;
  /** DIRECT_DATABASE_URL: the runtime role bypassing the pooler (the job queue uses it when set). */
  directUrl?: string;
  /** Stops the embedded server (no-op for an external DATABASE_URL). */
  stop(): Promise<void>;
}

/**
 * DATABASE_URL (runtime) and MIGRATION_DATABASE_URL (owner) when set; otherwise a real PostgreSQL embedded under
 * DATA_DIR, with its own owner and runtime roles (ADR 0005).
 */
export async function openDatabase(env: DatabaseEnv = loadDatabaseEnv(), log: (m: string) => void = console.error): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    const migrationUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
    log(
      env.MIGRATION_DATABASE_URL
        ? `database: using DATABASE_URL ${redactUrl(env.DATABASE_URL)}, migrations as MIGRATION_DATABASE_URL ${redactUrl(migrationUrl)}`
        : `database: using DATABASE_URL ${redactUrl(env.DATABASE_URL)}`,
    );
    return { url: env.DATABASE_URL, migrationUrl, readUrl: env.READ_DATABASE_URL, directUrl: env.DIRECT_DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  if (env.READ_DATABASE_URL || env.DIRECT_DATABASE_URL) log('database: READ_DATABASE_URL and DIRECT_DATABASE_URL are ignored without DATABASE_URL');
  if (env.MIGRATION_DATABASE_URL) log('database: MIGRATION_DATABASE_URL is ignored without DATABASE_URL (the embedded PostgreSQL has its own roles)');
  const handle = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, log });
  return { url: handle.runtimeUrl, migrationUrl: handle.ownerUrl, embedded: true, stop: () => handle.stop() };
}

/**
 * The session-level advisory lock every process takes around migrations and grants, so that replicas started at
 * the same moment migrate one after the other: the first applies, the others wait and find nothing to do. Well-known
 * (an operator can see who holds it: `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 2003252301`);
 * advisory locks are per database. TypeORM 1.x takes no lock of its own in runMigrations.
 */
export const MIGRATION_LOCK_KEY = 0x7767344d; // 'wg4M'

/**
 * Runs `fn` while holding the migration lock on a dedicated direct connection (never through a transaction pooler:
 * a session lock needs its session). Released in `finally`, and by the server if the process dies.
 */
export async function withMigrationLock<T>(url: string, fn: () => Promise<T>, log: (m: string) => void = () => undefined): Promise<T> {
  return withClient(url, async (client) => {
    // A direct session of our own: waiting for another replica's migrations may take longer than the runtime
    // role's statement_timeout (which the database may also apply to the owner).
    await client.query('SET statement_timeout = 0');
    await client.query('SET idle_in_transaction_session_timeout = 0');
    const started = Date.now();
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [MIGRATION_LOCK_KEY]);
    if (!rows[0].got) {
      log('database: another process is migrating this database; waiting for it');
            await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      log(`database: waited ${Date.now() - started} ms for the other process's migrations`);
    }
    try {
      return await fn();
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    }
  });
}

async function runPendingMigrations(url: string): Promise<string[]> {
  // MIGRATION_DATABASE_URL is a direct connection (never through a transaction pooler): start-up options are fine.
  const dataSource = new DataSource(
    appDataSourceOptions(url, { poolSize: 2, applicationName: 'wg4-migrate', sessionOptions: '-c statement_timeout=0 -c idle_in_transaction_session_timeout=0' }),
  );
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Applies pending migrations under the migration lock, then installs (or migrates) the job queue's schema as the same
 * role; returns the migrations' names. With `runtimeRole`, that role is granted what the job queue needs.
 */
export async function migrate(url: string, log?: (m: string) => void, runtimeRole?: string): Promise<string[]> {
  return withMigrationLock(
    url,
    async () => {
      const names = await runPendingMigrations(url);
      await installJobSchema(url, runtimeRole ?? null);
      return names;
    },
    log,
  );
}

/**
 * Migrations as the owner, then the runtime role's grants (idempotent, every start: a restored or hand-migrated
 * database gets them too). With one URL for both there is nothing to grant.
 */
export async function migrateAndGrant(database: Pick<OpenDatabase, 'url' | 'migrationUrl'>, log: (m: string) => void = console.error): Promise<string[]> {
  const [owner, runtime] = await Promise.all([loginRoleOf(database.migrationUrl), loginRoleOf(database.url)]);
  // One lock around both: a replica that waited finds the schema migrated and the grants given.
  const applied = await withMigrationLock(
    database.migrationUrl,
    async () => {
      const names = await runPendingMigrations(database.migrationUrl);
      // pg-boss's schema and queues, as the owner; the runtime role only uses them.
      await installJobSchema(database.migrationUrl, owner !== runtime ? runtime : null);
      if (owner !== runtime) {
        const report = await grantRuntimePrivileges(database.migrationUrl, runtime);
        for (const warning of report.warnings) log(`database: WARNING ${warning}`);
      }
      return names;
    },
    log,
  );
  if (owner === runtime && process.env.NODE_ENV === 'production') {
    // One URL: fine if it is a runtime role and migrations ran as a release step; not if it owns the schema.
    const { superuser, owned } = await runtimeRoleStanding(database.url);
    if (superuser || owned > 0) {
      log(
        `database: WARNING the API runs as ${runtime}, which ${superuser ? 'is a superuser' : `owns ${owned} objects`} and so could disable ` +
          "the audit trail's triggers: set MIGRATION_DATABASE_URL to the owner role and DATABASE_URL to a role that owns nothing (ADR 0005)",
      );
    }
  }
  return applied;
}
