// npm run bench:web — the web app's JavaScript budget and how fast the first page appears, in headless Chromium
// against the real API: the bytes (gzip, as a compressing proxy would send them) loaded for the sign-in page and for
// a focal point's home, each lazy chunk's size, and the time from navigation to the rendered home page (median of
// --runs reloads, the session restored from the cookie each time). Needs Debian's Chromium and a PostgreSQL
// (DATABASE_URL, or the machine's 127.0.0.1:5432); a database of its own is created and dropped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { arg, BENCH_ADMIN, repo, startBenchApi } from './support.mjs';

const runs = Number(arg('runs', 7));
const BUDGET_KB = 200;
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `wg4_bench_web_${process.pid}`;
const dist = path.join(repo, 'apps/web/dist');
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
let api;
let browser;
try {
  api = await startBenchApi(url.toString());
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });

  // A focal point, invited and with a password (through the mail, as in real life).
  const login = await (await fetch(`${api.origin}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) })).json();
  const focal = { email: 'bench.focal@example.org', name: 'Bench Focal Point', role: 'focal_point', stateCode: 'KEN', password: 'Amber-Harbour-Lantern-73' };
  await api.inviteUser(login.accessToken, focal);

  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts = new Set();
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.pathname.startsWith('/assets/') && /\.(js|css)$/.test(u.pathname)) scripts.add(u.pathname);
  });
  const loaded = (kind) => [...scripts].filter((p) => p.endsWith(kind)).reduce((sum, p) => sum + gz(path.join(dist, p)), 0);

  await page.goto(`${api.origin}/sign-in`);
  await page.locator('input[type="email"]').waitFor();
  await page.waitForLoadState('networkidle');
  const signInJs = loaded('.js');
  const signInCss = loaded('.css');

  await page.locator('input[type="email"]').fill(focal.email);
  await page.locator('input[type="password"]').fill(focal.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
  const homeJs = loaded('.js');
  const homeCss = loaded('.css');

  // Navigation → the home page's heading rendered, the session restored from the refresh cookie each time.
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await page.goto(`${api.origin}/`, { waitUntil: 'commit' });
    await page.getByRole('heading', { level: 1, name: /Bench Focal Point/ }).waitFor();
    times.push(performance.now() - t0);
  }
  const paint = await page.evaluate(`JSON.stringify(performance.getEntriesByType('paint').map((p) => [p.name, Math.round(p.startTime)]))`);

  const chunks = readdirSync(path.join(dist, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ file: f, raw: statSync(path.join(dist, 'assets', f)).size, gzip: gz(path.join(dist, 'assets', f)) }))
    .sort((a, b) => b.gzip - a.gzip);

  console.log('\n## Web app: JavaScript loaded (gzip -9) and first render (headless Chromium, real API)\n');
  console.log('| page | JS (gzip) | CSS (gzip) | budget (JS) |\n|---|---|---|---|');
  console.log(`| sign-in | ${kb(signInJs)} kB | ${kb(signInCss)} kB | ${signInJs / 1024 <= BUDGET_KB ? 'within' : 'OVER'} ${BUDGET_KB} kB |`);
  console.log(`| focal point's home (after sign-in, cumulative) | ${kb(homeJs)} kB | ${kb(homeCss)} kB | ${homeJs / 1024 <= BUDGET_KB ? 'within' : 'OVER'} ${BUDGET_KB} kB |`);
  console.log(`\nnavigation → home rendered (session from the cookie), median of ${runs}: ${Math.round(median(times))} ms (min ${Math.round(Math.min(...times))}, max ${Math.round(Math.max(...times))}); paint entries of the last: ${paint}`);
  console.log(`\nAll ${chunks.length} chunks, total ${kb(chunks.reduce((s, c) => s + c.gzip, 0))} kB gzip; the largest:`);
  console.log('| chunk | raw | gzip |\n|---|---|---|');
  for (const c of chunks.slice(0, 12)) console.log(`| ${c.file} | ${kb(c.raw)} kB | ${kb(c.gzip)} kB |`);
} finally {
  await browser?.close();
  await api?.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
