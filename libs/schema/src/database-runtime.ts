import { DataSource } from 'typeorm';
import { loadDatabaseEnv, redactUrl, startEmbeddedPostgres, type DatabaseEnv } from '#database';
import { appDataSourceOptions } from './schema-options.js';

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  /** Stops the embedded server (no-op for an external DATABASE_URL). */
  stop(): Promise<void>;
}

/** DATABASE_URL when set; otherwise a real PostgreSQL embedded under DATA_DIR. */
export async function openDatabase(env: DatabaseEnv = loadDatabaseEnv(), log: (m: string) => void = console.error): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    log(`database: using DATABASE_URL ${redactUrl(env.DATABASE_URL)}`);
    return { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  }
  const handle = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, log });
  return { url: handle.url, embedded: true, stop: () => handle.stop() };
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
