import { ensureDatabaseRoles, withClient } from '#database';
import { asTestOwnerRole, asTestRuntimeRole, dropTestDatabase, recreateDatabase, TEST_DATABASE_ROLES } from '#database/testing';
import { MIGRATION_LOCK_KEY, migrateAndGrant, withMigrationLock } from '#schema';
import { MIGRATIONS } from '../migrations/index.js';

/**
 * Issue 14, item 8 (in process; test/reliability/replicas.rel-spec.ts starts two built APIs): migrations and grants
 * run under a session advisory lock, so two starts at once on an empty database migrate once. Without the lock the
 * second fails with a duplicate pg_type or "relation already exists".
 */
describe('migrations under the migration lock', () => {
  let url: string;

  beforeAll(async () => {
    const serverUrl = process.env.WG4_TEST_SERVER_URL;
    if (!serverUrl) throw new Error('the e2e global setup did not run');
    const name = `wg4_test_replica_locks_${process.pid}`;
    url = await recreateDatabase(serverUrl, name);
    await ensureDatabaseRoles(serverUrl, name, TEST_DATABASE_ROLES);
  });
  afterAll(async () => {
    if (url) await dropTestDatabase(url);
  });

  it('two migrateAndGrant at the same moment on an empty database: one applies every migration, the other waits and applies none', async () => {
    const database = { url: asTestRuntimeRole(url), migrationUrl: asTestOwnerRole(url) };
    const logs: string[][] = [[], []];
    const results = await Promise.all(logs.map((log) => migrateAndGrant(database, (m) => log.push(m))));
    const sizes = results.map((r) => r.length).sort((a, b) => a - b);
    expect(sizes).toEqual([0, MIGRATIONS.length]);
    expect(logs.flat().filter((m) => /waited \d+ ms for the other process's migrations/.test(m))).toHaveLength(1);
    await withClient(url, async (client) => {
      const { rows } = await client.query<{ n: number; distinct: number }>('SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct FROM migrations');
      expect(rows[0]).toEqual({ n: MIGRATIONS.length, distinct: MIGRATIONS.length });
      // Released: nobody holds it any more.
      const held = await client.query(`SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND objid = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`, [MIGRATION_LOCK_KEY]);
      expect(held.rows).toHaveLength(0);
    });
  });

  it('releases the lock when the work fails', async () => {
    await expect(withMigrationLock(asTestOwnerRole(url), () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    // Taken again at once (a pg_try_ would report a waiter otherwise).
    const log: string[] = [];
    await withMigrationLock(asTestOwnerRole(url), async () => undefined, (m) => log.push(m));
    expect(log).toEqual([]);
  });
});
