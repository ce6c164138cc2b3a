import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureDatabaseRoles, withDatabase } from '#database';
import { asTestOwnerRole, asTestRuntimeRole, dropTestDatabase, recreateDatabase, TEST_DATABASE_ROLES } from '#database/testing';
import { startBuiltApp, type BuiltApp } from './support/built-app.js';
import { scalar, withPg } from './support/db.js';
import { Figures } from './support/figures.js';
import { Api } from './support/http.js';
import { ADMIN, login } from './support/scenario.js';

/** What one start puts in an empty database: the catalogue and the first admin. Counted per table. */
const COUNTS = {
  states: 'SELECT count(*)::int FROM states',
  themes: 'SELECT count(*)::int FROM themes',
  sessions: 'SELECT count(*)::int FROM sessions',
  recommendations: 'SELECT count(*)::int FROM recommendations',
  imports: 'SELECT count(*)::int FROM imports',
  importAudits: `SELECT count(*)::int FROM audit_events WHERE action = 'catalogue.imported'`,
  migrations: 'SELECT count(*)::int FROM migrations',
  admins: `SELECT count(*)::int FROM users WHERE role = 'admin'`,
  users: 'SELECT count(*)::int FROM users',
} as const;

type Counts = Record<keyof typeof COUNTS, number>;

async function countsOf(url: string): Promise<Counts> {
  return withPg(url, async (client) => {
    const out = {} as Counts;
    for (const [name, sql] of Object.entries(COUNTS)) out[name as keyof Counts] = await scalar<number>(client, sql);
    return out;
  });
}

const ROUNDS = 3;

/**
 * Issue 14, item 8: two API processes started at the same moment on one empty database (the production shape:
 * MIGRATION_DATABASE_URL the owner, DATABASE_URL the runtime role) give one set of migrations, one admin and one
 * catalogue, and both come up healthy. The replicas are given different ADMIN_EMAILs, so that the unique index on
 * e-mail cannot hide a race: only the lock around "no user yet → create the admin" keeps it at one.
 */
describe('two replicas started together on an empty database', () => {
  const figures = new Figures('replicas');
  const serverUrl = process.env.WG4_TEST_SERVER_URL;
  const template = process.env.WG4_TEST_TEMPLATE;
  let oneStart: Counts;

  beforeAll(async () => {
    if (!serverUrl || !template) throw new Error('the e2e global setup did not run');
    // The template is what one start of the application gives an empty database (the global setup booted it once).
    oneStart = await countsOf(withDatabase(serverUrl, template));
    expect(oneStart.admins).toBe(1);
    expect(oneStart.recommendations).toBeGreaterThan(0);
  });

  afterAll(() => figures.print());

  for (let round = 1; round <= ROUNDS; round++) {
    it(`round ${round}: one set of migrations, one admin, the catalogue once; both replicas healthy and signing in`, async () => {
      const name = `wg4_rel_test_replicas_${process.pid}_${round}`;
      const url = await recreateDatabase(serverUrl!, name);
      const apps: BuiltApp[] = [];
      try {
        await ensureDatabaseRoles(serverUrl!, name, TEST_DATABASE_ROLES);
        const emails = [`admin.a${round}@wg4.test`, `admin.b${round}@wg4.test`];
        const logNames = emails.map((_, i) => `replicas-round${round}-${'ab'[i]}`);
        const started = performance.now();
        const starts = await Promise.allSettled(
          emails.map((email, i) =>
            startBuiltApp({
              databaseUrl: asTestRuntimeRole(url),
              env: { MIGRATION_DATABASE_URL: asTestOwnerRole(url), ADMIN_EMAIL: email, LOG_LEVEL: 'info' },
              logName: logNames[i],
              readyTimeoutMs: 180_000,
            }).then(async (app) => {
              apps.push(app);
              const readyMs = performance.now() - started;
              // Healthy means seeded: a replica must not serve a half-loaded catalogue while the other still seeds.
              const { states, themes, sessions, recommendations, imports } = await countsOf(url);
              return { app, readyMs, catalogueAtReady: { states, themes, sessions, recommendations, imports } };
            }),
          ),
        );
        const failed = starts.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
        if (failed.length) throw new Error(`${failed.length} of 2 replicas did not start:\n${failed.map((f) => String(f.reason)).join('\n---\n')}`);
        const ready = starts.map((s) => (s as PromiseFulfilledResult<{ app: BuiltApp; readyMs: number; catalogueAtReady: Partial<Counts> }>).value);
        const { states, themes, sessions, recommendations, imports } = oneStart;
        for (const r of ready) expect(r.catalogueAtReady).toEqual({ states, themes, sessions, recommendations, imports });

        // What is stored: each migration once, one admin, the catalogue exactly as one start leaves it.
        const stored = await countsOf(url);
        expect(stored).toEqual(oneStart);
        const duplicateMigrations = await withPg(url, (c) => c.query(`SELECT name FROM migrations GROUP BY name HAVING count(*) > 1`));
        expect(duplicateMigrations.rows).toEqual([]);
        const admins = await withPg(url, (c) => c.query<{ email: string }>(`SELECT email FROM users WHERE role = 'admin'`));
        expect(admins.rows).toHaveLength(1);
        const adminEmail = admins.rows[0].email;
        expect(emails).toContain(adminEmail);

        // Both answer, and the one admin signs in on either.
        for (const { app } of ready) {
          const api = new Api(app.baseUrl);
          await api.expect(200, 'GET', '/api/health');
          const who = await login(api, adminEmail, ADMIN.password);
          await api.expect(200, 'GET', '/api/users?limit=5', undefined, { token: who.token });
        }

        await Promise.all(apps.map((a) => a.stop()));
        const logs = logNames.map((n) => readFileSync(path.resolve('.data/reliability', `${n}.log`), 'utf8'));
        const migrationWaits = logs.map((l) => Number(/waited (\d+) ms for the other process's migrations/.exec(l)?.[1] ?? 0));
        const seedWaits = logs.map((l) => Number(/already seeded by another process \(waited (\d+) ms\)/.exec(l)?.[1] ?? 0));
        const applied = logs.filter((l) => /migrations applied: /.test(l)).length;
        // Exactly one replica applied the migrations; the other found the database up to date.
        expect(applied).toBe(1);
        figures.add(`round ${round}: ready a / b (ms)`, ready.map((r) => Math.round(r.readyMs)).join(' / '));
        figures.add(`round ${round}: waited for migrations a / b (ms)`, migrationWaits.join(' / '));
        figures.add(`round ${round}: waited for seeding a / b (ms)`, seedWaits.join(' / '));
      } finally {
        await Promise.all(apps.map((a) => a.stop()));
        await dropTestDatabase(url);
      }
    });
  }
});
