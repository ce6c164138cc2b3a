import { DataSource } from 'typeorm';
import { grantRuntimePrivileges, loadDatabaseEnv, loginRoleOf, redactUrl, runtimeRoleStanding, startEmbeddedPostgres, type DatabaseEnv } from '#database';
import { appDataSourceOptions } from './schema-options.js';

export interface OpenDatabase {
  /** The runtime role (owns nothing): what the API and the CLI's application commands use. */
  url: string;
  /** The owner role: migrations, the grant step, backup and restore. Same as `url` with one DATABASE_URL. */
  migrationUrl: string;
  embedded: boolean;
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
    return { url: env.DATABASE_URL, migrationUrl, embedded: false, stop: async () => undefined };
  }
  if (env.MIGRATION_DATABASE_URL) log('database: MIGRATION_DATABASE_URL is ignored without DATABASE_URL (the embedded PostgreSQL has its own roles)');
  const handle = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, log });
  return { url: handle.runtimeUrl, migrationUrl: handle.ownerUrl, embedded: true, stop: () => handle.stop() };
}

/** Applies pending migrations; returns their names. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = new DataSource(appDataSourceOptions(url, { poolSize: 2, applicationName: 'wg4-migrate' }));
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Migrations as the owner, then the runtime role's grants (idempotent, every start: a restored or hand-migrated
 * database gets them too). With one URL for both there is nothing to grant.
 */
export async function migrateAndGrant(database: Pick<OpenDatabase, 'url' | 'migrationUrl'>, log: (m: string) => void = console.error): Promise<string[]> {
  const applied = await migrate(database.migrationUrl);
  const [owner, runtime] = await Promise.all([loginRoleOf(database.migrationUrl), loginRoleOf(database.url)]);
  if (owner !== runtime) {
    const report = await grantRuntimePrivileges(database.migrationUrl, runtime);
    for (const warning of report.warnings) log(`database: WARNING ${warning}`);
  } else if (process.env.NODE_ENV === 'production') {
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
