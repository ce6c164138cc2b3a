import { asTestOwnerRole, asTestRuntimeRole, dropTestDatabase } from '#database/testing';
import type { SunkMail } from '../support/smtp-sink.js';
import { sharedMailSink, startBuiltApp, type BuiltApp } from './support/built-app.js';
import { cloneTemplate, scalar, withPg } from './support/db.js';
import { Figures } from './support/figures.js';
import { Api } from './support/http.js';
import { ADMIN, createUser, login, openCycle, type Who } from './support/scenario.js';

/**
 * Issue 20: two API processes on one database, both with workers. Opening a cycle notifies every focal point (200
 * here, one transaction): each mail goes out exactly once; with one process SIGKILLed mid-sending, none is lost and
 * none sent twice except a mail caught between the server's acceptance and its record (same Message-ID, counted); with the mail server refusing for 30 s, every mail arrives after the retries. The reminder
 * schedule (every minute here) fires once per slot across both processes.
 */
const FOCAL_POINTS = 200;
const JOB_ENV = {
  REMINDER_CRON: '* * * * *',
  REMINDER_DAYS: '365',
  JOBS_POLL_SECONDS: '1',
  JOBS_MAINTENANCE_SECONDS: '5',
  MAIL_JOB_EXPIRE_SECONDS: '10',
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_RETRY_LIMIT: '10',
  MAIL_CONCURRENCY: '4',
  LOG_LEVEL: 'info',
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
};

