import { ADMIN, bearer, login, startTestApp, type Session, type TestApp } from './support/test-app.js';
import { linkToken } from './support/smtp-sink.js';

/**
 * The operators' view: liveness and readiness, the Prometheus scrape behind its token, and the failed-jobs list an
 * admin retries from. Mail here has no retries (MAIL_RETRY_LIMIT=0), so a refused mail fails at once.
 */
const METRICS_TOKEN = 'metrics-token-for-the-e2e-test-0123456789';

describe('operations: health, metrics, failed jobs', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    process.env.MAIL_RETRY_LIMIT = '0';
    process.env.JOBS_POLL_SECONDS = '1';
    process.env.METRICS_TOKEN = METRICS_TOKEN;
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t.close();
    delete process.env.MAIL_RETRY_LIMIT;
    delete process.env.JOBS_POLL_SECONDS;
    delete process.env.METRICS_TOKEN;
  });

  it('live answers without looking at anything; ready checks the database and the job queue', async () => {
    expect((await t.http.get('/api/health/live').expect(200)).body).toEqual({ status: 'ok' });
    const ready = await t.http.get('/api/health/ready').expect(200);
    expect(ready.body.info).toMatchObject({ process: { status: 'up' }, database: { status: 'up' }, jobQueue: { status: 'up', workers: true } });
  });

  it('metrics: refused without the token or with a wrong one; a scrape shows the requests made, by route', async () => {
    const none = await t.http.get('/api/metrics').expect(401);
    expect(none.headers['content-type']).toMatch(/problem\+json/);
    await t.http.get('/api/metrics').set('Authorization', 'Bearer wrong').expect(401);
    await t.http.get('/api/metrics').set(bearer(admin)).expect(401);
    for (let i = 0; i < 3; i++) await t.http.get('/api/states').set(bearer(admin)).expect(200);
    await t.http.get('/api/states/XXX').set(bearer(admin)).expect(404);
    const scrape = await t.http.get('/api/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`).expect(200);
    expect(scrape.headers['content-type']).toMatch(/^text\/plain/);
    const text = scrape.text;
    const count = (route: string, status: string) =>
      Number(new RegExp(`wg4_http_request_duration_seconds_count\\{method="GET",route="${route.replace(/[/:]/g, (c) => `\\${c}`)}",status="${status}"\\} (\\d+)`).exec(text)?.[1] ?? 0);
    expect(count('/api/states', '200')).toBeGreaterThanOrEqual(3);
    expect(count('/api/states/:code', '404')).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/wg4_http_errors_total\{code="STATE_NOT_FOUND",status="404"\} [1-9]/);
    expect(text).toMatch(/wg4_db_pool_connections\{state="max"\} [1-9]/);
    expect(text).toMatch(/wg4_job_queue_depth\{queue="mail"\} \d+/);
    expect(text).toMatch(/wg4_jobs_failed \d+/);
  });

  it('a mail the server refuses fails (no retries here), is listed for admins with its error, and is sent when retried', async () => {
    t.mail.refuse = true;
    try {
      await t.http.post('/api/users').set(bearer(admin)).send({ email: 'refused.mail@example.org', name: 'Refused', role: 'secretariat' }).expect(201);
      let failed: { items: { id: string; queue: string; error: string }[]; total: number } = { items: [], total: 0 };
      for (let i = 0; i < 60 && failed.total === 0; i++) {
        await new Promise((r) => setTimeout(r, 250));
        failed = (await t.http.get('/api/jobs/failed').set(bearer(admin)).expect(200)).body;
      }
      expect(failed.total).toBe(1);
      expect(failed.items[0]).toMatchObject({ queue: 'mail', retryCount: 0 });
      expect(failed.items[0].error).toMatch(/451|try later/i);
      // The job's data (the sealed mail with its link) is never part of the answer.
      expect(JSON.stringify(failed)).not.toMatch(/token=|refused\.mail/);
      t.mail.refuse = false;
      await t.http.post(`/api/jobs/${failed.items[0].id}/retry`).set(bearer(admin)).expect(204);
      const mail = await t.mail.waitFor('refused.mail@example.org', /invited/);
      expect(linkToken(mail)).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect((await t.http.get('/api/jobs/failed').set(bearer(admin)).expect(200)).body.total).toBe(0);
      // Retrying it again: it is no longer a failed job.
      const again = await t.http.post(`/api/jobs/${failed.items[0].id}/retry`).set(bearer(admin)).expect(404);
      expect(again.body).toMatchObject({ code: 'JOB_NOT_FOUND' });
    } finally {
      t.mail.refuse = false;
    }
  });

  it('each mail once: its delivery is recorded, and the notification is marked mailed', async () => {
    const { withClient } = await import('#database');
    const rows = await withClient(t.databaseUrl, async (c) => (await c.query<{ n: number }>('SELECT count(*)::int AS n FROM mail_deliveries')).rows[0].n);
    expect(rows).toBe(t.mail.mails.length);
  });
});
