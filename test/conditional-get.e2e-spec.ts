import pg from 'pg';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

/**
 * Issue 21: a State's questionnaire answers a weak ETag of the whole list, and 304 Not Modified to If-None-Match while
 * no row of it changed; any change of a report (save, submit, review), of the viewer or of the page asked misses.
 */
describe('conditional GET of the questionnaire', () => {
  let t: TestApp;
  let db: pg.Client;
  let sec: Session;
  let ken: Session;
  let fra: Session;
  let cycleId: string;
  let recs: string[];
  const list = (who: Session, query = '', tag?: string) => {
    const req = t.http.get(`/api/cycles/${cycleId}/states/KEN/reports${query}`).set(bearer(who));
    return tag ? req.set('If-None-Match', tag) : req;
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec.etag@example.org', role: 'secretariat' });
    ken = await createUserAndLogin(t.http, admin, { email: 'fp.ken.etag@example.org', role: 'focal_point', stateCode: 'KEN' });
    fra = await createUserAndLogin(t.http, admin, { email: 'fp.fra.etag@example.org', role: 'focal_point', stateCode: 'FRA' });
    recs = (
      await db.query(`SELECT r.id FROM recommendations r JOIN sessions s ON s.id = r.session_id
                        WHERE r.requires_state_report AND NOT r.is_container AND s.status = 'final' ORDER BY r.reference LIMIT 3`)
    ).rows.map((r) => r.id);
    const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    cycleId = (await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'ETag cycle', opensOn: iso(-5), closesOn: iso(30), recommendationIds: recs }).expect(201)).body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  it('answers 304 with no body while nothing changed, and 200 with a new ETag after a change', async () => {
    const first = await list(ken).expect(200);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/"q[0-9a-f]{20}"$/);
    expect(first.body.items).toHaveLength(3);

    const again = await list(ken, '', tag).expect(304);
    expect(again.headers.etag).toBe(tag);
    expect(again.text ?? '').toBe('');
    // Strong or weak form, among others, or *: all match (weak comparison).
    await list(ken, '', `"x", ${tag.slice(2)}`).expect(304);
    await list(ken, '', '*').expect(304);

    const url = `/api/cycles/${cycleId}/states/KEN/reports/${recs[0]}`;
    const saved = await t.http.put(url).set(bearer(ken)).send({ implementationStatus: 'planned' }).expect(201);
    const afterSave = await list(ken, '', tag).expect(200);
    expect(afterSave.headers.etag).not.toBe(tag);
    expect(afterSave.body.items.find((i: { recommendationId: string }) => i.recommendationId === recs[0]).workflowState).toBe('draft');
    await list(ken, '', afterSave.headers.etag as string).expect(304);

    await t.http.post(`${url}/submit`).set(bearer(ken)).expect(200);
    await list(ken, '', afterSave.headers.etag as string).expect(200);
    const submitted = (await list(ken).expect(200)).headers.etag as string;
    await t.http.post(`/api/reports/${saved.body.id}/review`).set(bearer(sec)).send({ decision: 'return', comment: 'Please cite the law.' }).expect(200);
    const returned = await list(ken, '', submitted).expect(200);
    expect(returned.body.items.find((i: { recommendationId: string }) => i.recommendationId === recs[0]).lastReturnComment).toBe('Please cite the law.');
  });

  it('gives each viewer, page and language its own validator', async () => {
    const tag = (await list(ken).expect(200)).headers.etag as string;
    expect((await list(sec, '', tag).expect(200)).headers.etag).not.toBe(tag);
    expect((await list(ken, '?limit=2', tag).expect(200)).headers.etag).not.toBe(tag);
    expect((await list(ken, '?lang=fr', tag).expect(200)).headers.etag).not.toBe(tag);
  });

  it('still refuses another State, and 404s an unknown cycle, whatever If-None-Match says', async () => {
    const tag = (await list(ken).expect(200)).headers.etag as string;
    await list(fra, '', tag).expect(403);
    await t.http.get(`/api/cycles/00000000-0000-4000-8000-000000000000/states/KEN/reports`).set(bearer(ken)).set('If-None-Match', '*').expect(404);
  });

  it('answers the same page and validator in one statement (no If-None-Match) as in two (a validator that misses)', async () => {
    for (const query of ['', '?limit=2', '?limit=2&page=2', '?page=9']) {
      const one = await list(ken, query).expect(200);
      const two = await list(ken, query, 'W/"qstale"').expect(200);
      expect(one.headers.etag).toBe(two.headers.etag);
      expect(one.body).toEqual(two.body);
    }
    // Past the last page: no row, the total still said.
    expect((await list(ken, '?page=9').expect(200)).body).toMatchObject({ items: [], total: 3 });
    const unknownCycle = await t.http.get(`/api/cycles/00000000-0000-4000-8000-000000000000/states/KEN/reports`).set(bearer(sec)).expect(404);
    expect(unknownCycle.body.code).toBe('CYCLE_NOT_FOUND');
    const unknownState = await t.http.get(`/api/cycles/${cycleId}/states/XXX/reports`).set(bearer(sec)).expect(404);
    expect(unknownState.body.code).toBe('STATE_NOT_FOUND');
  });
});
