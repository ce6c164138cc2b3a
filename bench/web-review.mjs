// npm run bench:review — the secretariat's review in headless Chromium against the real API, on a scratch database
// with 1,000 submitted reports in the queue: (1) the review queue's first render (navigation → the first page of rows
// and the count shown; median of --runs), target ≤ 1.5 s; (2) a review action's round trip in the page (press "Start
// the review" → the result announced; p95 over --actions reports), target ≤ 150 ms. Needs Debian's Chromium, a built
// app (npm run build) and a PostgreSQL (DATABASE_URL, or 127.0.0.1:5432); its database is created and dropped.
import pg from 'pg';
import { chromium } from 'playwright-core';
import { arg, BENCH_ADMIN, startBenchApi } from './support.mjs';

const runs = Number(arg('runs', 5));
const actions = Number(arg('actions', 30));
const REPORTS = 1000;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `wg4_bench_review_${process.pid}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
let api;
let browser;
const db = new pg.Client({ connectionString: url.toString() });
try {
  api = await startBenchApi(url.toString());
  await db.connect();
  const post = async (path, token, body) => {
    const res = await fetch(`${api.origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body ?? {}) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const adminLogin = await post('/api/auth/login', null, BENCH_ADMIN);
  const officer = { email: 'bench.secretariat@example.org', name: 'Bench Officer', role: 'secretariat', password: 'Amber-Harbour-Lantern-73' };
  await api.inviteUser(adminLogin.accessToken, officer);
  const session = await post('/api/auth/login', null, { email: officer.email, password: officer.password });

  // A cycle over every session with recommendations, opened by the secretariat.
  const { rows: sessions } = await db.query(`SELECT DISTINCT s.number FROM sessions s JOIN recommendations r ON r.session_id = s.id ORDER BY s.number`);
  if (sessions.length === 0) throw new Error('the scratch database has no recommendations (the API seeds the catalogue on start)');
  const day = (d) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
  const cycle = await post('/api/cycles', session.accessToken, { name: 'Bench review cycle', opensOn: day(-30), closesOn: day(30), sessions: sessions.map((s) => s.number) });
  await post(`/api/cycles/${cycle.id}/open`, session.accessToken);

  // 1,000 submitted reports (State × recommendation pairs of the scope), each with its frozen version, written in SQL:
  // through the API this would be 3,000 requests and measure nothing of the queue.
  const t0 = Date.now();
  await db.query(
    `WITH pairs AS (
       SELECT st.code, cr.recommendation_id, row_number() OVER (ORDER BY cr.recommendation_id, st.code) AS n
         FROM cycle_recommendations cr CROSS JOIN (SELECT code FROM states ORDER BY code LIMIT 60) st
        WHERE cr.cycle_id = $1 LIMIT $2),
     reports AS (
       INSERT INTO implementation_reports (cycle_id, state_code, recommendation_id, workflow_state, implementation_status, narrative, measures, evidence,
                                           challenges, assistance_needed, assistance_details, assistance_type, submissions, submitted_at, late, version)
       SELECT $1, code, recommendation_id, 'submitted', 'in_progress', jsonb_build_object('en', 'A national action plan was adopted and is being implemented (' || n || ').'),
              '[{"type":"policy","description":"National action plan"}]'::jsonb, '[]'::jsonb, NULL, false, NULL, NULL, 1, now() - (n || ' minutes')::interval, n % 7 = 0, 2
         FROM pairs RETURNING id, implementation_status, narrative, measures, evidence, submitted_at, late)
     INSERT INTO report_versions (report_id, number, content, late, submitted_at)
     SELECT id, 1, jsonb_build_object('implementationStatus', implementation_status, 'narrative', narrative, 'measures', measures, 'evidence', evidence,
                                      'challenges', NULL, 'assistanceNeeded', false, 'assistanceDetails', NULL, 'assistanceType', NULL, 'files', '[]'::jsonb),
            late, submitted_at FROM reports`,
    [cycle.id, REPORTS],
  );
  const { rows: [{ n }] } = await db.query(`SELECT count(*)::int AS n FROM implementation_reports WHERE workflow_state = 'submitted'`);
  if (n < REPORTS) throw new Error(`only ${n} reports could be made (scope too small)`);
  await db.query('ANALYZE implementation_reports; ANALYZE report_versions');
  console.error(`seeded ${n} submitted reports in ${Date.now() - t0} ms`);

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${api.origin}/sign-in`);
  await page.locator('input[type="email"]').fill(officer.email);
  await page.locator('input[type="password"]').fill(officer.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  await page.waitForLoadState('networkidle');

  // (1) The queue's first render: navigation (the session restored from the cookie) → rows and the count on screen.
  const queueTimes = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    await page.goto(`${api.origin}/review/queue`, { waitUntil: 'commit' });
    await page.locator('[data-testid="review-queue"] tbody tr').first().waitFor();
    await page.getByText(/1,000 reports awaiting review/).waitFor();
    if (i > 0) queueTimes.push(performance.now() - start); // the first warms the caches (chunks, catalogues)
  }
  const rowsShown = await page.evaluate(`document.querySelectorAll('[data-testid="review-queue"] tbody tr').length`);

  // (2) A review action's round trip in the page: the button pressed → the result announced.
  const { rows: ids } = await db.query(`SELECT id FROM implementation_reports WHERE workflow_state = 'submitted' ORDER BY submitted_at LIMIT $1`, [actions]);
  const actionTimes = [];
  const serverTimes = [];
  for (const { id } of ids) {
    await page.goto(`${api.origin}/review/reports/${id}`);
    const button = page.getByRole('button', { name: 'Start the review' });
    await button.waitFor();
    await page.waitForLoadState('networkidle');
    const start = performance.now();
    const answer = page.waitForResponse((r) => r.request().method() === 'POST' && r.url().endsWith(`/api/reports/${id}/review`));
    await button.click();
    await page.getByText('The review has started.').waitFor();
    actionTimes.push(performance.now() - start);
    // The POST's own share: request sent → response received, as the browser timed it.
    const timing = (await answer).request().timing();
    serverTimes.push(timing.responseEnd - timing.requestStart);
  }

  const ms = (x) => `${Math.round(x)} ms`;
  console.log(`\n## Review queue and review action (headless Chromium, real API, ${REPORTS} submitted reports)\n`);
  console.log('| measure | result | target |\n|---|---|---|');
  console.log(`| queue first render (navigation → ${rowsShown} rows of page 1 and the total), median of ${runs} | ${ms(median(queueTimes))} (min ${ms(Math.min(...queueTimes))}, max ${ms(Math.max(...queueTimes))}) | ≤ 1,500 ms ${median(queueTimes) <= 1500 ? '✓' : '✗'} |`);
  console.log(`| review action round trip (start review → result announced), p95 of ${actionTimes.length} | ${ms(p95(actionTimes))} (median ${ms(median(actionTimes))}) | ≤ 150 ms ${p95(actionTimes) <= 150 ? '✓' : '✗'} |`);
  console.log(`| … of which the POST (request sent → answer received), p50 / p95 | ${ms(median(serverTimes))} / ${ms(p95(serverTimes))} | — |`);
} finally {
  await browser?.close();
  await db.end().catch(() => undefined);
  await api?.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
