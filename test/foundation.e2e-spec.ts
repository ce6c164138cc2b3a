import { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '#database';
import { setDatabaseAvailable } from '#database/testing';
import { appDataSourceOptions } from '#schema';
import { ADMIN, bearer, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

const PROBLEM = /^application\/problem\+json/;

describe('foundation: HTTP conventions on a real PostgreSQL', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t.close();
  });

  it('GET /api/health answers 200 with the database up, and a request id', async () => {
    const res = await t.http.get('/api/health').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
    expect(res.headers['x-request-id']).toMatch(/^[\w.:-]{8,64}$/);
  });

  it('answers its own fresh request id, never the client’s X-Request-Id (kept apart, see test/security/request-headers)', async () => {
    const ok = await t.http.get('/api/health').set('X-Request-Id', 'trace-1234abcd');
    expect(ok.headers['x-request-id']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const bad = await t.http.get('/api/health').set('X-Request-Id', '<script>');
    expect(bad.headers['x-request-id']).not.toBe('<script>');
  });

  it('GET /api/health answers 503 problem+json while the database refuses connections, and recovers', async () => {
    await setDatabaseAvailable(t.databaseUrl, false);
    try {
      const res = await t.http.get('/api/health');
      expect(res.status).toBe(503);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body).toMatchObject({ status: 503, code: 'UNHEALTHY', title: 'Service Unavailable' });
      expect(res.body.checks.database.status).toBe('down');
    } finally {
      await setDatabaseAvailable(t.databaseUrl, true);
    }
    // The pool reconnects by itself: no restart of the API.
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await t.http.get('/api/health')).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);
  });

  it('serves Swagger UI and a valid OpenAPI 3 document listing every route with its errors', async () => {
    await t.http.get('/api/docs').redirects(1).expect(200).expect('content-type', /html/);
    const res = await t.http.get('/api/docs-json').expect(200);
    const doc = res.body;
    expect(doc.openapi).toMatch(/^3\./);
    expect(doc.info.title).toBe('WG.4 Follow-up API');
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const path of ['/api/health', '/api/auth/login', '/api/users', '/api/users/{id}', '/api/audit']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    // Every operation documents at least one success and one problem+json error response.
    for (const [path, item] of Object.entries<Record<string, { responses: Record<string, { content?: Record<string, unknown> }> }>>(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const codes = Object.keys(op.responses);
        expect({ route: `${method} ${path}`, ok: codes.some((c) => c.startsWith('2')) }).toEqual({ route: `${method} ${path}`, ok: true });
        const errors = codes.filter((c) => /^[45]/.test(c));
        expect({ route: `${method} ${path}`, errors: errors.length > 0 }).toEqual({ route: `${method} ${path}`, errors: true });
        for (const c of errors) expect(Object.keys(op.responses[c].content ?? {})).toContain('application/problem+json');
      }
    }
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await t.http.get('/api/no-such-thing').expect(404);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ type: expect.stringMatching(/^urn:wg4:problem:/), title: 'Not Found', status: 404, code: 'ROUTE_NOT_FOUND' });
    expect(res.body.detail).toEqual(expect.any(String));
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
  });

  it('answers malformed JSON with 400 problem+json', async () => {
    const res = await t.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "a@b.c", ').expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body).toMatchObject({ status: 400, code: 'MALFORMED_JSON' });
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const res = await t.http
      .post('/api/auth/refresh')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ refreshToken: 'x'.repeat(1_100_000) }))
      .expect(413);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers invalid input with 400 and one entry per field', async () => {
    const res = await t.http.post('/api/users').set(bearer(admin)).send({ email: 'not-an-email', role: 'king', extra: 1 }).expect(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.code).toBe('VALIDATION_FAILED');
    const fields = (res.body.errors as { field: string; message: string }[]).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['email', 'name', 'role', 'extra']));
    for (const e of res.body.errors) expect(e.message).toEqual(expect.any(String));
  });

  it('lists are { items, total, page, limit } with the limit capped', async () => {
    const res = await t.http.get('/api/users?page=1&limit=5').set(bearer(admin)).expect(200);
    expect(res.body).toEqual({ items: expect.any(Array), total: expect.any(Number), page: 1, limit: 5 });
    const capped = await t.http.get('/api/users?limit=1000').set(bearer(admin)).expect(400);
    expect(capped.body.errors[0].field).toBe('limit');
    await t.http.get('/api/users?page=0').set(bearer(admin)).expect(400);
    await t.http.get('/api/users?page=abc').set(bearer(admin)).expect(400);
  });

  it('never answers 500 to junk', async () => {
    const junk: unknown[] = [
      null, [], [1, 2], 'string', 42, true, {}, { email: null }, { email: ['a'] }, { email: { $ne: 1 } },
      { email: 'a@b.c', password: 12 }, { __proto__: { admin: true } }, { constructor: { prototype: {} } },
      { email: 'a@b.c'.repeat(100), password: 'x'.repeat(10_000) }, { email: "' OR 1=1 --", password: "' OR '1'='1" },
      { email: '\u0000@\u0000.c', password: '\u0000' }, { refreshToken: { length: 50 } }, { name: '\ud800' },
    ];
    const targets: [string, string][] = [
      ['post', '/api/auth/login'], ['post', '/api/auth/refresh'], ['post', '/api/auth/logout'], ['post', '/api/users'],
      ['patch', '/api/users/00000000-0000-4000-8000-000000000000'], ['post', '/api/auth/change-password'],
    ];
    for (const [method, path] of targets) {
      for (const body of junk) {
        const req = (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method](path).set(bearer(admin));
        const res = await req.set('Content-Type', 'application/json').send(JSON.stringify(body));
        expect({ path, body, status: res.status < 500 }).toEqual({ path, body, status: true });
        if (res.status >= 400) expect(res.headers['content-type']).toMatch(PROBLEM);
      }
    }
    for (const path of ['/api/users/not-a-uuid', '/api/users/%E0%A4%A', '/api/audit?from=yesterday', '/api/audit?actor=1', '/api/users?active=maybe&role[]=admin']) {
      const res = await t.http.get(path).set(bearer(admin));
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.headers['content-type']).toMatch(PROBLEM);
    }
  });

  it('has migrations that match the entities exactly (drift check)', async () => {
    const dataSource = new DataSource(appDataSourceOptions(t.databaseUrl, { poolSize: 1 }));
    await dataSource.initialize();
    try {
      expect(await dataSource.showMigrations()).toBe(false);
      const { up } = await pendingSchemaChanges(dataSource);
      expect(up).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    const dataSource = new DataSource(appDataSourceOptions(t.databaseUrl, { poolSize: 1 }));
    await dataSource.initialize();
    try {
      await expect(dataSource.query('UPDATE audit_events SET action = action')).rejects.toThrow(/append-only/);
      await expect(dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only/);
      await expect(dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
    } finally {
      await dataSource.destroy();
    }
  });
});
