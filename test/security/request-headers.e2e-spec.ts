import pg from 'pg';
import { binaryBody } from '../support/export-readers.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Hole 11 (parts): answers to signed-in requests must not be kept by any cache (`Cache-Control: no-store`, JSON,
 * problems, exports and evidence alike); and a client's X-Request-Id must never become the server's request id in the
 * audit trail (a forged one, copied from another audit row, would tie the forger's actions to another request).
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('hole 11: no-store answers, and the server’s own request id in audit rows', () => {
  let t: TestApp;
  let db: pg.Client;
  let admin: Session;
  let sec: Session;
  let ken: Session;
  let cycleId: string;
  let reportId: string;
  let fileId: string;

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    ken = await createUserAndLogin(t.http, admin, { email: 'fp.ken@example.org', role: 'focal_point', stateCode: 'KEN' });
    cycleId = (await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'headers', opensOn: '2026-01-01', closesOn: '2026-12-31', sessions: [9] }).expect(201)).body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
    const rows = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items as { recommendationId: string }[];
    const base = `/api/cycles/${cycleId}/states/KEN/reports/${rows[0].recommendationId}`;
    reportId = (await t.http.put(base).set(bearer(ken)).send({ implementationStatus: 'planned' }).expect(201)).body.id;
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(512, 0x20), Buffer.from('\n%%EOF\n')]);
    fileId = (await t.http.post(`${base}/evidence`).set(bearer(ken)).attach('file', pdf, 'plan.pdf').expect(201)).body.id;
  }, 60_000);
  afterAll(async () => {
    await db?.end();
    await t?.close();
  }, 30_000);

  it('Cache-Control: no-store on every authenticated answer: JSON, problems, exports and evidence, for each role', async () => {
    const cases: [string, Session, string, number][] = [
      ['admin', admin, '/api/users', 200],
      ['admin', admin, '/api/auth/me', 200],
      ['admin', admin, `/api/summaries/cycles/${cycleId}`, 403],
      ['secretariat', sec, `/api/summaries/cycles/${cycleId}`, 200],
      ['secretariat', sec, `/api/summaries/cycles/${cycleId}?format=csv`, 200],
      ['secretariat', sec, '/api/audit', 200],
      ['secretariat', sec, '/api/review-queue', 200],
      ['focal point', ken, '/api/cycles', 200],
      ['focal point', ken, `/api/cycles/${cycleId}/states/KEN/reports`, 200],
      ['focal point', ken, `/api/reports/${reportId}/evidence/${fileId}`, 200],
      ['focal point', ken, `/api/summaries/cycles/${cycleId}/states/FRA`, 403],
      ['focal point', ken, '/api/notifications', 200],
    ];
    const seen: string[] = [];
    for (const [who, session, url, status] of cases) {
      const res = await t.http.get(url).set(bearer(session)).buffer(true).parse(binaryBody);
      expect(`${who} ${url} ${res.status}`).toBe(`${who} ${url} ${status}`);
      seen.push(`${who} ${url}: ${res.headers['cache-control']}`);
    }
    expect(seen).toEqual(cases.map(([who, , url]) => `${who} ${url}: no-store`));
  });

  it('no-store on anonymous /api answers too (sign-in, refusals, health); the public API document may be cached', async () => {
    const signIn = await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password }).expect(200);
    expect(signIn.headers['cache-control']).toBe('no-store');
    expect((await t.http.get('/api/users').expect(401)).headers['cache-control']).toBe('no-store');
    // The health check sets its own, stricter still.
    expect((await t.http.get('/api/health').expect(200)).headers['cache-control']).toMatch(/(^|, )no-store(,|$)/);
    expect((await t.http.get('/api/no-such-route').expect(404)).headers['cache-control']).toBe('no-store');
    expect((await t.http.get('/api/docs-json').expect(200)).headers['cache-control']).not.toBe('no-store');
  });

  it('a forged X-Request-Id copied from another audit row is kept apart: the row carries the server’s fresh id', async () => {
    const { rows } = await db.query<{ request_id: string }>(`SELECT request_id FROM audit_events WHERE request_id IS NOT NULL ORDER BY occurred_at LIMIT 1`);
    const stolen = rows[0].request_id;
    const before = (await db.query(`SELECT 1 FROM audit_events WHERE request_id = $1`, [stolen])).rowCount;
    const res = await t.http.post('/api/auth/login').set('X-Request-Id', stolen).send({ email: 'fp.ken@example.org', password: 'Correct-Horse-Battery-42' }).expect(200);
    const ours = res.headers['x-request-id'];
    expect(ours).toMatch(UUID);
    expect(ours).not.toBe(stolen);
    const audit = await db.query<{ request_id: string; client_request_id: string | null; action: string }>(
      `SELECT request_id, client_request_id, action FROM audit_events WHERE request_id = $1 OR client_request_id = $2`,
      [ours, stolen],
    );
    expect(audit.rows.length).toBeGreaterThan(0);
    for (const row of audit.rows) expect(row).toMatchObject({ request_id: ours, client_request_id: stolen });
    // The stolen id still names only the one request it belonged to.
    expect((await db.query(`SELECT 1 FROM audit_events WHERE request_id = $1`, [stolen])).rowCount).toBe(before);
    // And the API shows both, apart.
    const listed = await t.http.get(`/api/audit?action=auth.login.succeeded`).set(bearer(sec)).expect(200);
    expect(listed.body.items.find((e: { requestId: string }) => e.requestId === ours)).toMatchObject({ clientRequestId: stolen });
  });

  it('a client id that is long, or not printable ASCII, is dropped; the answer and the audit row still have ours', async () => {
    for (const bad of ['x'.repeat(65), 'héllo-id', 'with space', 'tab\there']) {
      const res = await t.http.post('/api/auth/login').set('X-Request-Id', bad).send({ email: 'nobody@example.org', password: 'whatever-password' });
      expect(res.status).toBe(401);
      expect(res.headers['x-request-id']).toMatch(UUID);
      const { rows } = await db.query<{ client_request_id: string | null }>(`SELECT client_request_id FROM audit_events WHERE request_id = $1`, [res.headers['x-request-id']]);
      expect(rows).toEqual([{ client_request_id: null }]);
    }
  });
});
