#!/usr/bin/env node
// npm run bench:dashboard — the secretariat dashboard's first render in headless Chromium against the real API, on the
// deterministic benchmark dataset (bench/dataset.mjs; 200 States × 1,000 recommendations × 5 cycles by default, or the
// sizes given: --states N --recommendations N --cycles N). First render = navigation to /review (the session restored
// from the refresh cookie) → the response-rate figures and the status table rendered with the open cycle's numbers
// (the charts come after, lazily). Median and max of --runs reloads (default 5) after one warm-up; the sizes used are
// printed. Target (issue 17): ≤ 2 s. Needs Debian's Chromium and a PostgreSQL (DATABASE_URL or the embedded one).
import { chromium } from 'playwright-core';
import { datasetOptions, prepareBenchDatabase } from './dataset.mjs';
import { arg, BENCH_ADMIN, startBenchApi } from './support.mjs';

const runs = Number(arg('runs', 5));
const TARGET_MS = 2000;
const options = { ...datasetOptions(arg), reuse: !process.argv.includes('--fresh') };
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const db = await prepareBenchDatabase(options);
if (db.generated) console.error(`dataset generated in ${db.generated.seconds?.toFixed?.(1) ?? '?'} s`);
let api;
let browser;
try {
  api = await startBenchApi(db.databaseUrl);
  const post = async (p, body, token) => {
    const res = await fetch(`${api.origin}/api${p}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json().catch(() => null) };
  };
  const adminToken = (await post('/auth/login', BENCH_ADMIN)).body.accessToken;
  const sec = { email: 'bench-secretariat@wg4.test', password: 'Copper-Meadow-Violin-73' };
  await api.inviteUser(adminToken, { ...sec, name: 'Bench secretariat', role: 'secretariat' });
  const token = (await post('/auth/login', sec)).body.accessToken;
  const cycles = await (await fetch(`${api.origin}/api/cycles?limit=100`, { headers: { authorization: `Bearer ${token}` } })).json();
  const open = cycles.items.find((c) => c.status === 'open') ?? cycles.items[0];
  const overview = await (await fetch(`${api.origin}/api/summaries/cycles/${open.id}`, { headers: { authorization: `Bearer ${token}` } })).json();
  const sizes = await (async () => {
    const pg = (await import('pg')).default;
    const c = new pg.Client({ connectionString: db.databaseUrl });
    await c.connect();
    const row = (await c.query(`SELECT (SELECT count(*) FROM states)::int AS states, (SELECT count(*) FROM recommendations)::int AS recommendations,
                                        (SELECT count(*) FROM reporting_cycles)::int AS cycles, (SELECT count(*) FROM implementation_reports)::int AS reports`)).rows[0];
    await c.end();
    return row;
  })();

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${api.origin}/sign-in`);
  await page.locator('input[type="email"]').fill(sec.email);
  await page.locator('input[type="password"]').fill(sec.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));

  const reporting = String(overview.states.reportingExpected);
  const firstRender = async () => {
    const t0 = performance.now();
    await page.goto(`${api.origin}/review`, { waitUntil: 'commit' });
    await page.locator('[data-testid="statuses"] tbody tr').first().waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="figure-reporting"] > :last-child', { hasText: new Intl.NumberFormat('en').format(Number(reporting)) }).waitFor({ timeout: 60_000 });
    const rendered = performance.now() - t0;
    await page.locator('[data-chart="drawn"] .recharts-wrapper').first().waitFor({ timeout: 60_000 });
    return { rendered, chart: performance.now() - t0 };
  };
  await firstRender(); // warm-up (the API's caches, Chromium's code cache)
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await firstRender());
  const rendered = times.map((t) => t.rendered);
  const charts = times.map((t) => t.chart);
  console.log('\n## Secretariat dashboard: first render (headless Chromium, real API)\n');
  console.log(`dataset: ${sizes.states} States, ${sizes.recommendations} recommendations, ${sizes.cycles} cycles, ${sizes.reports} reports; cycle "${open.name}" (${open.scopeCount} in scope, ${overview.states.expected} expected States)`);
  console.log(`figures rendered: median ${median(rendered).toFixed(0)} ms, max ${Math.max(...rendered).toFixed(0)} ms over ${runs} reloads (target ≤ ${TARGET_MS} ms: ${median(rendered) <= TARGET_MS ? 'met' : 'NOT met'})`);
  console.log(`first chart drawn: median ${median(charts).toFixed(0)} ms, max ${Math.max(...charts).toFixed(0)} ms`);
} finally {
  await browser?.close();
  await api?.stop();
  await db.stop();
}
