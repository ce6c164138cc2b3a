import type { Express } from 'express';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

/**
 * Every route the application registers × every kind of caller → the expected status. This table is the reviewed
 * statement of who may call what: changing a permission means changing a line here, and a new route without a line
 * fails the test. Requests carry an empty JSON body, so "allowed" often shows as 400 (validation) rather than 2xx.
 */
type Caller = 'anonymous' | 'focal_point' | 'secretariat' | 'admin';
const EXPECTED: Record<string, Record<Caller, number>> = {
  'GET /api/health': { anonymous: 200, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/health/live': { anonymous: 200, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/health/ready': { anonymous: 200, focal_point: 200, secretariat: 200, admin: 200 },
  // Not a user's endpoint: without METRICS_TOKEN (as here) it does not exist; with it, only that token opens it.
  'GET /api/metrics': { anonymous: 404, focal_point: 404, secretariat: 404, admin: 404 },
  'GET /api/jobs/failed': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 200 },
  'POST /api/jobs/:id/retry': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 404 },
  'GET /api/docs': { anonymous: 200, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/docs-json': { anonymous: 200, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/docs-yaml': { anonymous: 200, focal_point: 200, secretariat: 200, admin: 200 },
  'POST /api/auth/login': { anonymous: 400, focal_point: 400, secretariat: 400, admin: 400 },
  'POST /api/auth/refresh': { anonymous: 400, focal_point: 400, secretariat: 400, admin: 400 },
  'POST /api/auth/logout': { anonymous: 400, focal_point: 400, secretariat: 400, admin: 400 },
  'GET /api/auth/me': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'PATCH /api/auth/me': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'POST /api/auth/change-password': { anonymous: 401, focal_point: 400, secretariat: 400, admin: 400 },
  'GET /api/auth/sessions': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'DELETE /api/auth/sessions/:id': { anonymous: 401, focal_point: 404, secretariat: 404, admin: 404 },
  'POST /api/auth/set-password': { anonymous: 400, focal_point: 400, secretariat: 400, admin: 400 },
  'POST /api/auth/forgot-password': { anonymous: 400, focal_point: 400, secretariat: 400, admin: 400 },
  'GET /api/users': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 200 },
  'POST /api/users': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 400 },
  'POST /api/users/bulk-invitations/preview': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 400 },
  'POST /api/users/bulk-invitations': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 400 },
  'GET /api/users/:id': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 200 },
  'PATCH /api/users/:id': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 200 },
  'POST /api/users/:id/reset-password': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 200 },
  'POST /api/users/:id/revoke-sessions': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 200 },
  'GET /api/audit': { anonymous: 401, focal_point: 403, secretariat: 200, admin: 200 },
  'GET /api/audit/export.csv': { anonymous: 401, focal_point: 403, secretariat: 200, admin: 200 },
  'GET /api/states': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/states/:code': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'PATCH /api/states/:code': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'GET /api/sessions': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/sessions/:number': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/recommendations': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'POST /api/recommendations': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'GET /api/recommendations/:id': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'PATCH /api/recommendations/:id': { anonymous: 401, focal_point: 403, secretariat: 428, admin: 403 },
  'POST /api/recommendations/:id/links': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'DELETE /api/recommendations/:id/links/:linkId': { anonymous: 401, focal_point: 403, secretariat: 404, admin: 403 },
  'GET /api/themes': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'POST /api/themes': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'GET /api/articles': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'PUT /api/recommendations/:id/articles/:code': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'POST /api/imports': { anonymous: 401, focal_point: 403, secretariat: 415, admin: 403 },
  'POST /api/cycles': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'GET /api/cycles': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'GET /api/cycles/:id': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'POST /api/cycles/:id/open': { anonymous: 401, focal_point: 403, secretariat: 409, admin: 403 },
  'POST /api/cycles/:id/close': { anonymous: 401, focal_point: 403, secretariat: 409, admin: 403 },
  'GET /api/cycles/:id/states/:code/reports': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'PUT /api/cycles/:id/states/:code/reports': { anonymous: 401, focal_point: 400, secretariat: 403, admin: 403 },
  'GET /api/cycles/:id/states/:code/reports/:recommendationId': { anonymous: 401, focal_point: 404, secretariat: 404, admin: 403 },
  'PUT /api/cycles/:id/states/:code/reports/:recommendationId': { anonymous: 401, focal_point: 409, secretariat: 403, admin: 403 },
  'POST /api/cycles/:id/states/:code/reports/:recommendationId/submit': { anonymous: 401, focal_point: 409, secretariat: 403, admin: 403 },
  'POST /api/cycles/:id/states/:code/reports/:recommendationId/withdraw': { anonymous: 401, focal_point: 409, secretariat: 403, admin: 403 },
  'GET /api/review-queue': { anonymous: 401, focal_point: 403, secretariat: 200, admin: 403 },
  'POST /api/reports/:id/review': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'GET /api/reports/:id/history': { anonymous: 401, focal_point: 404, secretariat: 404, admin: 403 },
  'POST /api/reports/:id/comments': { anonymous: 401, focal_point: 400, secretariat: 400, admin: 403 },
  'POST /api/cycles/:id/states/:code/reports/:recommendationId/evidence': { anonymous: 401, focal_point: 400, secretariat: 403, admin: 403 },
  'GET /api/reports/:id/evidence/:fileId': { anonymous: 401, focal_point: 404, secretariat: 404, admin: 403 },
  'POST /api/cycles/:id/reminders': { anonymous: 401, focal_point: 403, secretariat: 409, admin: 403 },
  'POST /api/cycles/:id/reminders/preview': { anonymous: 401, focal_point: 403, secretariat: 409, admin: 403 },
  'GET /api/notifications': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'POST /api/notifications/:id/read': { anonymous: 401, focal_point: 404, secretariat: 404, admin: 404 },
  'POST /api/notifications/read-all': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'DELETE /api/reports/:id/evidence/:fileId': { anonymous: 401, focal_point: 404, secretariat: 403, admin: 403 },
  'GET /api/summaries/cycles/:id': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'GET /api/summaries/cycles/:id/states/:code': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'GET /api/summaries/cycles/:id/recommendations/:recommendationId': { anonymous: 401, focal_point: 403, secretariat: 404, admin: 403 },
  'GET /api/summaries/cycles/:id/non-reporting': { anonymous: 401, focal_point: 403, secretariat: 200, admin: 403 },
  'GET /api/summaries/cycles/:id/session-document': { anonymous: 401, focal_point: 403, secretariat: 200, admin: 403 },
  'GET /api/summaries/trends': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'GET /api/compilation': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'GET /api/auth/mfa': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'POST /api/auth/mfa/enrol': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 200 },
  'POST /api/auth/mfa/enrol/confirm': { anonymous: 401, focal_point: 400, secretariat: 400, admin: 400 },
  'POST /api/auth/mfa/recovery-codes': { anonymous: 401, focal_point: 400, secretariat: 400, admin: 400 },
  'DELETE /api/auth/mfa': { anonymous: 401, focal_point: 400, secretariat: 400, admin: 400 },
  'POST /api/auth/login/mfa': { anonymous: 400, focal_point: 400, secretariat: 400, admin: 400 },
  'POST /api/users/:id/mfa/reset': { anonymous: 401, focal_point: 403, secretariat: 403, admin: 204 },
  'PATCH /api/sessions/:number': { anonymous: 401, focal_point: 403, secretariat: 200, admin: 403 },
  'GET /api/cycles/:id/states/:code/questionnaire.xlsx': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'GET /api/cycles/:id/states/:code/questionnaire.pdf': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'GET /api/cycles/:id/states/:code/questionnaire.docx': { anonymous: 401, focal_point: 200, secretariat: 200, admin: 403 },
  'POST /api/cycles/:id/states/:code/questionnaire/preview': { anonymous: 401, focal_point: 409, secretariat: 403, admin: 403 },
  'POST /api/cycles/:id/states/:code/questionnaire/apply': { anonymous: 401, focal_point: 409, secretariat: 403, admin: 403 },
  'POST /api/cycles/scope-preview': { anonymous: 401, focal_point: 403, secretariat: 200, admin: 403 },
  'PATCH /api/cycles/:id': { anonymous: 401, focal_point: 403, secretariat: 428, admin: 403 },
  'PUT /api/cycles/:id/states/:code/extension': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
  'DELETE /api/cycles/:id/states/:code/extension': { anonymous: 401, focal_point: 403, secretariat: 409, admin: 403 },
  'POST /api/cycles/:id/reopen': { anonymous: 401, focal_point: 403, secretariat: 400, admin: 403 },
};

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Routes as Express sees them (controllers and the Swagger endpoints alike), static asset globs excluded. */
function registeredRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as Express & { router: { stack: Layer[] } };
  const routes = new Set<string>();
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    for (const [method, on] of Object.entries(layer.route.methods)) {
      if (on && method !== '_all') routes.add(`${method.toUpperCase()} ${layer.route.path}`);
    }
  }
  return [...routes].sort();
}

