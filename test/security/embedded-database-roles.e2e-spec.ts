import { jest } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMBEDDED_OWNER_ROLE, EMBEDDED_RUNTIME_ROLE, startEmbeddedPostgres, withClient, type EmbeddedPostgresHandle } from '#database';
import { migrateAndGrant } from '#schema';

jest.setTimeout(240_000);

/**
 * The embedded default (no DATABASE_URL), ADR 0005: the cluster's superuser only bootstraps; the owner role migrates
 * and owns everything; the runtime role owns nothing. A data directory from an earlier version (everything owned by
 * the superuser, a credentials file with the superuser only) is upgraded on start.
 */
describe('hole 9: the embedded PostgreSQL has an owner role and a runtime role', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'wg4-embedded-roles-'));
  const credentialsFile = path.join(dataDir, 'embedded-postgres.json');
  const logs: string[] = [];
  let pg: EmbeddedPostgresHandle | undefined;

  afterAll(async () => {
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const roles = (superuserUrl: string) =>
    withClient(superuserUrl, async (c) => {
      const { rows } = await c.query(
        `SELECT r.rolname AS name, r.rolsuper AS super, r.rolcreaterole AS createrole, r.rolcanlogin AS login,
                (SELECT count(*)::int FROM pg_class x JOIN pg_namespace n ON n.oid = x.relnamespace WHERE n.nspname = 'public' AND x.relowner = r.oid) AS relations,
                (SELECT count(*)::int FROM pg_database d WHERE d.datdba = r.oid AND d.datname = current_database()) AS databases
           FROM pg_roles r WHERE r.rolname = ANY($1) ORDER BY r.rolname`,
        [[EMBEDDED_OWNER_ROLE, EMBEDDED_RUNTIME_ROLE]],
      );
      return rows as { name: string; super: boolean; createrole: boolean; login: boolean; relations: number; databases: number }[];
    });

  /** What the API's role may and may not do once migrated (as the owner) and granted. */
  async function expectRuntimeRoleConfined(handle: EmbeddedPostgresHandle) {
    await withClient(handle.runtimeUrl, async (c) => {
      expect((await c.query('SELECT current_user AS u')).rows[0].u).toBe(EMBEDDED_RUNTIME_ROLE);
      await expect(c.query('SELECT count(*) FROM audit_events')).resolves.toBeDefined();
      await expect(c.query(`INSERT INTO audit_events (action) VALUES ('test.embedded')`)).resolves.toBeDefined();
      for (const sql of ['ALTER TABLE audit_events DISABLE TRIGGER ALL', 'UPDATE audit_events SET action = action', 'TRUNCATE audit_events', 'DROP TABLE users', 'CREATE TABLE x (id int)']) {
        await expect(c.query(sql)).rejects.toMatchObject({ code: '42501' });
      }
    });
  }

  it('creates both roles on a fresh DATA_DIR, keeps their passwords in the 0600 credentials file, and confines the runtime role', async () => {
    pg = await startEmbeddedPostgres({ dataDir, log: (m) => logs.push(m) });
    const saved = JSON.parse(readFileSync(credentialsFile, 'utf8'));
    expect(saved).toMatchObject({ user: 'wg4', owner: { user: EMBEDDED_OWNER_ROLE }, runtime: { user: EMBEDDED_RUNTIME_ROLE } });
    expect(statSync(credentialsFile).mode & 0o777).toBe(0o600);
    await migrateAndGrant({ url: pg.runtimeUrl, migrationUrl: pg.ownerUrl }, (m) => logs.push(m));
    expect(await roles(pg.url)).toEqual([
      { name: EMBEDDED_RUNTIME_ROLE, super: false, createrole: false, login: true, relations: 0, databases: 0 },
      { name: EMBEDDED_OWNER_ROLE, super: false, createrole: false, login: true, relations: expect.any(Number), databases: 1 },
    ].sort((a, b) => a.name.localeCompare(b.name)));
    expect((await roles(pg.url)).find((r) => r.name === EMBEDDED_OWNER_ROLE)?.relations).toBeGreaterThan(10);
    await expectRuntimeRoleConfined(pg);
    expect(logs.filter((m) => m.includes('WARNING'))).toEqual([]);
  });

  it('upgrades a DATA_DIR of an earlier version: what the superuser owned moves to the owner role', async () => {
    if (!pg) throw new Error('the first test did not start the server');
    // Turn the cluster into what an earlier version left: the superuser owns the database and every object, there
    // are no other roles, and the credentials file names the superuser only.
    await withClient(pg.url, async (c) => {
      for (const role of [EMBEDDED_OWNER_ROLE, EMBEDDED_RUNTIME_ROLE]) {
        await c.query(`REASSIGN OWNED BY ${role} TO wg4`);
        await c.query(`DROP OWNED BY ${role}`);
      }
      // An earlier version had no job queue: its schema is made anew, by the owner role, at the next migration.
      await c.query(`DROP SCHEMA IF EXISTS pgboss CASCADE`);
    });
    await withClient(pg.url.replace(/\/wg4$/, '/postgres'), async (c) => {
      for (const role of [EMBEDDED_OWNER_ROLE, EMBEDDED_RUNTIME_ROLE]) await c.query(`DROP ROLE ${role}`);
    });
    const saved = JSON.parse(readFileSync(credentialsFile, 'utf8'));
    writeFileSync(credentialsFile, JSON.stringify({ user: saved.user, password: saved.password }), { mode: 0o600 });
    await pg.stop();
    pg = undefined;
    logs.length = 0;

    pg = await startEmbeddedPostgres({ dataDir, log: (m) => logs.push(m) });
    expect(logs.join('\n')).toMatch(/objects .* now belong to wg4_owner/);
    const upgraded = await roles(pg.url);
    expect(upgraded.map((r) => [r.name, r.super, r.relations > 0 ? 'owns' : 'owns nothing', r.databases])).toEqual([
      [EMBEDDED_RUNTIME_ROLE, false, 'owns nothing', 0],
      [EMBEDDED_OWNER_ROLE, false, 'owns', 1],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))));
    const left = await withClient(pg.url, async (c) =>
      (
        await c.query(
          `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S') AND pg_get_userbyid(c.relowner) <> $1`,
          [EMBEDDED_OWNER_ROLE],
        )
      ).rows,
    );
    expect(left).toEqual([]);
    expect(JSON.parse(readFileSync(credentialsFile, 'utf8'))).toMatchObject({ owner: { user: EMBEDDED_OWNER_ROLE }, runtime: { user: EMBEDDED_RUNTIME_ROLE } });
    const applied = await migrateAndGrant({ url: pg.runtimeUrl, migrationUrl: pg.ownerUrl }, (m) => logs.push(m));
    expect(applied).toEqual([]);
    await expectRuntimeRoleConfined(pg);
  });
});
