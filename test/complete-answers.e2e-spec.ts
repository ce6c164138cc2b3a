import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

/** Issue 14 item 4: every answer complete — ETags by one interceptor, reports with their files, rows with context. */

type Schema = { $ref?: string; type?: string; properties?: Record<string, Schema>; allOf?: Schema[]; items?: Schema };
type Operation = { operationId?: string; responses?: Record<string, { headers?: Record<string, unknown>; content?: Record<string, { schema?: Schema }> }> };
type Doc = { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const pdf = Buffer.from(`%PDF-1.7\n${' '.repeat(2048)}\n%%EOF\n`);
const METHODS = ['get', 'put', 'post', 'patch', 'delete'];

describe('complete answers', () => {
  let t: TestApp;
  let admin: Session;
  let sec: Session;
  let ken: Session;
  let doc: Doc;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec.answers@example.org', role: 'secretariat' });
    ken = await createUserAndLogin(t.http, admin, { email: 'fp.answers@example.org', role: 'focal_point', stateCode: 'KEN' });
    doc = (await t.http.get('/api/docs-json').expect(200)).body;
  });
  afterAll(async () => {
    await t.close();
  });

  const resolve = (s: Schema | undefined): Schema | undefined => (s?.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()!]) : s);
  const properties = (s: Schema | undefined): Record<string, Schema> => {
    const r = resolve(s);
    return { ...(r?.properties ?? {}), ...Object.assign({}, ...(r?.allOf ?? []).map(properties)) };
  };
  /** Every 2xx JSON answer of the document, with the operation it belongs to. */
  const successes = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => METHODS.includes(method))
        .flatMap(([method, op]) =>
          Object.entries(op.responses ?? {})
            .filter(([status]) => /^2\d\d$/.test(status))
            .map(([status, response]) => ({ route: `${method.toUpperCase()} ${path} ${status}`, response, schema: response.content?.['application/json']?.schema })),
        ),
    );

  describe('the OpenAPI document', () => {
    it('documents the ETag header on every answer that is a versioned resource (or carries the report it changed)', () => {
      const versioned = successes().filter(({ schema }) => 'version' in properties(schema) || 'version' in properties(properties(schema).report));
      expect(versioned.map((v) => v.route)).toEqual(
        expect.arrayContaining([
          'GET /api/cycles/{id}/states/{code}/reports/{recommendationId} 200',
          'PUT /api/cycles/{id}/states/{code}/reports/{recommendationId} 200',
          'POST /api/cycles/{id}/states/{code}/reports/{recommendationId}/submit 200',
          'POST /api/cycles/{id}/states/{code}/reports/{recommendationId}/withdraw 200',
          'POST /api/reports/{id}/review 200',
          'POST /api/cycles/{id}/states/{code}/reports/{recommendationId}/evidence 201',
          'PATCH /api/recommendations/{id} 200',
        ]),
      );
      expect(versioned.filter(({ response }) => !response.headers?.ETag).map((v) => v.route)).toEqual([]);
    });

    it('answers every list in the paged shape: no 2xx JSON answer is a bare array', () => {
      const bare = successes().filter(({ schema }) => resolve(schema)?.type === 'array');
      expect(bare.map((b) => b.route)).toEqual([]);
      const paged = successes().filter(({ schema }) => 'items' in properties(schema) && 'total' in properties(schema));
      expect(paged.map((p) => p.route)).toEqual(
        expect.arrayContaining(['GET /api/sessions 200', 'GET /api/auth/sessions 200', 'GET /api/themes 200', 'GET /api/cycles 200', 'GET /api/cycles/{id}/states/{code}/reports 200']),
      );
      for (const p of paged) expect(Object.keys(properties(p.schema)).sort()).toEqual(['items', 'limit', 'page', 'total']);
    });
  });

  describe('the answers', () => {
    let cycleId: string;
    let rows: Record<string, unknown>[];
    const path = (rec: string) => `/api/cycles/${cycleId}/states/KEN/reports/${rec}`;

    beforeAll(async () => {
      cycleId = (await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'answers', opensOn: daysFromNow(-1), closesOn: daysFromNow(30), sessions: [4, 9] }).expect(201)).body.id;
      await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
      rows = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports?lang=en`).set(bearer(ken)).expect(200)).body.items;
    });

    it('lists the questionnaire as a page of rows that say what each recommendation is', async () => {
      const page = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports?page=2&limit=5`).set(bearer(ken)).expect(200)).body;
      expect(page).toMatchObject({ page: 2, limit: 5, total: expect.any(Number) });
      expect(page.items).toHaveLength(5);
      expect(page.items[0].recommendationId).toBe((rows[5] as { recommendationId: string }).recommendationId);
      // The seeded catalogue is the Chinese edition: asked for English, a row falls back to its source language.
      expect(rows[0]).toMatchObject({
        reference: expect.stringContaining('WG.4'),
        text: expect.stringMatching(/[\u4e00-\u9fff]/),
        textLanguage: 'zh',
        session: 4,
        workflowState: 'not_started',
        lastReturnComment: null,
        fileCount: 0,
      });
      expect(rows[0]).toHaveProperty('section');
      // A sub-item names its parent's opening words; a top-level paragraph has none.
      const sub = rows.find((r) => r.parentOpening !== null);
      expect(sub?.reference).toMatch(/\d+\(.+\)$/); // e.g. "…, para. 51(a)"
      expect(String(sub?.parentOpening).length).toBeGreaterThan(0);
      expect(rows.find((r) => r.parentOpening === null)).toBeDefined();
      // Session 9 was adopted in Chinese only: asked for English, the row says it is Chinese.
      const zh = rows.find((r) => r.session === 9);
      expect(zh).toMatchObject({ textLanguage: 'zh', text: expect.stringMatching(/[\u4e00-\u9fff]/) });
      // With an English translation: the asked language, else English.
      const recId = rows[0].recommendationId as string;
      const got = await t.http.get(`/api/recommendations/${recId}`).set(bearer(sec)).expect(200);
      await t.http.patch(`/api/recommendations/${recId}`).set(bearer(sec)).set('If-Match', got.headers.etag).send({ text: { en: 'States parties should encourage the collection of data.' } }).expect(200);
      const first = async (lang?: string) =>
        (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports?limit=1${lang ? `&lang=${lang}` : ''}`).set(bearer(ken)).expect(200)).body.items[0];
      expect(await first('zh')).toMatchObject({ textLanguage: 'zh', text: rows[0].text });
      expect(await first('en')).toMatchObject({ textLanguage: 'en', text: 'States parties should encourage the collection of data.' });
      expect(await first('fr')).toMatchObject({ textLanguage: 'en' });
      expect(await first()).toMatchObject({ textLanguage: 'en' });
      await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports?lang=xx`).set(bearer(ken)).expect(400);
    });

    it('answers a report not saved yet with an empty draft: 200, "not_started", no ETag', async () => {
      const rec = rows[1].recommendationId as string;
      const res = await t.http.get(path(rec)).set(bearer(ken)).expect(200);
      expect(res.headers.etag).toBeUndefined();
      expect(res.body).toMatchObject({ id: null, recommendationId: rec, stateCode: 'KEN', workflowState: 'not_started', version: null, implementationStatus: null, files: [], narrative: {} });
      // Out of scope stays a 404.
      await t.http.get(path('00000000-0000-4000-8000-000000000000')).set(bearer(ken)).expect(404);
    });

    it('sends the ETag and the files with every answer that changes a report', async () => {
      const rec = rows[0].recommendationId as string;
      const saved = await t.http.put(path(rec)).set(bearer(ken)).send({ implementationStatus: 'in_progress', narrative: { en: 'A plan.' } }).expect(201);
      expect(saved.headers.etag).toBe('"v1"');
      const upload = await t.http.post(`${path(rec)}/evidence`).set(bearer(ken)).attach('file', pdf, 'plan.pdf').expect(201);
      expect(upload.headers.etag).toBe(`"v${upload.body.report.version}"`);
      expect(upload.headers.etag).toBe('"v2"');
      expect(upload.body.report.files.map((f: { id: string }) => f.id)).toEqual([upload.body.id]);
      const files = [upload.body.id];
      const ids = (body: { files: { id: string }[] }) => body.files.map((f) => f.id);

      const submitted = await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);
      expect(submitted.headers.etag).toBe(`"v${submitted.body.version}"`);
      expect(ids(submitted.body)).toEqual(files);
      const withdrawn = await t.http.post(`${path(rec)}/withdraw`).set(bearer(ken)).expect(200);
      expect(withdrawn.headers.etag).toBe(`"v${withdrawn.body.version}"`);
      expect(ids(withdrawn.body)).toEqual(files);
      // The ETag of an answer is the one If-Match expects.
      const edited = await t.http.put(path(rec)).set(bearer(ken)).set('If-Match', withdrawn.headers.etag).send({ challenges: 'Funding' }).expect(200);
      expect(edited.headers.etag).toBe(`"v${withdrawn.body.version + 1}"`);
      await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);

      const reportId = submitted.body.id;
      const queue = (await t.http.get(`/api/review-queue?cycle=${cycleId}&lang=zh`).set(bearer(sec)).expect(200)).body;
      const queued = queue.items.find((q: { id: string }) => q.id === reportId);
      expect(queued).toMatchObject({ reference: rows[0].reference, text: rows[0].text, textLanguage: 'zh', session: 4, fileCount: 1, workflowState: 'submitted' });
      expect(queued).toHaveProperty('section');
      expect(queued).toHaveProperty('parentOpening', null);
      expect(ids(queued)).toEqual(files);

      const returned = await t.http.post(`/api/reports/${reportId}/review`).set(bearer(sec)).send({ decision: 'return', comment: 'Please cite the decree.' }).expect(200);
      expect(returned.headers.etag).toBe(`"v${returned.body.version}"`);
      expect(ids(returned.body)).toEqual(files);
      expect(returned.body.lastReturnComment).toBe('Please cite the decree.');

      // The State sees the comment on the report and on its questionnaire row, also after it edits the draft again.
      const mine = await t.http.get(path(rec)).set(bearer(ken)).expect(200);
      expect(mine.headers.etag).toBe(returned.headers.etag);
      expect(mine.body).toMatchObject({ workflowState: 'returned', lastReturnComment: 'Please cite the decree.' });
      await t.http.put(path(rec)).set(bearer(ken)).set('If-Match', mine.headers.etag).send({ challenges: 'Decree cited' }).expect(200);
      const row = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items.find((r: { recommendationId: string }) => r.recommendationId === rec);
      expect(row).toMatchObject({ workflowState: 'draft', lastReturnComment: 'Please cite the decree.', fileCount: 1 });
      // Resubmitted: the comment was about the previous submission.
      const again = await t.http.post(`${path(rec)}/submit`).set(bearer(ken)).expect(200);
      expect(again.body.lastReturnComment).toBeNull();
    });

    it('no ETag on an error answer', async () => {
      const rec = rows[0].recommendationId as string;
      const stale = await t.http.put(path(rec)).set(bearer(ken)).set('If-Match', '"v1"').send({ challenges: 'x' });
      expect(stale.status).toBeGreaterThanOrEqual(400);
      expect(stale.headers.etag).toBeUndefined();
    });
  });

  it('sends the ETag of a recommendation edit from the interceptor', async () => {
    const [rec] = (await t.http.get('/api/recommendations?session=4&limit=1').set(bearer(sec)).expect(200)).body.items;
    const got = await t.http.get(`/api/recommendations/${rec.id}`).set(bearer(sec)).expect(200);
    expect(got.headers.etag).toBe(`"v${got.body.version}"`);
    const patched = await t.http.patch(`/api/recommendations/${rec.id}`).set(bearer(sec)).set('If-Match', got.headers.etag).send({ modality: 'requested' }).expect(200);
    expect(patched.headers.etag).toBe(`"v${got.body.version + 1}"`);
  });

  it('/auth/me says what the user may do, their State, language and two-factor status', async () => {
    const me = (await t.http.get('/api/auth/me').set(bearer(ken)).expect(200)).body;
    expect(me).toMatchObject({ role: 'focal_point', stateCode: 'KEN', language: expect.any(String), mfaEnabled: false });
    expect(me.permissions).toEqual(expect.arrayContaining(['reports:read', 'reports:write']));
    expect(me.permissions).not.toContain('reports:review');
    const secMe = (await t.http.get('/api/auth/me').set(bearer(sec)).expect(200)).body;
    expect(secMe).toMatchObject({ stateCode: null });
    expect(secMe.permissions).toContain('reports:review');
  });

  it('pages the short lists too: meetings, themes, cycles and one’s sign-in sessions', async () => {
    for (const url of ['/api/sessions', '/api/themes', '/api/cycles', '/api/auth/sessions']) {
      const body = (await t.http.get(url).set(bearer(sec)).expect(200)).body;
      expect(body).toEqual({ items: expect.any(Array), total: expect.any(Number), page: 1, limit: 20 });
    }
    const second = (await t.http.get('/api/sessions?page=2&limit=3').set(bearer(sec)).expect(200)).body;
    expect(second).toMatchObject({ page: 2, limit: 3 });
    const all = (await t.http.get('/api/sessions?limit=100').set(bearer(sec)).expect(200)).body.items;
    expect(second.items).toEqual(all.slice(3, 6));
    await t.http.get('/api/sessions?limit=1000').set(bearer(sec)).expect(400);
  });
});