describe('access: every route × every role', () => {
  let t: TestApp;
  const sessions: Partial<Record<Caller, Session>> = {};
  let targetId: string;
  let recommendationId: string;
  let cycleId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    sessions.admin = admin;
    sessions.secretariat = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    sessions.focal_point = await createUserAndLogin(t.http, admin, { email: 'fp@example.org', role: 'focal_point', stateCode: 'KEN' });
    // A bystander account the :id routes act on (resetting its password must not disturb the callers).
    targetId = (await createUserAndLogin(t.http, admin, { email: 'target@example.org', role: 'secretariat' })).id;
    recommendationId = (await t.http.get('/api/recommendations?limit=1').set(bearer(admin)).expect(200)).body.items[0].id;
    // A closed cycle: every write to it is a 409, so the table shows who gets through without changing anything.
    cycleId = (
      await t.http.post('/api/cycles').set(bearer(sessions.secretariat!)).send({ name: 'matrix', opensOn: '2026-01-01', closesOn: '2026-12-31' }).expect(201)
    ).body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sessions.secretariat!)).expect(200);
    await t.http.post(`/api/cycles/${cycleId}/close`).set(bearer(sessions.secretariat!)).expect(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('has an expectation for every registered route, and a route for every expectation', () => {
    const routes = registeredRoutes(t).filter((r) => !/\/api\/docs\/|\*/.test(r));
    expect(routes.filter((r) => !(r in EXPECTED))).toEqual([]);
    expect(Object.keys(EXPECTED).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it.each(Object.entries(EXPECTED))('%s', async (route, expected) => {
    const [method, template] = route.split(' ');
    const path = template
      .replace(/^\/api\/users\/:id/, `/api/users/${targetId}`)
      .replace(/^\/api\/cycles\/:id/, `/api/cycles/${cycleId}`)
      .replace(/^\/api\/summaries\/cycles\/:id/, `/api/summaries/cycles/${cycleId}`)
      .replace(':recommendationId', recommendationId)
      .replace(/^\/api\/reports\/:id/, '/api/reports/0b3f5a4e-5a55-4f6e-9a7c-1d2b3c4d5e6f')
      .replace(':id', recommendationId)
      .replace(':linkId', '0b3f5a4e-5a55-4f6e-9a7c-1d2b3c4d5e6f')
      .replace(':fileId', '0b3f5a4e-5a55-4f6e-9a7c-1d2b3c4d5e6f')
      .replace(':code', 'KEN')
      .replace(':number', '4');
    const actual: Partial<Record<Caller, number>> = {};
    for (const caller of Object.keys(expected) as Caller[]) {
      let req = (t.http as unknown as Record<string, (p: string) => import('supertest').Test>)[method.toLowerCase()](path);
      const session = sessions[caller as Exclude<Caller, 'anonymous'>];
      if (session) req = req.set(bearer(session));
      if (method !== 'GET') req = req.set('Content-Type', 'application/json').send('{}');
      const res = await req.redirects(1);
      actual[caller] = res.status;
      if (res.status >= 400) expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    expect(actual).toEqual(expected);
  });
});
