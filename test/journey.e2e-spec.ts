import type { AddressInfo } from 'node:net';
import createClient, { type Client } from 'openapi-fetch';
import type { paths } from '#contracts';
import { linkToken } from './support/smtp-sink.js';
import { ADMIN, startTestApp, type TestApp } from './support/test-app.js';

/**
 * A whole reporting journey as a new client would write it: openapi-fetch over the generated types
 * (libs/contracts/src/openapi.ts) and nothing else — no hand-written request or response type, no cast. A route or a
 * DTO whose document says something the server does not accept fails here (as a type error or as an answer).
 */
/** Answers read as JSON or problem+json; files (CSV, evidence) are asked for with parseAs text or blob. */
type Json = `${string}/${string}json`;
type Api = Client<paths, Json>;

const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const PASSWORD = 'Correct-Horse-Battery-42';

describe('a reporting journey through the generated client', () => {
  let t: TestApp;
  let baseUrl: string;
  let anonymous: Api;
  const as = (accessToken: string): Api => createClient<paths, Json>({ baseUrl, headers: { Authorization: `Bearer ${accessToken}` } });

  beforeAll(async () => {
    t = await startTestApp();
    // openapi-fetch speaks fetch: the same app, listening on a free loopback port.
    await t.app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    anonymous = createClient<paths, Json>({ baseUrl });
  });
  afterAll(async () => {
    await t?.close();
  });

  async function signIn(email: string, password: string): Promise<Api> {
    const { data, response } = await anonymous.POST('/api/auth/login', { body: { email, password } });
    expect(response.status).toBe(200);
    if (!data || !('accessToken' in data)) throw new Error(`no tokens for ${email}: ${response.status}`);
    return as(data.accessToken);
  }

  /** The admin invites; the person opens the mailed link and sets a password; then signs in. */
  async function invite(admin: Api, body: { email: string; name: string; role: 'secretariat' | 'focal_point'; stateCode?: string }): Promise<Api> {
    const created = await admin.POST('/api/users', { body });
    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ email: body.email, role: body.role });
    const mail = await t.mail.waitFor(body.email, /invited/);
    const set = await anonymous.POST('/api/auth/set-password', { body: { token: linkToken(mail), password: PASSWORD } });
    expect(set.response.status).toBe(200);
    return signIn(body.email, PASSWORD);
  }

  it('signs in, plans a cycle, saves with If-Match, attaches evidence, submits, reviews, sums up and exports', async () => {
    const admin = await signIn(ADMIN.email, ADMIN.password);
    const me = await admin.GET('/api/auth/me');
    expect(me.data?.role).toBe('admin');
    const sec = await invite(admin, { email: 'journey.sec@example.org', name: 'Journey Secretariat', role: 'secretariat' });
    const ken = await invite(admin, { email: 'journey.ken@example.org', name: 'Journey Kenya', role: 'focal_point', stateCode: 'KEN' });

    // The secretariat plans a cycle over session 4 and opens it.
    const cycle = await sec.POST('/api/cycles', { body: { name: 'Journey cycle', opensOn: daysFromNow(-1), closesOn: daysFromNow(30), sessions: [4] } });
    expect(cycle.response.status).toBe(201);
    if (!cycle.data) throw new Error('no cycle');
    const id = cycle.data.id;
    expect((await sec.POST('/api/cycles/{id}/open', { params: { path: { id } } })).data?.status).toBe('open');

    // The focal point's questionnaire (a page of rows, each saying what the recommendation says and in which language);
    // the first row is the one this journey answers.
    const rows = await ken.GET('/api/cycles/{id}/states/{code}/reports', { params: { path: { id, code: 'KEN' }, query: { lang: 'en' } } });
    expect(rows.data).toMatchObject({ page: 1, total: expect.any(Number) });
    const row = rows.data?.items[0];
    if (!row) throw new Error('empty questionnaire');
    // The seeded catalogue is the Chinese edition: asked for English, the row says its text is the source, Chinese.
    expect(row).toMatchObject({ workflowState: 'not_started', textLanguage: 'zh', session: 4, fileCount: 0, text: expect.any(String) });
    const recommendationId = row.recommendationId;
    const report = { params: { path: { id, code: 'KEN', recommendationId } } };

    // Not saved yet: an empty draft, without an ETag.
    const blank = await ken.GET('/api/cycles/{id}/states/{code}/reports/{recommendationId}', report);
    expect(blank.response.status).toBe(200);
    expect(blank.response.headers.get('ETag')).toBeNull();
    expect(blank.data).toMatchObject({ workflowState: 'not_started', id: null, version: null, files: [] });

    // First save: 201 with an ETag; every content field in the types is one the server accepts.
    const first = await ken.PUT('/api/cycles/{id}/states/{code}/reports/{recommendationId}', {
      ...report,
      body: {
        implementationStatus: 'in_progress',
        narrative: { en: 'A national action plan was adopted in 2025.' },
        measures: [{ type: 'legislation', description: 'Amended the penal code' }],
        evidence: [{ title: 'National action plan', url: 'https://www.example.gov/nap.pdf' }],
        challenges: 'Data collection across agencies',
        assistanceNeeded: true,
        assistanceDetails: 'Training for labour inspectors',
        assistanceType: 'training',
      },
    });
    expect(first.response.status).toBe(201);
    expect(first.data).toMatchObject({ workflowState: 'draft', challenges: 'Data collection across agencies', assistanceDetails: 'Training for labour inspectors' });
    const etag = first.response.headers.get('ETag');
    if (!etag) throw new Error('first save sent no ETag');

    // A second save without If-Match is refused (428); with it, it goes through and the ETag moves on.
    const blind = await ken.PUT('/api/cycles/{id}/states/{code}/reports/{recommendationId}', { ...report, body: { implementationStatus: 'partially_implemented' } });
    expect(blind.response.status).toBe(428);
    expect(blind.error?.code).toBe('PRECONDITION_REQUIRED');
    const second = await ken.PUT('/api/cycles/{id}/states/{code}/reports/{recommendationId}', {
      params: { ...report.params, header: { 'If-Match': etag } },
      body: { implementationStatus: 'partially_implemented' },
    });
    expect(second.response.status).toBe(200);
    expect(second.data?.implementationStatus).toBe('partially_implemented');
    expect(second.response.headers.get('ETag')).not.toBe(etag);
    const stale = await ken.PUT('/api/cycles/{id}/states/{code}/reports/{recommendationId}', {
      params: { ...report.params, header: { 'If-Match': etag } },
      body: { implementationStatus: 'planned' },
    });
    expect(stale.response.status).toBe(412);
    expect(stale.error?.code).toBe('PRECONDITION_FAILED');

    // Evidence: a multipart upload of a PDF (the types say the file is a Blob).
    const pdf = new Blob([`%PDF-1.7\n${' '.repeat(2048)}\n%%EOF\n`], { type: 'application/pdf' });
    const upload = await ken.POST('/api/cycles/{id}/states/{code}/reports/{recommendationId}/evidence', {
      ...report,
      body: { file: pdf },
      bodySerializer: (body) => {
        const form = new FormData();
        form.append('file', body.file, 'national-action-plan.pdf');
        return form;
      },
    });
    expect(upload.response.status).toBe(201);
    expect(upload.data).toMatchObject({ fileName: 'national-action-plan.pdf', contentType: 'application/pdf' });
    const fileId = upload.data?.id;
    if (!fileId) throw new Error('no evidence id');

    // The upload's answer carries the report it changed: its new ETag and its files.
    const uploadEtag = upload.response.headers.get('ETag');
    expect(uploadEtag).toBe(`"v${upload.data?.report.version}"`);
    expect(uploadEtag).not.toBe(second.response.headers.get('ETag'));
    expect(upload.data?.report.files.map((f) => f.id)).toEqual([fileId]);
    const reportId = upload.data?.report.id;
    if (!reportId) throw new Error('no report id');

    // Submit answers with the new ETag and the files (no re-read needed).
    const submitted = await ken.POST('/api/cycles/{id}/states/{code}/reports/{recommendationId}/submit', report);
    expect(submitted.response.status).toBe(200);
    expect(submitted.data).toMatchObject({ workflowState: 'submitted', submissions: 1 });
    expect(submitted.response.headers.get('ETag')).toBe(`"v${submitted.data?.version}"`);
    expect(submitted.response.headers.get('ETag')).not.toBe(uploadEtag);
    expect(submitted.data?.files.map((f) => f.id)).toEqual([fileId]);

    // The secretariat finds it in the review queue, starts the review and accepts it.
    const queue = await sec.GET('/api/review-queue', { params: { query: { cycle: id, state: 'KEN' } } });
    const queued = queue.data?.items.find((r) => r.id === reportId);
    expect(queued).toMatchObject({ reference: row.reference, text: row.text, textLanguage: 'zh', session: 4, fileCount: 1 });
    expect(queued?.files.map((f) => f.id)).toEqual([fileId]);
    const started = await sec.POST('/api/reports/{id}/review', { params: { path: { id: reportId } }, body: { decision: 'start_review' } });
    expect(started.data?.workflowState).toBe('under_review');
    expect(started.response.headers.get('ETag')).toBe(`"v${started.data?.version}"`);
    const accepted = await sec.POST('/api/reports/{id}/review', {
      params: { path: { id: reportId } },
      body: { decision: 'accept', comment: 'Thank you', assessment: { status: 'partially_implemented', note: 'Consistent with the plan' } },
    });
    expect(accepted.response.status).toBe(200);
    expect(accepted.data).toMatchObject({ workflowState: 'accepted', secretariatAssessment: { status: 'partially_implemented', note: 'Consistent with the plan' } });
    expect(accepted.response.headers.get('ETag')).toBe(`"v${accepted.data?.version}"`);
    expect(accepted.data?.files.map((f) => f.id)).toEqual([fileId]);

    // The cycle's overview counts the accepted answer; the CSV export carries the same figures.
    const overview = await sec.GET('/api/summaries/cycles/{id}', { params: { path: { id } } });
    expect(overview.response.status).toBe(200);
    expect(overview.data?.cycle.id).toBe(id);
    expect(overview.data?.statusDistribution?.partially_implemented).toBe(1);
    const csv = await sec.GET('/api/summaries/cycles/{id}', { params: { path: { id }, query: { format: 'csv' } }, parseAs: 'text' });
    expect(csv.response.status).toBe(200);
    expect(csv.response.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(csv.response.headers.get('Content-Disposition')).toMatch(/^attachment/);
    expect(csv.data).toContain('Partially implemented');
    expect(csv.data).toMatch(/^4,[\d-]+,\d+,1,/m); // session 4: one report counted

    // The evidence file comes back as it went in.
    const file = await sec.GET('/api/reports/{id}/evidence/{fileId}', { params: { path: { id: reportId, fileId } }, parseAs: 'blob' });
    expect(file.response.status).toBe(200);
    expect(file.data?.size).toBe(pdf.size);
  });
});
