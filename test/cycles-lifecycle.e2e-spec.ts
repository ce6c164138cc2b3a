import pg from 'pg';
import { verifyRollups } from '#summaries';
import { bearer, startTestApp, type TestApp } from './support/test-app.js';
import { daysFromNow, openCycle, person, submitReport, type Person } from './web/seed.js';

/**
 * Issue 17 (cycles): PATCH of a cycle's name and dates with If-Match, per-State deadline extensions that the late flag
 * respects (the report, its version, the summaries and their rollup), reopen, the audit trail, the errors and who may
 * do it. Through the API on a real PostgreSQL.
 */
describe('cycles: dates, per-State extensions, reopen', () => {
  let t: TestApp;
  let db: pg.Client;
  let sec: Person;
  let ken: Person;
  let fra: Person;

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    sec = await person(t.http, 'secretariat');
    ken = await person(t.http, 'focal_point', { stateCode: 'KEN' });
    fra = await person(t.http, 'focal_point', { stateCode: 'FRA' });
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const cycle = (id: string, who: Person = sec) => t.http.get(`/api/cycles/${id}`).set(bearer(who));
  const audit = async (id: string) =>
    (await db.query(`SELECT action, changes, metadata FROM audit_events WHERE entity = 'cycle' AND entity_id = $1 ORDER BY occurred_at, id`, [id])).rows as {
      action: string;
      changes: Record<string, { from: unknown; to: unknown }> | null;
      metadata: Record<string, unknown> | null;
    }[];
  const rowOf = async (cycleId: string, who: Person, recommendationId: string) =>
    ((await t.http.get(`/api/cycles/${cycleId}/states/${who.user.stateCode}/reports`).set(bearer(who)).expect(200)).body.items as { recommendationId: string; late: boolean }[]).find(
      (r) => r.recommendationId === recommendationId,
    )!;
  const lateStates = async (cycleId: string) => (await t.http.get(`/api/summaries/cycles/${cycleId}?include=submitted`).set(bearer(sec)).expect(200)).body.states.late as number;
  const rollupsExact = async (cycleId: string) => {
    const result = await verifyRollups({ query: async (sql, params) => (await db.query(sql, params)).rows }, [cycleId]);
    expect(result.differences).toEqual([]);
    expect(result.historyDifferences).toEqual([]);
    expect(result.totalsDifferences).toEqual([]);
    expect(result.scopeDifferences).toEqual([]);
  };

  it('previews the scope before creating: the count create then freezes, and a sample', async () => {
    const preview = await t.http.post('/api/cycles/scope-preview?lang=fr').set(bearer(sec)).send({ sessions: [4] }).expect(200);
    expect(preview.body.count).toBeGreaterThan(10);
    expect(preview.body.sample).toHaveLength(10);
    expect(preview.body.sample[0]).toMatchObject({ id: expect.any(String), session: 4, reference: expect.stringContaining('para.'), excerpt: expect.any(String) });
    const created = await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'Preview check', opensOn: daysFromNow(1), closesOn: daysFromNow(20), sessions: [4] }).expect(201);
    expect(created.body.scopeCount).toBe(preview.body.count);
    const none = await t.http.post('/api/cycles/scope-preview').set(bearer(sec)).send({ sessions: [999] }).expect(200);
    expect(none.body).toEqual({ count: 0, sample: [] });
    await t.http.post('/api/cycles/scope-preview').set(bearer(sec)).send({ sessions: ['x'] }).expect(400);
    await t.http.post('/api/cycles/scope-preview').set(bearer(ken)).send({}).expect(403);
  });

  it('PATCHes name and dates with If-Match, audited; refuses what the status forbids', async () => {
    const c = await openCycle(t.http, sec, { open: false, opensInDays: 2, closesInDays: 20 });
    const first = await cycle(c.id).expect(200);
    expect(first.headers.etag).toBe(`"v${first.body.version}"`);
    const patch = (body: object, etag?: string) => {
      const req = t.http.patch(`/api/cycles/${c.id}`).set(bearer(sec));
      return (etag ? req.set('If-Match', etag) : req).send(body);
    };
    expect((await patch({ name: 'Renamed' }).expect(428)).body.code).toBe('PRECONDITION_REQUIRED');
    expect((await patch({ name: 'Renamed' }, '"v999"').expect(412)).body.code).toBe('PRECONDITION_FAILED');
    const before = await patch({ closesOn: daysFromNow(1) }, first.headers.etag).expect(400);
    expect(before.body).toMatchObject({ code: 'CYCLE_CLOSES_BEFORE_OPENS', errors: [expect.objectContaining({ field: 'closesOn' })] });
    expect((await patch({ opensOn: '2026-02-30' }, first.headers.etag).expect(400)).body.code).toBe('VALIDATION_FAILED');
    const renamed = await patch({ name: '  Renamed  ', opensOn: daysFromNow(-1), closesOn: daysFromNow(25) }, first.headers.etag).expect(200);
    expect(renamed.body).toMatchObject({ name: 'Renamed', opensOn: daysFromNow(-1), closesOn: daysFromNow(25), version: first.body.version + 1 });
    expect(renamed.headers.etag).toBe(`"v${first.body.version + 1}"`);
    // The same body again changes nothing (no new version, no audit row).
    expect((await patch({ name: 'Renamed' }, renamed.headers.etag).expect(200)).body.version).toBe(renamed.body.version);
    await t.http.post(`/api/cycles/${c.id}/open`).set(bearer(sec)).expect(200);
    let etag = (await cycle(c.id)).headers.etag;
    expect((await patch({ opensOn: daysFromNow(-2) }, etag).expect(409)).body.code).toBe('CYCLE_ALREADY_OPENED');
    expect((await patch({ closesOn: daysFromNow(-1) }, etag).expect(400)).body.code).toBe('CYCLE_DEADLINE_PASSED');
    await patch({ closesOn: daysFromNow(40) }, etag).expect(200);
    await t.http.post(`/api/cycles/${c.id}/close`).set(bearer(sec)).expect(200);
    etag = (await cycle(c.id)).headers.etag;
    expect((await patch({ closesOn: daysFromNow(50) }, etag).expect(409)).body.code).toBe('CYCLE_REOPEN_FIRST');
    await patch({ name: 'Renamed after closing' }, etag).expect(200);
    await t.http.patch(`/api/cycles/${c.id}`).set(bearer(ken)).set('If-Match', '*').send({ name: 'x' }).expect(403);
    const rows = await audit(c.id);
    expect(rows.map((r) => r.action)).toEqual(['cycle.created', 'cycle.updated', 'cycle.opened', 'cycle.updated', 'cycle.closed', 'cycle.updated']);
    expect(rows[1].changes).toEqual({ name: { from: c.name, to: 'Renamed' }, opensOn: { from: daysFromNow(2), to: daysFromNow(-1) }, closesOn: { from: daysFromNow(20), to: daysFromNow(25) } });
  });

  it('an extension for one State makes its late submission on time: report, version, summary and rollup; taking it back makes it late again', async () => {
    // Closed yesterday but still open: submissions are accepted, and late.
    const c = await openCycle(t.http, sec, { opensInDays: -10, closesInDays: -1 });
    const [rec] = c.scope;
    const kenReport = await submitReport(t.http, ken, c.id, rec);
    await submitReport(t.http, fra, c.id, rec);
    expect((await rowOf(c.id, ken, rec)).late).toBe(true);
    expect(await lateStates(c.id)).toBe(2);
    await rollupsExact(c.id);

    const put = (code: string, body: object, who: Person = sec) => t.http.put(`/api/cycles/${c.id}/states/${code}/extension`).set(bearer(who)).send(body);
    expect((await put('KEN', { closesOn: daysFromNow(-1), reason: 'Elections' }).expect(400)).body.code).toBe('EXTENSION_NOT_LATER');
    expect((await put('KEN', { closesOn: daysFromNow(7), reason: '   ' }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await put('ZZZ', { closesOn: daysFromNow(7), reason: 'Elections' }).expect(404)).body.code).toBe('STATE_NOT_FOUND');
    await put('KEN', { closesOn: daysFromNow(7), reason: 'Elections' }, ken).expect(403);
    const granted = await put('ken', { closesOn: daysFromNow(7), reason: 'National elections delayed the clearance.' }).expect(200);
    expect(granted.body.extensions).toEqual([
      { stateCode: 'KEN', closesOn: daysFromNow(7), reason: 'National elections delayed the clearance.', grantedBy: sec.user.id, updatedAt: expect.any(String) },
    ]);

    expect((await rowOf(c.id, ken, rec)).late).toBe(false);
    expect((await rowOf(c.id, fra, rec)).late).toBe(true);
    // A reminder tells each State its own deadline: KEN its extension, FRA the cycle's closing day (one mail each).
    const preview = await t.http.post(`/api/cycles/${c.id}/reminders/preview`).set(bearer(sec)).send({ states: ['KEN', 'FRA'] }).expect(200);
    expect(preview.body.states.map((s: { code: string; deadline: string }) => [s.code, s.deadline])).toEqual([
      ['FRA', daysFromNow(-1)],
      ['KEN', daysFromNow(7)],
    ]);
    const messages: { language: string; deadline: string; states: string[]; text: string }[] = preview.body.messages;
    expect(messages.map((m) => [m.language, m.deadline, m.states])).toEqual([
      ['en', daysFromNow(-1), ['FRA']],
      ['en', daysFromNow(7), ['KEN']],
    ]);
    const longDate = (day: string) => new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
    expect(messages[1].text).toContain(longDate(daysFromNow(7)));
    expect(messages[0].text).toContain(longDate(daysFromNow(-1)));
    const history = await t.http.get(`/api/reports/${kenReport}/history`).set(bearer(sec)).expect(200);
    expect(history.body.versions.map((v: { late: boolean }) => v.late)).toEqual([false]);
    expect(await lateStates(c.id)).toBe(1);
    await rollupsExact(c.id);
    // A State's focal point sees its own extension only.
    expect((await cycle(c.id, ken).expect(200)).body.extensions).toHaveLength(1);
    expect((await cycle(c.id, fra).expect(200)).body.extensions).toEqual([]);

    // A submission made now, within the extension, is not late either (KEN) — and still is for FRA.
    await submitReport(t.http, ken, c.id, c.scope[1]);
    await submitReport(t.http, fra, c.id, c.scope[1]);
    expect((await rowOf(c.id, ken, c.scope[1])).late).toBe(false);
    expect((await rowOf(c.id, fra, c.scope[1])).late).toBe(true);

    // Changing the extension keeps one row; taking it back restores the cycle's deadline.
    const changed = await put('KEN', { closesOn: daysFromNow(9), reason: 'Clearance takes longer.' }).expect(200);
    expect(changed.body.extensions).toHaveLength(1);
    const removed = await t.http.delete(`/api/cycles/${c.id}/states/KEN/extension`).set(bearer(sec)).expect(200);
    expect(removed.body.extensions).toEqual([]);
    expect((await t.http.delete(`/api/cycles/${c.id}/states/KEN/extension`).set(bearer(sec)).expect(404)).body.code).toBe('EXTENSION_NOT_FOUND');
    expect((await rowOf(c.id, ken, rec)).late).toBe(true);
    expect(await lateStates(c.id)).toBe(2);
    await rollupsExact(c.id);

    const rows = await audit(c.id);
    expect(rows.map((r) => r.action)).toEqual(['cycle.created', 'cycle.opened', 'cycle.extension_granted', 'cycle.extension_changed', 'cycle.extension_removed']);
    expect(rows[2]).toMatchObject({ changes: { closesOn: { from: null, to: daysFromNow(7) } }, metadata: { stateCode: 'KEN', lateChanged: 1 } });
    expect(rows[4]).toMatchObject({ metadata: { stateCode: 'KEN', lateChanged: 2 } });
  });

  it('moving an open cycle’s closing day sets the late flags again', async () => {
    const c = await openCycle(t.http, sec, { opensInDays: -10, closesInDays: -1 });
    await submitReport(t.http, ken, c.id, c.scope[0]);
    expect(await lateStates(c.id)).toBe(1);
    const etag = (await cycle(c.id)).headers.etag;
    const moved = await t.http.patch(`/api/cycles/${c.id}`).set(bearer(sec)).set('If-Match', etag).send({ closesOn: daysFromNow(3) }).expect(200);
    expect(moved.body.closesOn).toBe(daysFromNow(3));
    expect((await rowOf(c.id, ken, c.scope[0])).late).toBe(false);
    expect(await lateStates(c.id)).toBe(0);
    await rollupsExact(c.id);
    expect((await audit(c.id)).at(-1)).toMatchObject({ action: 'cycle.updated', metadata: { lateChanged: 1 } });
  });

  it('reopens a closed cycle with a new closing day; extensions wait for it', async () => {
    const c = await openCycle(t.http, sec, { opensInDays: -10, closesInDays: 5 });
    const reopen = (body: object, who: Person = sec) => t.http.post(`/api/cycles/${c.id}/reopen`).set(bearer(who)).send(body);
    expect((await reopen({ closesOn: daysFromNow(10) }).expect(409)).body.code).toBe('INVALID_CYCLE_TRANSITION');
    await t.http.put(`/api/cycles/${c.id}/states/KEN/extension`).set(bearer(sec)).send({ closesOn: daysFromNow(8), reason: 'Floods' }).expect(200);
    await t.http.post(`/api/cycles/${c.id}/close`).set(bearer(sec)).expect(200);
    expect((await t.http.put(`/api/cycles/${c.id}/states/FRA/extension`).set(bearer(sec)).send({ closesOn: daysFromNow(8), reason: 'x' }).expect(409)).body.code).toBe('CYCLE_REOPEN_FIRST');
    expect((await t.http.delete(`/api/cycles/${c.id}/states/KEN/extension`).set(bearer(sec)).expect(409)).body.code).toBe('CYCLE_REOPEN_FIRST');
    expect((await t.http.post(`/api/cycles/${c.id}/states/KEN/reports/${c.scope[0]}/submit`).set(bearer(ken)).expect(409)).body.code).toBe('CYCLE_CLOSED');
    await reopen({ closesOn: daysFromNow(10) }, ken).expect(403);
    await reopen({}).expect(400);
    expect((await reopen({ closesOn: daysFromNow(-1) }).expect(400)).body.code).toBe('CYCLE_DEADLINE_PASSED');
    expect((await reopen({ closesOn: daysFromNow(-20) }).expect(400)).body.code).toBe('CYCLE_CLOSES_BEFORE_OPENS');
    const reopened = await reopen({ closesOn: daysFromNow(10) }).expect(200);
    expect(reopened.body).toMatchObject({ status: 'open', closesOn: daysFromNow(10), closedAt: null });
    expect(reopened.body.extensions.map((e: { stateCode: string }) => e.stateCode)).toEqual(['KEN']);
    await submitReport(t.http, ken, c.id, c.scope[0]);
    expect((await rowOf(c.id, ken, c.scope[0])).late).toBe(false);
    await reopen({ closesOn: daysFromNow(10) }).expect(409);
    const rows = await audit(c.id);
    expect(rows.map((r) => r.action)).toEqual(['cycle.created', 'cycle.opened', 'cycle.extension_granted', 'cycle.closed', 'cycle.reopened']);
    expect(rows[4].changes).toEqual({ status: { from: 'closed', to: 'open' }, closesOn: { from: daysFromNow(5), to: daysFromNow(10) } });
    // The focal points were told.
    const notes = await t.http.get('/api/notifications').set(bearer(ken)).expect(200);
    expect(JSON.stringify(notes.body)).toContain('open again');
  });

  it('answers 404 for an unknown cycle on every new route', async () => {
    const id = '0b3f5a4e-5a55-4f6e-9a7c-1d2b3c4d5e6f';
    expect((await t.http.patch(`/api/cycles/${id}`).set(bearer(sec)).set('If-Match', '*').send({ name: 'x' }).expect(404)).body.code).toBe('CYCLE_NOT_FOUND');
    await t.http.put(`/api/cycles/${id}/states/KEN/extension`).set(bearer(sec)).send({ closesOn: daysFromNow(3), reason: 'x' }).expect(404);
    await t.http.delete(`/api/cycles/${id}/states/KEN/extension`).set(bearer(sec)).expect(404);
    await t.http.post(`/api/cycles/${id}/reopen`).set(bearer(sec)).send({ closesOn: daysFromNow(3) }).expect(404);
  });
});
