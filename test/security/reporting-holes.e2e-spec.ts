import pg from 'pg';
import { binaryBody } from '../support/export-readers.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from '../support/test-app.js';

/**
 * Issue 13, holes 2, 3, 5 and part of 11: a draft's content never reaches the audit trail, the secretariat reads only
 * evidence a submitted version cites, removed evidence cannot escape the quotas, and stored names cannot lie.
 */
const KB = 1024;
// Small quotas so that the limits are reached with small files (read when the app starts).
process.env.EVIDENCE_MAX_BYTES_PER_REPORT = String(100 * KB);
process.env.EVIDENCE_MAX_BYTES_PER_STATE = String(200 * KB);

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const pdf = (bytes: number, tag = '') => {
  const head = Buffer.from(`%PDF-1.7\n%${tag}\n`);
  return Buffer.concat([head, Buffer.alloc(Math.max(0, bytes - head.length - 7), 0x20), Buffer.from('\n%%EOF\n')]);
};
describe('security: reporting holes (issue 13: 2, 3, 5, 11)', () => {
  let t: TestApp;
  let db: pg.Client;
  let admin: Session;
  let sec: Session;
  let ken: Session;
  let fra: Session;
  let cycleId: string;
  let recs: string[];

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec.holes@example.org', role: 'secretariat' });
    ken = await createUserAndLogin(t.http, admin, { email: 'fp.ken.holes@example.org', role: 'focal_point', stateCode: 'KEN' });
    fra = await createUserAndLogin(t.http, admin, { email: 'fp.fra.holes@example.org', role: 'focal_point', stateCode: 'FRA' });
    const cycle = await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'holes', opensOn: daysFromNow(-1), closesOn: daysFromNow(30), sessions: [4] }).expect(201);
    cycleId = cycle.body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
    const rows = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items as { recommendationId: string }[];
    recs = rows.map((r) => r.recommendationId);
    expect(recs.length).toBeGreaterThan(12);
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  const path = (rec: string, code = 'KEN') => `/api/cycles/${cycleId}/states/${code}/reports/${rec}`;
  const create = async (who: Session, rec: string, code = 'KEN', body: object = { implementationStatus: 'planned' }) =>
    (await t.http.put(path(rec, code)).set(bearer(who)).send(body).expect(201)).body as { id: string; version: number };
  const upload = (who: Session, rec: string, bytes: Buffer, name = 'evidence.pdf', code = 'KEN') =>
    t.http.post(`${path(rec, code)}/evidence`).set(bearer(who)).attach('file', bytes, name);
  const submit = (who: Session, rec: string, code = 'KEN') => t.http.post(`${path(rec, code)}/submit`).set(bearer(who)).expect(200);
  const giveBack = async (reportId: string) => {
    await t.http.post(`/api/reports/${reportId}/review`).set(bearer(sec)).send({ decision: 'start_review' }).expect(200);
    await t.http.post(`/api/reports/${reportId}/review`).set(bearer(sec)).send({ decision: 'return', comment: 'Please add the decree.' }).expect(200);
  };
  const download = (who: Session, reportId: string, fileId: string) => t.http.get(`/api/reports/${reportId}/evidence/${fileId}`).set(bearer(who)).buffer(true).parse(binaryBody);

  describe('hole 2: the audit trail never carries a draft’s content', () => {
    it('records which fields of a report changed, never their values, for every report event', async () => {
      const rec = recs[0];
      const created = await create(ken, rec, 'KEN', { implementationStatus: 'in_progress', narrative: { en: 'SECRET-NARRATIVE-ONE' }, challenges: 'SECRET-CHALLENGE' });
      const saved = await t.http
        .put(path(rec))
        .set(bearer(ken))
        .set('If-Match', `"v${created.version}"`)
        .send({ narrative: { en: 'SECRET-NARRATIVE-TWO' }, assistanceNeeded: true, assistanceDetails: 'SECRET-ASSISTANCE' })
        .expect(200);
      await upload(ken, rec, pdf(2 * KB), 'SECRET-FILE-NAME.pdf').expect(201);
      await submit(ken, rec);
      await giveBack(saved.body.id);
      const returned = await t.http.get(path(rec)).set(bearer(ken)).expect(200);
      // The returned report, edited: a draft again, whose new content only KEN may see.
      await t.http.put(path(rec)).set(bearer(ken)).set('If-Match', `"v${returned.body.version}"`).send({ challenges: 'SECRET-REDRAFT' }).expect(200);

      for (const who of [sec, admin]) {
        const audit = await t.http.get(`/api/audit?entity=report&entityId=${saved.body.id}&limit=100`).set(bearer(who)).expect(200);
        const events = audit.body.items as { action: string; changes: unknown; metadata: Record<string, unknown> | null }[];
        expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['report.created', 'report.saved', 'report.evidence_added', 'report.submitted', 'report.returned']));
        expect(JSON.stringify(audit.body)).not.toMatch(/SECRET|in_progress/);
        expect(events.every((e) => e.changes === null)).toBe(true);
        const createdEvent = events.find((e) => e.action === 'report.created')!;
        expect(createdEvent.metadata?.changedFields).toEqual(['challenges', 'implementationStatus', 'narrative']);
        const savedEvents = events.filter((e) => e.action === 'report.saved').map((e) => e.metadata?.changedFields);
        expect(savedEvents).toEqual(expect.arrayContaining([['assistanceDetails', 'assistanceNeeded', 'narrative'], ['challenges', 'workflowState']]));
        // Nor anywhere else in the trail, nor in the draft's answers to the secretariat.
        const all = await t.http.get('/api/audit?limit=100').set(bearer(who)).expect(200);
        expect(JSON.stringify(all.body)).not.toMatch(/SECRET/);
      }
      const secAnswers = [
        await t.http.get(path(rec)).set(bearer(sec)),
        await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(sec)),
        await t.http.get(`/api/reports/${saved.body.id}/history`).set(bearer(sec)),
        await t.http.get(`/api/review-queue?cycle=${cycleId}`).set(bearer(sec)),
      ];
      for (const res of secAnswers) expect(JSON.stringify(res.body)).not.toMatch(/SECRET-REDRAFT/);
    });

    it('the migration strips values from report audit rows written by earlier versions, and says so in the trail', async () => {
      const reportId = '6f1c1d2e-0000-4000-8000-000000000001';
      await db.query(
        `INSERT INTO audit_events (action, entity, entity_id, changes, metadata)
         VALUES ('report.saved', 'report', $1, $2, $3), ('report.evidence_added', 'report', $1, NULL, $4), ('user.updated', 'user', $1, $5, NULL)`,
        [
          reportId,
          JSON.stringify({ narrative: { from: {}, to: { en: 'OLD-SECRET' } }, workflowState: { from: 'returned', to: 'draft' } }),
          JSON.stringify({ note: 'kept' }),
          JSON.stringify({ fileId: 'x', fileName: 'OLD-SECRET.pdf', size: 10 }),
          JSON.stringify({ role: { from: 'a', to: 'b' } }),
        ],
      );
      // Evidence stored by earlier versions: a lying name, and a removed file no version cites.
      const holder = await create(ken, recs[13]);
      const { rows: files } = await db.query(
        `INSERT INTO evidence_files (report_id, file_name, content_type, size, sha256, data, removed_at)
         VALUES ($1, $2, 'application/pdf', 4, repeat('0', 64), '\\x25504446', NULL), ($1, 'gone.pdf', 'application/pdf', 4, repeat('0', 64), '\\x25504446', now())
         RETURNING id`,
        [holder.id, 'invoice\u202Efdp.exe'],
      );
      const { ReportPrivacy1796155977990: Migration } = await import('../../migrations/1796155977990-ReportPrivacy.js');
      // As the migration runner does: in a transaction, through QueryRunner.query.
      await db.query('BEGIN');
      await new Migration().up({ query: (sql: string, params?: unknown[]) => db.query(sql, params).then((r) => r.rows) } as never);
      await db.query('COMMIT');
      const { rows } = await db.query(`SELECT action, changes, metadata FROM audit_events WHERE entity_id = $1 ORDER BY action`, [reportId]);
      expect(rows).toEqual([
        { action: 'report.evidence_added', changes: null, metadata: { fileId: 'x', size: 10 } },
        { action: 'report.saved', changes: null, metadata: { note: 'kept', changedFields: ['narrative', 'workflowState'] } },
        { action: 'user.updated', changes: { role: { from: 'a', to: 'b' } }, metadata: null },
      ]);
      const { rows: notes } = await db.query(`SELECT metadata FROM audit_events WHERE action = 'audit.report_values_redacted'`);
      expect(notes.at(-1)?.metadata).toMatchObject({ rows: expect.any(Number) });
      const { rows: left } = await db.query(`SELECT id, file_name FROM evidence_files WHERE report_id = $1`, [holder.id]);
      expect(left).toEqual([{ id: files[0].id, file_name: 'invoicefdp.pdf' }]);
      // The trail is append-only again.
      await expect(db.query(`UPDATE audit_events SET changes = NULL WHERE entity_id = $1`, [reportId])).rejects.toThrow(/append-only/);
    });
  });

  describe('hole 3: the secretariat reads only evidence a submitted version cites', () => {
    it('refuses a file added to a returned report, lists only cited files, and never serves a purged one', async () => {
      const rec = recs[1];
      const report = await create(ken, rec);
      const cited = (await upload(ken, rec, pdf(3 * KB, 'cited'), 'decree.pdf').expect(201)).body as { id: string };
      await submit(ken, rec);
      await download(sec, report.id, cited.id).expect(200);
      await giveBack(report.id);
      const added = (await upload(ken, rec, pdf(3 * KB, 'draft only'), 'draft-annex.pdf').expect(201)).body as { id: string };
      const refused = await download(sec, report.id, added.id).expect(403);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      expect(refused.body.toString()).toMatch(/DRAFT_NOT_VISIBLE/);
      // A file id that does not exist answers the same: no probing a draft's files.
      const missing = await download(sec, report.id, '00000000-0000-4000-8000-000000000000').expect(403);
      expect(missing.body.toString()).toMatch(/DRAFT_NOT_VISIBLE/);
      await download(sec, report.id, cited.id).expect(200);
      await download(ken, report.id, added.id).expect(200);

      // Removing the draft-only file deletes it; removing the cited one keeps it for version 1.
      await t.http.delete(`/api/reports/${report.id}/evidence/${added.id}`).set(bearer(ken)).expect(204);
      await download(ken, report.id, added.id).expect(404);
      await t.http.delete(`/api/reports/${report.id}/evidence/${cited.id}`).set(bearer(ken)).expect(204);
      await download(sec, report.id, cited.id).expect(200);
      const kept = await db.query(`SELECT id, removed_at FROM evidence_files WHERE report_id = $1`, [report.id]);
      expect(kept.rows).toEqual([{ id: cited.id, removed_at: expect.any(Date) }]);

      // Resubmitted with a new file: the secretariat sees exactly the files the new version cites.
      const fresh = (await upload(ken, rec, pdf(3 * KB, 'v2'), 'decree-v2.pdf').expect(201)).body as { id: string };
      await submit(ken, rec);
      const seen = await t.http.get(path(rec)).set(bearer(sec)).expect(200);
      expect(seen.body.files.map((f: { id: string }) => f.id)).toEqual([fresh.id]);
      await download(sec, report.id, fresh.id).expect(200);
    });
  });

  describe('hole 5: removed evidence counts until purged; per-report and per-State quotas', () => {
    it('30 upload/remove rounds leave nothing behind', async () => {
      const rec = recs[2];
      const report = await create(ken, rec);
      for (let round = 0; round < 30; round++) {
        const file = (await upload(ken, rec, pdf(8 * KB, `round ${round}`)).expect(201)).body as { id: string };
        await t.http.delete(`/api/reports/${report.id}/evidence/${file.id}`).set(bearer(ken)).expect(204);
      }
      const { rows } = await db.query(`SELECT count(*)::int AS n, COALESCE(sum(size), 0)::int AS bytes FROM evidence_files WHERE report_id = $1`, [report.id]);
      expect(rows[0]).toEqual({ n: 0, bytes: 0 });
    });

    it('a removed file a version cites still counts against the report’s quota (413 problem)', async () => {
      const rec = recs[3];
      const report = await create(ken, rec);
      const first = (await upload(ken, rec, pdf(60 * KB, 'v1')).expect(201)).body as { id: string };
      await submit(ken, rec);
      await giveBack(report.id);
      await t.http.delete(`/api/reports/${report.id}/evidence/${first.id}`).set(bearer(ken)).expect(204);
      const over = await upload(ken, rec, pdf(60 * KB, 'v2')).expect(413);
      expect(over.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(over.body).toMatchObject({ status: 413, code: 'EVIDENCE_QUOTA_EXCEEDED', quota: 'report', usedBytes: 60 * KB, limitBytes: 100 * KB });
      await upload(ken, rec, pdf(30 * KB, 'fits')).expect(201);
    });

    it('a State’s quota holds under concurrent uploads to different reports', async () => {
      const reports = recs.slice(4, 12);
      for (const rec of reports) await create(fra, rec, 'FRA');
      const results = await Promise.all(reports.map((rec, i) => upload(fra, rec, pdf(45 * KB, `race ${i}`), 'race.pdf', 'FRA')));
      const statuses = results.map((r) => r.status).sort();
      // 200 KB per State: four files of 45 KB fit, a fifth would not.
      expect(statuses).toEqual([201, 201, 201, 201, 413, 413, 413, 413]);
      expect(results.find((r) => r.status === 413)!.body).toMatchObject({ code: 'EVIDENCE_QUOTA_EXCEEDED', quota: 'state', limitBytes: 200 * KB });
      const { rows } = await db.query(`SELECT sum(f.size)::int AS bytes FROM evidence_files f JOIN implementation_reports r ON r.id = f.report_id WHERE r.state_code = 'FRA'`);
      expect(rows[0].bytes).toBeLessThanOrEqual(200 * KB);
    });
  });

  describe('hole 11 (part): stored names and download headers', () => {
    it('names take the detected type’s extension and lose bidi and control characters; downloads are no-store', async () => {
      const rec = recs[12];
      const report = await create(ken, rec);
      const cases: [string, Buffer, string][] = [
        ['invoice\u202Efdp.exe', pdf(KB), 'invoicefdp.pdf'],
        ['scan\u0085\u200F 2024.PDF', pdf(KB), 'scan 2024.PDF'],
        ['photo.png', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]), 'photo.jpg'],
        ['no extension', pdf(KB), 'no extension.pdf'],
      ];
      const ids: string[] = [];
      for (const [name, bytes, stored] of cases) {
        const res = await upload(ken, rec, bytes, name);
        expect({ name, status: res.status, body: res.status === 201 ? undefined : res.body }).toEqual({ name, status: 201, body: undefined });
        expect({ name, stored: res.body.fileName }).toEqual({ name, stored });
        ids.push(res.body.id);
      }
      const file = await download(ken, report.id, ids[0]).expect(200);
      expect(file.headers['cache-control']).toBe('no-store');
      expect(file.headers['x-content-type-options']).toBe('nosniff');
      expect(file.headers['content-disposition']).toBe(`attachment; filename="evidence-${ids[0]}.pdf"; filename*=UTF-8''invoicefdp.pdf`);
      // eslint-disable-next-line no-control-regex
      expect(file.headers['content-disposition']).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    });
  });
});