describe('jobs: the mail outbox and the reminder schedule across two processes', () => {
  const figures = new Figures('jobs');
  let url: string;
  let apps: BuiltApp[] = [];
  let api: Api;
  let secretariat: Who;
  let recipients: string[];

  const start = (name: string) =>
    startBuiltApp({ databaseUrl: asTestRuntimeRole(url), env: { ...JOB_ENV, MIGRATION_DATABASE_URL: asTestOwnerRole(url) }, logName: `jobs-${name}`, readyTimeoutMs: 120_000 });

  /** The mails of one cycle's opening, and what the sink made of them. */
  async function openingMails(name: string): Promise<SunkMail[]> {
    const sink = await sharedMailSink();
    return sink.mails.filter((m) => m.subject === `Reporting is open: ${name}` && recipients.includes(m.to[0]));
  }

  async function waitForAll(name: string, timeoutMs: number): Promise<SunkMail[]> {
    const deadline = Date.now() + timeoutMs;
    let mails = await openingMails(name);
    while (new Set(mails.map((m) => m.to[0])).size < FOCAL_POINTS && Date.now() < deadline) {
      await sleep(250);
      mails = await openingMails(name);
    }
    // A little longer: a duplicate would arrive after the last first copy.
    await sleep(3_000);
    return openingMails(name);
  }

  function tally(mails: SunkMail[]) {
    const perRecipient = new Map<string, number>();
    for (const m of mails) perRecipient.set(m.to[0], (perRecipient.get(m.to[0]) ?? 0) + 1);
    return {
      enqueued: FOCAL_POINTS,
      sent: perRecipient.size,
      duplicated: [...perRecipient.values()].reduce((n, c) => n + (c - 1), 0),
      lost: recipients.filter((r) => !perRecipient.has(r)).length,
    };
  }

  beforeAll(async () => {
    url = await cloneTemplate();
    // The focal points are rows (they need no password to be mailed); spread over the States.
    recipients = await withPg(url, async (c) => {
      const { rows } = await c.query<{ email: string }>(
        `INSERT INTO users (email, name, role, state_code, version)
         SELECT 'fp' || g || '.jobs@example.org', 'Focal point ' || g, 'focal_point', s.code, 1
           FROM generate_series(1, $1) g
           JOIN LATERAL (SELECT code FROM states ORDER BY code OFFSET (g % (SELECT count(*) FROM states)) LIMIT 1) s ON true
         RETURNING email`,
        [FOCAL_POINTS],
      );
      return rows.map((r) => r.email);
    });
    apps = await Promise.all([start('a'), start('b')]);
    api = new Api(apps[0].baseUrl);
    const admin = await login(api, ADMIN.email, ADMIN.password);
    secretariat = await createUser(api, admin, { email: 'secretariat.jobs@example.org', role: 'secretariat' });
  });

  afterAll(async () => {
    figures.add('machine', 'shared with other sessions during this run (2 cores): throughput and latency are indicative');
    figures.print();
    await Promise.all(apps.map((a) => a.stop()));
    if (url) await dropTestDatabase(url);
  });

  it('200 notifications from one transaction: each mailed exactly once; enqueue→delivery and worker throughput measured', async () => {
    const name = `Jobs cycle A ${Date.now()}`;
    const opened = Date.now();
    await openCycle(api, secretariat, name);
    const mails = await waitForAll(name, 120_000);
    const t = tally(mails);
    expect(t).toEqual({ enqueued: FOCAL_POINTS, sent: FOCAL_POINTS, duplicated: 0, lost: 0 });
    const times = mails.map((m) => m.at);
    const seconds = (Math.max(...times) - opened) / 1000;
    // Every notification of the batch is marked mailed.
    const unmailed = await withPg(url, (c) => scalar<number>(c, `SELECT count(*)::int FROM notifications WHERE title = $1 AND mailed_at IS NULL`, [`Reporting is open: ${name}`]));
    expect(unmailed).toBe(0);
    const all = await withPg(url, async (c) => (await c.query<{ ms: number }>(`SELECT extract(epoch FROM sent_at - enqueued_at) * 1000 AS ms FROM mail_deliveries`)).rows.map((r) => Number(r.ms)));
    figures.add('A: 200 mails, 2 processes × 4 senders', t);
    figures.add('A: enqueue→delivery p50 / p99 (ms)', `${Math.round(percentile(all, 50))} / ${Math.round(percentile(all, 99))}`);
    figures.add('A: worker throughput (mails/s, open→last mail)', Math.round((FOCAL_POINTS / seconds) * 10) / 10);
  });

  it('SIGKILL one of the two processes mid-sending: no mail lost, none sent twice', async () => {
    const sink = await sharedMailSink();
    // A slow mail server (50 ms before it accepts each recipient), so the kill lands while mails are in flight.
    sink.delayMs = 50;
    try {
      const name = `Jobs cycle B ${Date.now()}`;
      await openCycle(api, secretariat, name);
      while ((await openingMails(name)).length < 40) await sleep(20);
      const victim = apps[1];
      victim.process.kill('SIGKILL');
      const atKill = (await openingMails(name)).length;
      apps = [apps[0]];
      // The killed process's running jobs expire (MAIL_JOB_EXPIRE_SECONDS=10) and are retried by the survivor.
      const mails = await waitForAll(name, 120_000);
      const t = tally(mails);
      figures.add('B: worker killed after', `${atKill} of ${FOCAL_POINTS} mails`);
      figures.add('B: under a SIGKILL (enqueued/sent/duplicated/lost)', t);
      expect({ sent: t.sent, lost: t.lost }).toEqual({ sent: FOCAL_POINTS, lost: 0 });
      // Exactly once holds except in one window no mail system closes: the server accepted the message and the
      // worker died before it could record that (a few ms). Such a copy is re-sent with the same Message-ID (clients
      // show one message); at most the killed process's mails in flight can be in that window.
      const copies = new Map<string, Set<string | undefined>>();
      for (const m of mails) copies.set(m.to[0], (copies.get(m.to[0]) ?? new Set()).add(m.messageId));
      expect([...copies.values()].filter((ids) => ids.size > 1)).toEqual([]);
      expect(t.duplicated).toBeLessThanOrEqual(Number(JOB_ENV.MAIL_CONCURRENCY));
    } finally {
      sink.delayMs = 0;
      // Two processes again for what follows.
      apps.push(await start('b2'));
    }
  });

  it('the mail server refuses for 30 s, then accepts: every mail delivered after the retries, once', async () => {
    const sink = await sharedMailSink();
    const name = `Jobs cycle C ${Date.now()}`;
    sink.refuse = true;
    const refusedAt = Date.now();
    try {
      await openCycle(api, secretariat, name);
      await sleep(30_000);
    } finally {
      sink.refuse = false;
    }
    expect(await openingMails(name)).toHaveLength(0);
    const mails = await waitForAll(name, 180_000);
    const t = tally(mails);
    figures.add('C: refused 30 s (enqueued/sent/duplicated/lost)', t);
    figures.add('C: last mail delivered after (s from the outage start)', Math.round((Math.max(...mails.map((m) => m.at)) - refusedAt) / 100) / 10);
    expect(t).toEqual({ enqueued: FOCAL_POINTS, sent: FOCAL_POINTS, duplicated: 0, lost: 0 });
    // Nothing is left failed.
    expect(await withPg(url, (c) => scalar<number>(c, `SELECT count(*)::int FROM pgboss.job WHERE state = 'failed'`))).toBe(0);
  });

  it('the reminder schedule (every minute here) fired once per minute across the processes, and reminded each focal point once', async () => {
    // By now more than two minutes have passed with two schedulers running.
    const deadline = Date.now() + 90_000;
    let slots: { slot: string; n: number }[] = [];
    while (Date.now() < deadline) {
      slots = await withPg(url, async (c) =>
        (await c.query<{ slot: string; n: number }>(`SELECT date_trunc('minute', created_on)::text AS slot, count(*)::int AS n FROM pgboss.job WHERE name = 'reminders' GROUP BY 1 ORDER BY 1`)).rows,
      );
      if (slots.length >= 2) break;
      await sleep(2_000);
    }
    figures.add('reminders: schedule slots fired / jobs', `${slots.length} / ${slots.reduce((n, s) => n + s.n, 0)}`);
    expect(slots.length).toBeGreaterThanOrEqual(2);
    expect(slots.filter((s) => s.n !== 1)).toEqual([]);
    // The reminders themselves: once per focal point and cycle deadline, however often the schedule fires.
    const dup = await withPg(url, (c) =>
      scalar<number>(c, `SELECT count(*)::int FROM (SELECT user_id, dedupe_key FROM notifications WHERE kind = 'cycle.deadline' GROUP BY 1, 2 HAVING count(*) > 1) d`),
    );
    expect(dup).toBe(0);
    const reminded = await withPg(url, (c) => scalar<number>(c, `SELECT count(DISTINCT user_id)::int FROM notifications WHERE kind = 'cycle.deadline'`));
    expect(reminded).toBeGreaterThanOrEqual(FOCAL_POINTS);
  });
});
