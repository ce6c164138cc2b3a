// npm run bench:questionnaire — the focal point's questionnaire page in headless Chromium against the built app and
// the real API, on a database whose open cycle has 1,000 recommendations in scope for one State (the deterministic
// generator of bench/dataset.mjs: --states 1 --recommendations 1000 --cycles 2, so the State has a closed cycle and
// an open one, with reports in the generator's workflow mix). Prints the time from navigation to the rendered
// questionnaire (its count line and first rows; median of --runs, each a full page load with the session restored
// from the cookie), the same for a client-side navigation from the home page, and the JavaScript (gzip -9) the page
// loads beyond the first page. Target: first render ≤ 1.5 s. Needs Debian's Chromium and a PostgreSQL (DATABASE_URL,
// or an embedded one); the database is kept for the next run (BENCH_DB_SUFFIX to keep sessions apart).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { prepareBenchDatabase } from './dataset.mjs';
import { arg, BENCH_ADMIN, repo, startBenchApi } from './support.mjs';

const runs = Number(arg('runs', 7));
const TARGET_MS = 1500;
const dist = path.join(repo, 'apps/web/dist');
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const db = await prepareBenchDatabase({ states: 1, recommendations: 1000, cycles: 2 });
const client = new pg.Client({ connectionString: db.databaseUrl });
await client.connect();
const [{ code }] = (await client.query(`SELECT code FROM states ORDER BY code LIMIT 1`)).rows;
const [cycle] = (await client.query(`SELECT c.id, c.name, (SELECT count(*)::int FROM cycle_recommendations cr WHERE cr.cycle_id = c.id) AS scope
                                       FROM reporting_cycles c WHERE c.status = 'open' AND c.name LIKE 'Bench cycle %' ORDER BY c.opens_on DESC LIMIT 1`)).rows;
await client.end();

let api;
let browser;
try {
  api = await startBenchApi(db.databaseUrl);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const login = await (await fetch(`${api.origin}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) })).json();
  const focal = { email: `bench.questionnaire.${code.toLowerCase()}@example.org`, name: 'Bench Questionnaire', role: 'focal_point', stateCode: code, password: 'Amber-Harbour-Lantern-73' };
  await api.inviteUser(login.accessToken, focal);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/assets/') && u.pathname.endsWith('.js')) scripts.add(u.pathname);
  });
  const loadedJs = () => [...scripts].reduce((sum, p) => sum + gz(path.join(dist, p)), 0);

  await page.goto(`${api.origin}/sign-in`);
  await page.locator('input[type="email"]').fill(focal.email);
  await page.locator('input[type="password"]').fill(focal.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  const homeJs = loadedJs();
  const homeScripts = new Set(scripts);

  const url = `${api.origin}/workspace/cycles/${cycle.id}`;
  const rendered = async () => {
    await page.getByRole('status').filter({ hasText: `of ${cycle.scope.toLocaleString('en')} recommendations` }).waitFor({ timeout: 30_000 });
    await page.locator('[data-row]').first().waitFor();
  };
  // Warm-up: the chunks into the browser's cache (hashed assets are immutable), as for a returning person.
  await page.goto(url);
  await rendered();
  await page.waitForLoadState('networkidle');
  const pageChunks = [...scripts].filter((p) => !homeScripts.has(p));
  const pageJs = loadedJs() - homeJs;
  const domRows = await page.locator('[data-row]').count();

  // Full page loads: navigation → the questionnaire's rows rendered.
  const loads = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await rendered();
    loads.push(performance.now() - t0);
  }
  // In-app navigations: from the home page, the list query not yet cached (a fresh query client each page load),
  // the ETag kept in the page's memory is gone with it too, so each is a full fetch of the 1,000 rows.
  const clicks = [];
  for (let i = 0; i < runs; i++) {
    await page.goto(`${api.origin}/workspace`);
    await page.getByRole('link', { name: 'Open the questionnaire' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    const t0 = performance.now();
    await page.goto(url);
    await rendered();
    clicks.push(performance.now() - t0);
  }
  // Scrolling the 1,000 rows: frames longer than 50 ms while scrolling to the end.
  const scroll = await page.evaluate(`(async () => {
    const frames = [];
    let last = performance.now();
    const end = performance.now() + 4000;
    while (performance.now() < end && window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2) {
      window.scrollBy(0, 600);
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    frames.sort((a, b) => a - b);
    return { frames: frames.length, p95: frames[Math.floor(frames.length * 0.95)] ?? 0, long: frames.filter((f) => f > 50).length, rows: document.querySelectorAll('[data-row]').length };
  })()`);

  const fmt = (xs) => `median **${Math.round(median(xs))} ms** (${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms over ${xs.length})`;
  console.log(`\n## Questionnaire: ${cycle.scope} recommendations in scope for ${code} (headless Chromium, real API, NODE_ENV=production)\n`);
  console.log(`- first render after navigation (full page load, session from the cookie): ${fmt(loads)} — target ≤ ${TARGET_MS} ms: ${median(loads) <= TARGET_MS ? 'met' : 'NOT met'}`);
  console.log(`- first render after navigating from the home page: ${fmt(clicks)}`);
  console.log(`- rows in the document at once (virtualised): ${domRows} of ${cycle.scope}; scrolling to the end: ${scroll.frames} frames, p95 ${Math.round(scroll.p95)} ms, ${scroll.long} longer than 50 ms`);
  console.log(`- JavaScript of the first page (sign-in + home): ${kb(homeJs)} kB gzip; the questionnaire's own chunks: ${kb(pageJs)} kB gzip`);
  console.log('\n| chunk | gzip |\n|---|---|');
  for (const p of pageChunks.sort()) console.log(`| ${path.basename(p)} | ${kb(gz(path.join(dist, p)))} kB |`);
} finally {
  await browser?.close();
  await api?.stop();
  await db.stop();
}
