import fc from 'fast-check';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Property-based fuzzing of every operation in the OpenAPI document: generated path parameters, query strings and JSON
 * bodies — wrong types, huge and odd strings, prototype-pollution keys, SQL-ish text, invalid ids — sent with the token
 * of a role allowed to call the route. Nothing a client sends may produce a 5xx; every rejection is problem+json.
 * FUZZ_RUNS sets the runs per operation (npm test: 12; npm run test:security: 150).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

interface Operation {
  method: string;
  path: string;
  parameters?: { name: string; in: string; schema?: { type?: string } }[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
}

const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    "' OR '1'='1",
    '1; DROP TABLE users; --',
    '../../etc/passwd',
    '%00',
    '\u0000',
    '<script>alert(1)</script>',
    '${7*7}',
    '__proto__',
    'constructor',
    'NaN',
    'Infinity',
    '-1',
    '0',
    '1e309',
    '9999999999999999999999',
    'true',
    'null',
    '[]',
    '{}',
    '00000000-0000-0000-0000-000000000000',
    'ken',
    'KEN',
    '切除器官',
    'x'.repeat(5000),
  ),
);

const jsonish: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    nasty,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('__proto__', 'constructor', 'prototype')), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('security: fuzzing every operation of the OpenAPI document', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const tally: Record<string, number> = {};
  let operations: Operation[] = [];
  let schemas: Record<string, { properties?: Record<string, unknown> }> = {};
  let cycleId: string;
  let recommendationId: string;
  let bystanderId: string;

  beforeAll(async () => {
    t = await startTestApp();
    sessions.admin = await login(t.http, ADMIN.email, ADMIN.password);
    sessions.secretariat = await createUserAndLogin(t.http, sessions.admin, { email: 'sec@example.org', role: 'secretariat' });
    sessions.focal_point = await createUserAndLogin(t.http, sessions.admin, { email: 'fp.ken@example.org', role: 'focal_point', stateCode: 'KEN' });
    bystanderId = (await createUserAndLogin(t.http, sessions.admin, { email: 'bystander@example.org', role: 'secretariat' })).id;
    const cycle = await t.http.post('/api/cycles').set(bearer(sessions.secretariat)).send({ name: 'fuzz', opensOn: '2026-01-01', closesOn: '2026-12-31', sessions: [9] }).expect(201);
    cycleId = cycle.body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sessions.secretariat)).expect(200);
    recommendationId = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(sessions.focal_point)).expect(200)).body.items[0].recommendationId;
    const doc = (await t.http.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>;
      components: { schemas: typeof schemas };
    };
    schemas = doc.components.schemas;
    operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ ...op, method, path })));
  });
  afterAll(async () => {
    const total = Object.values(tally).reduce((a, b) => a + b, 0);
    console.log(`fuzz: ${total} requests over ${operations.length} operations; by status ${JSON.stringify(tally)}`);
    await t.close();
  });

  /** The caller allowed to reach the handler, so fuzzing gets past the access guard. */
  const callerFor = (op: Operation): Session => {
    if (op.path.startsWith('/api/users')) return sessions.admin;
    if (/\/states\/\{code\}\/reports/.test(op.path) && op.method !== 'get') return sessions.focal_point;
    if (op.path.startsWith('/api/notifications') || op.path.startsWith('/api/auth')) return sessions.focal_point;
    return sessions.secretariat;
  };
  /** A plausible value for a path parameter, so some requests reach deep validation. */
  const plausible = (name: string): string =>
    ({ id: cycleId, recommendationId, code: 'KEN', number: '9', linkId: recommendationId, fileId: recommendationId })[name] ?? 'x';

  it('has operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it('answers every generated request with < 500, and every rejection as problem+json', async () => {
    for (const op of operations) {
      if (op.path.startsWith('/api/docs')) continue;
      const pathParams = (op.path.match(/\{(\w+)\}/g) ?? []).map((p) => p.slice(1, -1));
      const queryParams = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const ref = op.requestBody?.content?.['application/json']?.schema?.$ref;
      const fields = ref ? Object.keys(schemas[ref.split('/').pop()!]?.properties ?? {}) : [];
      const body = fields.length
        ? fc.oneof(jsonish, fc.dictionary(fc.constantFrom(...fields, '__proto__', 'extra'), jsonish, { maxKeys: fields.length + 1 }))
        : jsonish;
      await fc.assert(
        fc.asyncProperty(
          fc.tuple(...pathParams.map((name) => fc.oneof(fc.constant(plausible(name)), nasty))),
          fc.dictionary(fc.constantFrom(...queryParams, 'unknown', 'limit', 'page', '__proto__', 'constructor'), nasty, { maxKeys: 4 }),
          body,
          async (params, query, payload) => {
            let url = op.path;
            pathParams.forEach((name, i) => (url = url.replace(`{${name}}`, encodeURIComponent(params[i] || '_'))));
            if (op.path === '/api/users/{id}' || op.path.startsWith('/api/users/{id}/')) url = url.replace(encodeURIComponent(params[0] || '_'), params[0] === plausible('id') ? bystanderId : encodeURIComponent(params[0] || '_'));
            const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
            const req = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[op.method](`${url}${qs ? `?${qs}` : ''}`).set(bearer(callerFor(op)));
            const res = op.method === 'get' || op.method === 'delete' ? await req : await req.set('Content-Type', 'application/json').send(JSON.stringify(payload));
            tally[res.status] = (tally[res.status] ?? 0) + 1;
            if (res.status >= 500) throw new Error(`${op.method.toUpperCase()} ${url}?${qs} ${JSON.stringify(payload)?.slice(0, 300)} → ${res.status} ${res.text.slice(0, 300)}`);
            if (res.status >= 400) {
              expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
              expect(res.body).toMatchObject({ type: expect.any(String), title: expect.any(String), status: res.status });
            }
          },
        ),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 4242), endOnFailure: true },
      );
    }
  }, 600_000);
});
