import pg from 'pg';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

interface Row {
  recommendationId: string;
  reportId: string | null;
  workflowState: string;
  implementationStatus: string | null;
  version: number | null;
  late: boolean;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** A multipart body built by hand: client libraries strip directories from file names, attackers do not. */
const rawMultipart = (fileName: string, bytes: Buffer) => {
  const boundary = 'wg4-test-boundary';
  return {
    type: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/pdf\r\n\r\n`),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
  };
};
const daysFromNow = (n: number) => iso(new Date(Date.now() + n * 86_400_000));

describe('reporting: cycles, per-State reports and the review workflow', () => {
  let t: TestApp;
  let admin: Session;
  let sec: Session;
  let ken: Session;
  let fra: Session;
  let cycleId: string;
  let scope: string[];

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    ken = await createUserAndLogin(t.http, admin, { email: 'fp.ken@example.org', role: 'focal_point', stateCode: 'KEN' });
    fra = await createUserAndLogin(t.http, admin, { email: 'fp.fra@example.org', role: 'focal_point', stateCode: 'FRA' });
  });
  afterAll(async () => {
    await t.close();
  });

  const path = (rec: string, code = 'KEN', cycle = cycleId) => `/api/cycles/${cycle}/states/${code}/reports/${rec}`;
  const put = (who: Session, rec: string, body: object, ifMatch?: string, code = 'KEN', cycle = cycleId) => {
    const req = t.http.put(path(rec, code, cycle)).set(bearer(who));
    return (ifMatch ? req.set('If-Match', ifMatch) : req).send(body);
  };

  it('plans a cycle whose scope is the reportable recommendations of the chosen sessions', async () => {
    await t.http.post('/api/cycles').set(bearer(ken)).send({ name: 'x', opensOn: daysFromNow(-1), closesOn: daysFromNow(30), sessions: [4] }).expect(403);
    await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'x', opensOn: daysFromNow(5), closesOn: daysFromNow(1) }).expect(400);
    const empty = await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'x', opensOn: daysFromNow(-1), closesOn: daysFromNow(1), sessions: [11] }).expect(422);
    expect(empty.body.code).toBe('EMPTY_SCOPE');
    const res = await t.http.post('/api/cycles').set(bearer(sec)).send({ name: '2026 cycle', opensOn: daysFromNow(-1), closesOn: daysFromNow(30), sessions: [4] }).expect(201);
    expect(res.body).toMatchObject({ status: 'planned', scopeCount: expect.any(Number), carriedForward: 0 });
    cycleId = res.body.id;
    // Expected scope, straight from the catalogue: requiresStateReport, not a container, session 4.
    const recs: { id: string; requiresStateReport: boolean; isContainer: boolean; children: unknown[] }[] = [];
    for (let page = 1; ; page++) {
      const r = await t.http.get(`/api/recommendations?session=4&limit=100&page=${page}`).set(bearer(sec)).expect(200);
      recs.push(...r.body.items);
      if (recs.length >= r.body.total) break;
    }
    const flat = (items: typeof recs): typeof recs => items.flatMap((r) => [r, ...flat(r.children as typeof recs)]);
    scope = flat(recs).filter((r) => r.requiresStateReport && !r.isContainer).map((r) => r.id);
    expect(res.body.scopeCount).toBe(scope.length);
    expect(scope.length).toBeGreaterThan(10);
  });

  it('refuses writes before the cycle opens (409 CYCLE_CLOSED), then opens it', async () => {
    const closed = await put(ken, scope[0], { implementationStatus: 'planned' }).expect(409);
    expect(closed.body.code).toBe('CYCLE_CLOSED');
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(409);
    const rows: Row[] = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items;
    expect(rows).toHaveLength(scope.length);
    expect(rows.every((r) => r.workflowState === 'not_started' && r.reportId === null)).toBe(true);
  });

  it('runs the full loop: draft, 428/412, submit, 409 on edit, queue, return, edit, resubmit, accept, history', async () => {
    const rec = scope[0];
    const first = await put(ken, rec, { implementationStatus: 'in_progress', narrative: { en: 'A national plan is being drafted.' }, measures: [{ type: 'policy', description: 'National action plan 2026–2030' }] }).expect(201);
    expect(first.headers.etag).toBe('"v1"');
    expect(first.body).toMatchObject({ workflowState: 'draft', implementationStatus: 'in_progress', version: 1 });
    expect((await put(ken, rec, { challenges: 'Funding' }).expect(428)).body.code).toBe('PRECONDITION_REQUIRED');
    const second = await put(ken, rec, { challenges: 'Funding' }, first.headers.etag).expect(200);
    expect(second.headers.etag).toBe('"v2"');
    expect(second.body).toMatchObject({ challenges: 'Funding', narrative: { en: 'A national plan is being drafted.' } });
    expect((await put(ken, rec, { challenges: 'Staff' }, first.headers.etag).expect(412)).body.code).toBe('PRECONDITION_FAILED');
    const na = await put(ken, rec, { implementationStatus: 'not_applicable', narrative: {} }, second.headers.etag).expect(400);
    expect(na.body.errors).toEqual([{ field: 'narrative', message: expect.stringMatching(/justify/) }]);

    // The secretariat sees that a draft exists, never its content.
    const secRows: Row[] = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(sec)).expect(200)).body.items;
    expect(secRows.find((r) => r.recommendationId === rec)).toMatchObject({ workflowState: 'draft', implementationStatus: null });
    expect((await t.http.get(path(rec)).set(bearer(sec)).expect(403)).body.code).toBe('DRAFT_NOT_VISIBLE');

    const submitted = await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);
    expect(submitted.body).toMatchObject({ workflowState: 'submitted', submissions: 1, late: false });
    const again = await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);
    expect(again.body.submissions).toBe(1);
    expect((await put(ken, rec, { challenges: 'x' }, `"v${again.body.version}"`).expect(409)).body.code).toBe('INVALID_TRANSITION');

    const queue = await t.http.get(`/api/review-queue?cycle=${cycleId}&state=KEN`).set(bearer(sec)).expect(200);
    expect(queue.body.items.map((r: { id: string }) => r.id)).toContain(submitted.body.id);
    await t.http.get('/api/review-queue').set(bearer(ken)).expect(403);
    await t.http.get(path(rec)).set(bearer(sec)).expect(200);
    await put(sec, rec, { challenges: 'secretariat edit' }, `"v${again.body.version}"`).expect(403);

    const reportId = submitted.body.id;
    const noComment = await t.http.post(`/api/reports/${reportId}/review`).set(bearer(sec)).send({ decision: 'return' }).expect(400);
    expect(noComment.body.code).toBe('COMMENT_REQUIRED');
    await t.http.post(`/api/reports/${reportId}/review`).set(bearer(ken)).send({ decision: 'accept' }).expect(403);
    await t.http.post(`/api/reports/${reportId}/review`).set(bearer(sec)).send({ decision: 'start_review' }).expect(200);
    const returned = await t.http.post(`/api/reports/${reportId}/review`).set(bearer(sec)).send({ decision: 'return', comment: 'Please give the plan’s adoption date.' }).expect(200);
    expect(returned.body.workflowState).toBe('returned');

    const edited = await put(ken, rec, { narrative: { en: 'The plan will be adopted in June 2026.' } }, `"v${returned.body.version}"`).expect(200);
    expect(edited.body.workflowState).toBe('draft');
    await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);
    const accepted = await t.http
      .post(`/api/reports/${reportId}/review`)
      .set(bearer(sec))
      .send({ decision: 'accept', assessment: { status: 'partially_implemented', note: 'Plan drafted, not adopted' } })
      .expect(200);
    expect(accepted.body).toMatchObject({ workflowState: 'accepted', implementationStatus: 'in_progress', secretariatAssessment: { status: 'partially_implemented' } });

    await t.http.post(`/api/reports/${reportId}/comments`).set(bearer(ken)).send({ body: 'Thank you.' }).expect(201);
    const history = await t.http.get(`/api/reports/${reportId}/history`).set(bearer(ken)).expect(200);
    expect(history.body.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(history.body.versions[0].content.narrative).toEqual({ en: 'A national plan is being drafted.' });
    expect(history.body.versions[1].content.narrative).toEqual({ en: 'The plan will be adopted in June 2026.' });
    expect(history.body.reviews.map((r: { kind: string }) => r.kind)).toEqual(['start_review', 'return', 'accept', 'comment']);
    expect(history.body.reviews[1]).toMatchObject({ versionNumber: 1, comment: 'Please give the plan’s adoption date.' });
    const audit = await t.http.get(`/api/audit?entity=report&entityId=${reportId}&limit=100`).set(bearer(sec)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['report.created', 'report.saved', 'report.submitted', 'report.review_started', 'report.returned', 'report.accepted', 'report.commented']),
    );
  });

  it('withdraws a submitted, not yet reviewed report back to draft', async () => {
    const rec = scope[1];
    await put(ken, rec, { implementationStatus: 'planned' }).expect(201);
    await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);
    const res = await t.http.post(`${path(rec)}/withdraw`).set(bearer(ken)).expect(200);
    expect(res.body.workflowState).toBe('draft');
    expect((await t.http.post(`${path(rec)}/withdraw`).set(bearer(ken)).expect(409)).body.code).toBe('INVALID_TRANSITION');
  });

  it('accepts evidence files typed by content, refuses wrong types, oversize and path names, storing nothing', async () => {
    const rec = scope[8];
    const created = await put(ken, rec, { implementationStatus: 'planned' }).expect(201);
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);
    const upload = await t.http.post(`${path(rec)}/evidence`).set(bearer(ken)).attach('file', pdf, '国家行动计划.pdf').expect(201);
    expect(upload.body).toMatchObject({ fileName: '国家行动计划.pdf', contentType: 'application/pdf', size: pdf.length });
    const refusals: [Buffer, string, number][] = [
      [Buffer.from('#!/bin/sh\necho pwned\n'), 'script.pdf', 415],
      [Buffer.from('MZ\x90\x00 not really a pdf'), 'law.pdf', 415],
      [pdf, '../../etc/passwd', 400],
      [pdf, '..\\..\\boot.ini', 400],
      [Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20)]), 'big.pdf', 413],
    ];
    for (const [bytes, name, status] of refusals) {
      const { type, body } = rawMultipart(name, bytes);
      const res = await t.http.post(`${path(rec)}/evidence`).set(bearer(ken)).set('Content-Type', type).send(body);
      expect({ name, status: res.status }).toEqual({ name, status });
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    await t.http.post(`${path(rec)}/evidence`).set(bearer(fra)).attach('file', pdf, 'x.pdf').expect(403);
    const report = await t.http.get(path(rec)).set(bearer(ken)).expect(200);
    expect(report.body.files.map((f: { fileName: string }) => f.fileName)).toEqual(['国家行动计划.pdf']);
    expect(report.body.version).toBe(created.body.version + 1);
    const file = await t.http.get(`/api/reports/${report.body.id}/evidence/${upload.body.id}`).set(bearer(ken)).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.headers['content-disposition']).toMatch(/^attachment;/);
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    // The secretariat cannot fetch a draft's files; once submitted it can, and the version cites the file.
    await t.http.get(`/api/reports/${report.body.id}/evidence/${upload.body.id}`).set(bearer(sec)).expect(403);
    await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);
    await t.http.get(`/api/reports/${report.body.id}/evidence/${upload.body.id}`).set(bearer(sec)).expect(200);
    const history = await t.http.get(`/api/reports/${report.body.id}/history`).set(bearer(sec)).expect(200);
    expect(history.body.versions[0].content.files).toEqual([expect.objectContaining({ id: upload.body.id, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
    await t.http.delete(`/api/reports/${report.body.id}/evidence/${upload.body.id}`).set(bearer(ken)).expect(409);
  });

  it('keeps States apart: another State’s reports are 403 and never data', async () => {
    const rec = scope[0];
    for (const res of [
      await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(fra)),
      await t.http.get(path(rec)).set(bearer(fra)),
      await put(fra, rec, { implementationStatus: 'planned' }),
      await t.http.post(`${path(rec)}/submit`).set(bearer(fra)),
    ]) {
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('OTHER_STATE');
      expect(JSON.stringify(res.body)).not.toMatch(/national plan/i);
    }
    const reportId = (await t.http.get(path(rec)).set(bearer(ken)).expect(200)).body.id;
    await t.http.get(`/api/reports/${reportId}/history`).set(bearer(fra)).expect(403);
    await t.http.post(`/api/reports/${reportId}/comments`).set(bearer(fra)).send({ body: 'x' }).expect(403);
    for (const res of [await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(admin)), await t.http.get(path(rec)).set(bearer(admin))]) {
      expect(res.status).toBe(403);
    }
  });

  it('saves a whole questionnaire in one transaction: one invalid item and nothing is saved', async () => {
    const items = scope.slice(2, 5).map((recommendationId) => ({ recommendationId, implementationStatus: 'fully_implemented', narrative: { fr: 'Loi adoptée.' } }));
    const bad = [...items.slice(0, 2), { ...items[2], implementationStatus: 'not_applicable', narrative: {} }];
    const refused = await t.http.put(`/api/cycles/${cycleId}/states/FRA/reports`).set(bearer(fra)).send({ items: bad }).expect(400);
    expect(refused.body.errors[0].field).toBe('items.2.narrative');
    let rows: Row[] = (await t.http.get(`/api/cycles/${cycleId}/states/FRA/reports`).set(bearer(fra)).expect(200)).body.items;
    expect(rows.filter((r) => r.reportId !== null)).toHaveLength(0);
    rows = (await t.http.put(`/api/cycles/${cycleId}/states/FRA/reports`).set(bearer(fra)).send({ items }).expect(200)).body.items;
    expect(rows.filter((r) => r.workflowState === 'draft')).toHaveLength(3);
    // Existing reports need their ETag in the batch too.
    const stale = await t.http.put(`/api/cycles/${cycleId}/states/FRA/reports`).set(bearer(fra)).send({ items: [{ ...items[0], challenges: 'x' }] }).expect(428);
    expect(stale.body.code).toBe('PRECONDITION_REQUIRED');
    const outOfScope = await t.http.put(`/api/cycles/${cycleId}/states/FRA/reports`).set(bearer(fra)).send({ items: [{ recommendationId: '00000000-0000-4000-8000-000000000000', implementationStatus: 'planned' }] }).expect(404);
    expect(outOfScope.body.code).toBe('NOT_IN_SCOPE');
  });

  it('lets exactly one of 20 concurrent saves with the same If-Match win', async () => {
    const rec = scope[5];
    const created = await put(fra, rec, { implementationStatus: 'planned' }, undefined, 'FRA').expect(201);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => put(fra, rec, { challenges: `attempt ${i}` }, created.headers.etag, 'FRA')),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 412)).toHaveLength(19);
    const final = await t.http.get(path(rec, 'FRA')).set(bearer(fra)).expect(200);
    expect(final.body.version).toBe(2);
  });

  it('marks submissions after closesOn as late, and refuses every write once the cycle is closed', async () => {
    const late = await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'overdue', opensOn: daysFromNow(-30), closesOn: daysFromNow(-1), sessions: [4] }).expect(201);
    await t.http.post(`/api/cycles/${late.body.id}/open`).set(bearer(sec)).expect(200);
    const rec = scope[6];
    await put(ken, rec, { implementationStatus: 'planned' }, undefined, 'KEN', late.body.id).expect(201);
    const submitted = await t.http.post(`${path(rec, 'KEN', late.body.id)}/submit`).set(bearer(ken)).expect(200);
    expect(submitted.body.late).toBe(true);
    await t.http.post(`/api/cycles/${late.body.id}/close`).set(bearer(sec)).expect(200);
    expect((await put(ken, scope[7], { implementationStatus: 'planned' }, undefined, 'KEN', late.body.id).expect(409)).body.code).toBe('CYCLE_CLOSED');
    expect((await t.http.post(`${path(rec, 'KEN', late.body.id)}/withdraw`).set(bearer(ken)).expect(409)).body.code).toBe('CYCLE_CLOSED');
  });

  it('notifies the right users: returns and acceptances to the State, openings to all, reminders to the silent', async () => {
    const kinds = async (who: Session) =>
      ((await t.http.get('/api/notifications?limit=100').set(bearer(who)).expect(200)).body.items as { kind: string; data: Record<string, unknown>; id: string; readAt: string | null }[]);
    const kenNotes = await kinds(ken);
    expect(kenNotes.map((n) => n.kind)).toEqual(expect.arrayContaining(['cycle.opened', 'report.returned', 'report.accepted']));
    expect(kenNotes.find((n) => n.kind === 'report.returned')!.data).toMatchObject({ stateCode: 'KEN', cycleId });
    const fraNotes = await kinds(fra);
    expect(fraNotes.map((n) => n.kind)).not.toContain('report.returned');
    expect(fraNotes.map((n) => n.kind)).toContain('cycle.opened');
    expect(await kinds(sec)).toEqual([]);
    // KEN has submitted in this cycle, FRA has only drafts: only FRA's focal point is reminded, and only once.
    const first = await t.http.post(`/api/cycles/${cycleId}/reminders`).set(bearer(sec)).expect(200);
    expect(first.body.reminded).toBe(1);
    expect(first.body).toMatchObject({ states: ['FRA'], skipped: [], minIntervalHours: 72 });
    // Within the minimum interval (REMINDER_MIN_INTERVAL_HOURS, 72 by default) FRA is skipped, and the answer says so.
    const again = await t.http.post(`/api/cycles/${cycleId}/reminders`).set(bearer(sec)).expect(200);
    expect(again.body).toMatchObject({ reminded: 0, states: [], skipped: [{ code: 'FRA', skipped: 'recently_reminded', lastRemindedAt: expect.any(String), nextAllowedAt: expect.any(String) }] });
    expect((await kinds(fra)).filter((n) => n.kind === 'cycle.deadline')).toHaveLength(1);
    expect((await kinds(ken)).filter((n) => n.kind === 'cycle.deadline')).toHaveLength(0);
    const mail = await t.mail.waitFor('fp.fra@example.org', /Reminder: "2026 cycle" closes on/);
    expect(mail.text).toContain('reporting cycle "2026 cycle" closes on');
    // The non-reporting summary says when FRA was last reminded, and whom a reminder reaches.
    const silent = await t.http.get(`/api/summaries/cycles/${cycleId}/non-reporting`).set(bearer(sec)).expect(200);
    const fraRow = silent.body.states.find((s: { code: string }) => s.code === 'FRA');
    expect(fraRow).toMatchObject({ lastRemindedAt: again.body.skipped[0].lastRemindedAt, focalPoints: [{ email: 'fp.fra@example.org', language: 'en' }] });
    // Chosen States: KEN (which has submitted) may be reminded on purpose; a preview sends nothing and shows the mail.
    await t.http.post(`/api/cycles/${cycleId}/reminders/preview`).set(bearer(ken)).send({}).expect(403);
    expect((await t.http.post(`/api/cycles/${cycleId}/reminders/preview`).set(bearer(sec)).send({ states: ['XXX'] }).expect(404)).body.code).toBe('STATE_NOT_FOUND');
    await t.http.post(`/api/cycles/${cycleId}/reminders`).set(bearer(sec)).send({ states: ['fra'] }).expect(400);
    const preview = await t.http.post(`/api/cycles/${cycleId}/reminders/preview`).set(bearer(sec)).send({ states: ['KEN', 'FRA'] }).expect(200);
    expect(preview.body.states).toMatchObject([
      { code: 'FRA', skipped: 'recently_reminded' },
      { code: 'KEN', skipped: null, lastRemindedAt: null, recipients: [{ email: 'fp.ken@example.org' }] },
    ]);
    expect(preview.body.messages).toEqual([
      { language: 'en', deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), states: ['KEN'], subject: expect.stringContaining('2026 cycle'), text: expect.stringContaining('2026 cycle') },
    ]);
    expect((await kinds(ken)).filter((n) => n.kind === 'cycle.deadline')).toHaveLength(0);
    const chosen = await t.http.post(`/api/cycles/${cycleId}/reminders`).set(bearer(sec)).send({ states: ['KEN'] }).expect(200);
    expect(chosen.body).toMatchObject({ reminded: 1, states: ['KEN'], skipped: [] });
    // Once the interval has passed (the last reminder moved back 73 hours), FRA is reminded again: a second mail.
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    await db.query(`UPDATE notifications SET created_at = created_at - interval '73 hours' WHERE kind = 'cycle.deadline' AND data->>'stateCode' = 'FRA'`);
    await db.end();
    const later = await t.http.post(`/api/cycles/${cycleId}/reminders`).set(bearer(sec)).expect(200);
    expect(later.body).toMatchObject({ reminded: 1, states: ['FRA'] });
    expect((await kinds(fra)).filter((n) => n.kind === 'cycle.deadline')).toHaveLength(2);
    const audit = await t.http.get('/api/audit?action=cycle.reminded&limit=10').set(bearer(admin)).expect(200);
    expect(audit.body.total).toBe(4);
    // Reading: one's own only.
    const note = (await kinds(ken))[0];
    await t.http.post(`/api/notifications/${note.id}/read`).set(bearer(fra)).expect(404);
    await t.http.post(`/api/notifications/${note.id}/read`).set(bearer(ken)).expect(204);
    const unread = await t.http.get('/api/notifications?unread=true&limit=100').set(bearer(ken)).expect(200);
    expect(unread.body.items.map((n: { id: string }) => n.id)).not.toContain(note.id);
    expect((await t.http.post('/api/notifications/read-all').set(bearer(ken)).expect(200)).body.updated).toBe(unread.body.total);
  });

  it('carries each State’s last accepted report forward into the next cycle’s draft', async () => {
    const next = await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'next', opensOn: daysFromNow(0), closesOn: daysFromNow(60), sessions: [4] }).expect(201);
    const opened = await t.http.post(`/api/cycles/${next.body.id}/open`).set(bearer(sec)).expect(200);
    expect(opened.body.carriedForward).toBe(1);
    const carried = await t.http.get(path(scope[0], 'KEN', next.body.id)).set(bearer(ken)).expect(200);
    expect(carried.body).toMatchObject({
      workflowState: 'draft',
      implementationStatus: 'in_progress',
      narrative: { en: 'The plan will be adopted in June 2026.' },
      carriedFromId: expect.any(String),
      submissions: 0,
    });
    expect(carried.body.secretariatAssessment).toBeNull();
  });
});
