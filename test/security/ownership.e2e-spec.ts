import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Record ownership, beyond route × role: every route that takes a State code or a report id, probed by another State's
 * focal point (FRA on KEN's records) and by the secretariat on a draft. A leak is any 2xx, or any answer that carries
 * the marker text written into KEN's draft and evidence.
 */
const SECRET = 'KEN-DRAFT-SECRET-7f3a';

describe('security: record ownership (another State, a draft)', () => {
  let t: TestApp;
  let sec: Session;
  let ken: Session;
  let fra: Session;
  let cycleId: string;
  let draftRec: string;
  let submittedRec: string;
  let draftId: string;
  let draftFileId: string;
  const probes: { who: string; route: string; status: number; leak: boolean }[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    ken = await createUserAndLogin(t.http, admin, { email: 'fp.ken@example.org', role: 'focal_point', stateCode: 'KEN' });
    fra = await createUserAndLogin(t.http, admin, { email: 'fp.fra@example.org', role: 'focal_point', stateCode: 'FRA' });
    cycleId = (await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'ownership', opensOn: '2026-01-01', closesOn: '2026-12-31', sessions: [9] }).expect(201)).body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
    const rows = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items as { recommendationId: string }[];
    [draftRec, submittedRec] = [rows[0].recommendationId, rows[1].recommendationId];
    const base = `/api/cycles/${cycleId}/states/KEN/reports`;
    draftId = (await t.http.put(`${base}/${draftRec}`).set(bearer(ken)).send({ implementationStatus: 'planned', narrative: { en: SECRET } }).expect(201)).body.id;
    const pdf = Buffer.concat([Buffer.from(`%PDF-1.7\n% ${SECRET}\n`), Buffer.alloc(512, 0x20), Buffer.from('\n%%EOF\n')]);
    draftFileId = (await t.http.post(`${base}/${draftRec}/evidence`).set(bearer(ken)).attach('file', pdf, `${SECRET}.pdf`).expect(201)).body.id;
    await t.http.put(`${base}/${submittedRec}`).set(bearer(ken)).send({ implementationStatus: 'in_progress', narrative: { en: 'Submitted text' } }).expect(201);
    await t.http.post(`${base}/${submittedRec}/submit`).set(bearer(ken)).expect(200);
  });
  afterAll(async () => {
    const leaks = probes.filter((p) => p.leak);
    console.log(`ownership: ${probes.length} probes, ${leaks.length} leaks${leaks.length ? `: ${JSON.stringify(leaks)}` : ''}`);
    await t.close();
  });

  const probe = async (who: string, session: Session, method: string, url: string, body?: object) => {
    let req = (t.http as unknown as Record<string, (u: string) => import('supertest').Test>)[method](url).set(bearer(session));
    if (body) req = req.send(body);
    const res = await req;
    const leak = (res.status >= 200 && res.status < 300) || res.text.includes(SECRET) || JSON.stringify(res.headers).includes(SECRET);
    probes.push({ who, route: `${method.toUpperCase()} ${url}`, status: res.status, leak });
    return res;
  };

  it('another State’s focal point gets 403/404 and nothing of KEN on every State- or report-scoped route', async () => {
    const k = `/api/cycles/${cycleId}/states/KEN`;
    const cases: [string, string, object?][] = [
      ['get', `${k}/reports`],
      ['put', `${k}/reports`, { items: [{ recommendationId: draftRec, implementationStatus: 'planned' }] }],
      ['get', `${k}/reports/${draftRec}`],
      ['put', `${k}/reports/${draftRec}`, { implementationStatus: 'planned' }],
      ['post', `${k}/reports/${draftRec}/submit`],
      ['post', `${k}/reports/${submittedRec}/withdraw`],
      ['post', `${k}/reports/${draftRec}/evidence`],
      ['get', `/api/reports/${draftId}/history`],
      ['post', `/api/reports/${draftId}/comments`, { body: 'hello' }],
      ['get', `/api/reports/${draftId}/evidence/${draftFileId}`],
      ['delete', `/api/reports/${draftId}/evidence/${draftFileId}`],
      ['post', `/api/reports/${draftId}/review`, { decision: 'accept' }],
      ['get', `/api/summaries/cycles/${cycleId}/states/KEN`],
      ['get', `/api/summaries/cycles/${cycleId}/states/KEN?format=csv`],
      ['get', `/api/summaries/trends?state=KEN`],
      ['get', `/api/summaries/cycles/${cycleId}/recommendations/${draftRec}`],
      ['get', `/api/summaries/cycles/${cycleId}/non-reporting`],
    ];
    for (const [method, url, body] of cases) {
      const res = await probe('FRA focal point', fra, method, url, body);
      expect({ url, refused: [403, 404].includes(res.status) }).toEqual({ url, refused: true });
      expect(res.text).not.toContain(SECRET);
    }
  });

  it('the secretariat never sees a draft’s content, files or history, and cannot write a State’s report', async () => {
    const k = `/api/cycles/${cycleId}/states/KEN`;
    const cases: [string, string, object?][] = [
      ['get', `${k}/reports/${draftRec}`],
      ['put', `${k}/reports/${draftRec}`, { implementationStatus: 'fully_implemented' }],
      ['put', `${k}/reports`, { items: [{ recommendationId: draftRec, implementationStatus: 'planned' }] }],
      ['post', `${k}/reports/${draftRec}/submit`],
      ['post', `${k}/reports/${draftRec}/evidence`],
      ['get', `/api/reports/${draftId}/history`],
      ['post', `/api/reports/${draftId}/comments`, { body: 'hello' }],
      ['get', `/api/reports/${draftId}/evidence/${draftFileId}`],
      ['delete', `/api/reports/${draftId}/evidence/${draftFileId}`],
    ];
    for (const [method, url, body] of cases) {
      const res = await probe('secretariat on a draft', sec, method, url, body);
      expect({ url, refused: [403, 404].includes(res.status) }).toEqual({ url, refused: true });
      expect(res.text).not.toContain(SECRET);
    }
    // Lists the secretariat may read show that a draft exists, never what it says.
    for (const url of [`${k}/reports`, `/api/review-queue?cycle=${cycleId}`, `/api/summaries/cycles/${cycleId}/states/KEN?include=submitted`, `/api/summaries/cycles/${cycleId}/states/KEN?format=xlsx`]) {
      const res = await t.http.get(url).set(bearer(sec)).expect(200);
      expect(res.text).not.toContain(SECRET);
      probes.push({ who: 'secretariat list', route: `GET ${url}`, status: res.status, leak: res.text.includes(SECRET) });
    }
    const list = (await t.http.get(`${k}/reports`).set(bearer(sec)).expect(200)).body.items as { recommendationId: string; workflowState: string; implementationStatus: string | null }[];
    expect(list.find((r) => r.recommendationId === draftRec)).toMatchObject({ workflowState: 'draft', implementationStatus: null });
  });

  it('records no leak', () => {
    expect(probes.filter((p) => p.leak)).toEqual([]);
  });
});
