import pg from 'pg';
import { DataSource } from 'typeorm';
import { databaseName, ensureDatabaseRoles, grantRuntimePrivileges, withClient } from '#database';
import { asTestOwnerRole, asTestRuntimeRole, TEST_DATABASE_ROLES } from '#database/testing';
import { migrate } from '#schema';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Http, type TestApp } from '../support/test-app.js';

const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Issue 13, hole 9: the application's database role was a superuser, so a SQL injection or a stolen connection could
 * `ALTER TABLE audit_events DISABLE TRIGGER ALL` and rewrite the audit trail. Now the API logs in as a runtime role
 * that owns nothing (ADR 0005): every statement below fails with insufficient_privilege, through the API's own
 * connection pool, while the API still signs in, writes, and records audit events and report state changes.
 */
describe('hole 9: the API runs as a database role that owns nothing', () => {
  let t: TestApp;
  let databaseUrl: string;
  let http: Http;
  let db: DataSource;

  beforeAll(async () => {
    // startTestApp runs the app as the runtime role; `databaseUrl` is the test server's (superuser) URL.
    t = await startTestApp();
    databaseUrl = t.databaseUrl;
    http = t.http;
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('logs in as the runtime role: not a superuser, owning no object, not a member of the owner', async () => {
    const [me] = await db.query(
      `SELECT current_user AS name, r.rolsuper, r.rolcreatedb, r.rolcreaterole, r.rolbypassrls,
              pg_has_role(current_user, $1, 'USAGE') AS owner_member,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS relations,
              (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS functions,
              (SELECT count(*)::int FROM pg_namespace n WHERE n.nspowner = r.oid) AS schemas,
              (SELECT count(*)::int FROM pg_database d WHERE d.datdba = r.oid) AS databases
         FROM pg_roles r WHERE r.rolname = current_user`,
      [TEST_DATABASE_ROLES.owner.user],
    );
    expect(me).toEqual({
      name: TEST_DATABASE_ROLES.runtime.user,
      rolsuper: false,
      rolcreatedb: false,
      rolcreaterole: false,
      rolbypassrls: false,
      owner_member: false,
      relations: 0,
      functions: 0,
      schemas: 0,
      databases: 0,
    });
    const [audit] = await db.query(`SELECT pg_get_userbyid(relowner) AS owner FROM pg_class WHERE oid = 'audit_events'::regclass`);
    expect(audit.owner).toBe(TEST_DATABASE_ROLES.owner.user);
  });

  it.each([
    ['ALTER TABLE audit_events DISABLE TRIGGER ALL'],
    ['ALTER TABLE audit_events DISABLE TRIGGER "TRG_audit_events_no_update_delete"'],
    ['UPDATE audit_events SET action = action'],
    ['DELETE FROM audit_events'],
    ['TRUNCATE audit_events'],
    ['DROP TABLE audit_events'],
    ['DROP TRIGGER "TRG_audit_events_no_truncate" ON audit_events'],
    ['CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$'],
    ['ALTER TABLE audit_events OWNER TO CURRENT_USER'],
    ['UPDATE report_state_changes SET to_state = to_state'],
    ['DELETE FROM report_state_changes'],
    ['ALTER TABLE report_state_changes DISABLE TRIGGER ALL'],
    ['UPDATE summary_rollup_changes SET n = n'],
    ['DELETE FROM summary_rollup_changes'],
    ['TRUNCATE users'],
    ['DROP TABLE users'],
    ['CREATE TABLE attacker_table (id int)'],
    ['CREATE FUNCTION attacker_fn() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$'],
    [`INSERT INTO migrations (timestamp, name) VALUES (1, 'Fake1')`],
    ['DELETE FROM migrations'],
    ['SET session_replication_role = replica'],
    ['CREATE ROLE attacker LOGIN SUPERUSER'],
    ['CREATE DATABASE attacker_db'],
  ])('refuses %s', async (sql) => {
    const error = await db.query(sql).then(
      () => null,
      (e: unknown) => e as { code?: string; message: string },
    );
    expect(error).not.toBeNull();
    expect({ sql, code: error?.code }).toEqual({ sql, code: INSUFFICIENT_PRIVILEGE });
  });

  it('keeps the trail untouched and still works: sign-in, writes, audit events and report state changes as the runtime role', async () => {
    const admin = await login(http, ADMIN.email, ADMIN.password);
    const sec = await createUserAndLogin(http, admin, { email: 'sec.roles@example.org', role: 'secretariat' });
    const ken = await createUserAndLogin(http, admin, { email: 'fp.ken.roles@example.org', role: 'focal_point', stateCode: 'KEN' });
    const cycleId = (await http.post('/api/cycles').set(bearer(sec)).send({ name: 'roles', opensOn: '2026-01-01', closesOn: '2099-12-31', sessions: [9] }).expect(201)).body.id;
    await http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
    const rows = (await http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items as { recommendationId: string }[];
    const report = await http.put(`/api/cycles/${cycleId}/states/KEN/reports/${rows[0].recommendationId}`).set(bearer(ken)).send({ implementationStatus: 'planned', narrative: { en: 'x' } });
    expect(report.status).toBe(201);
    // The trigger that records state changes ran as the runtime role (INSERT only).
    const [changes] = await db.query(`SELECT count(*)::int AS n FROM report_state_changes WHERE report_id = $1`, [report.body.id]);
    expect(changes.n).toBeGreaterThan(0);
    const [created] = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'user.created'`);
    expect(created.n).toBeGreaterThanOrEqual(2);
    await http.get('/api/audit?limit=5').set(bearer(admin)).expect(200);
  });

  it('bootstraps roles and grants idempotently, several processes at once (roles are cluster-wide; jest runs share them)', async () => {
    const serverUrl = process.env.WG4_TEST_SERVER_URL as string;
    const results = await Promise.all([
      ...Array.from({ length: 4 }, () => ensureDatabaseRoles(serverUrl, databaseName(databaseUrl), TEST_DATABASE_ROLES)),
      ...Array.from({ length: 3 }, () => grantRuntimePrivileges(asTestOwnerRole(databaseUrl), TEST_DATABASE_ROLES.runtime.user)),
    ]);
    expect(results).toHaveLength(7);
    for (const r of results.slice(4)) expect(r).toMatchObject({ warnings: [] });
    await expect(db.query('ALTER TABLE audit_events DISABLE TRIGGER ALL')).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
  });

  it('lets the runtime role start on a migrated database (nothing pending: it only reads the migrations table)', async () => {
    await expect(migrate(asTestRuntimeRole(databaseUrl))).resolves.toEqual([]);
  });

  it('grants tables a later migration creates (default privileges), but not UPDATE on an append-only table', async () => {
    await withClient(asTestOwnerRole(databaseUrl), (owner) => owner.query('CREATE TABLE later_migration_table (id int)'));
    await db.query('INSERT INTO later_migration_table VALUES (1)');
    await expect(db.query('SELECT count(*)::int AS n FROM later_migration_table')).resolves.toEqual([{ n: 1 }]);
    await expect(db.query('DROP TABLE later_migration_table')).rejects.toMatchObject({ code: INSUFFICIENT_PRIVILEGE });
    const privileges = await withClient(databaseUrl, async (superuser: pg.Client) =>
      (
        await superuser.query<{ table: string; privilege: string }>(
          `SELECT table_name AS table, privilege_type AS privilege FROM information_schema.role_table_grants
            WHERE grantee = $1 AND table_name IN ('audit_events', 'report_state_changes', 'summary_rollup_changes', 'migrations') ORDER BY 1, 2`,
          [TEST_DATABASE_ROLES.runtime.user],
        )
      ).rows,
    );
    expect(privileges).toEqual([
      { table: 'audit_events', privilege: 'INSERT' },
      { table: 'audit_events', privilege: 'SELECT' },
      { table: 'migrations', privilege: 'SELECT' },
      { table: 'report_state_changes', privilege: 'INSERT' },
      { table: 'report_state_changes', privilege: 'SELECT' },
      { table: 'summary_rollup_changes', privilege: 'INSERT' },
      { table: 'summary_rollup_changes', privilege: 'SELECT' },
    ]);
  });
});
