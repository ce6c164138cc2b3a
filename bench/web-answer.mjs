// npm run bench:answer — the answer page while autosave runs, in headless Chromium against the real API: a focal point
// types a narrative in bursts (a save fires 1.5 s after each burst, and the next burst starts while it is under way);
// printed are the input delay of every key event (Event Timing: processingStart − startTime, and the event's duration
// up to the next frame; target: no delay over 100 ms) and the save round trips (Resource Timing of each PUT, p50/p95;
// target p95 ≤ 150 ms). Its own small data on a scratch database (one cycle over session 4, one focal point), dropped
// at the end. Needs Debian's Chromium and a PostgreSQL (DATABASE_URL, or the machine's 127.0.0.1:5432).
import pg from 'pg';
import { chromium } from 'playwright-core';
import { arg, BENCH_ADMIN, startBenchApi } from './support.mjs';

const bursts = Number(arg('bursts', 24));
const burstChars = Number(arg('chars', 40));
const keyDelayMs = Number(arg('key-delay', 35));
const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `wg4_bench_answer_${process.pid}`;
const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
let api;
let browser;
try {
  api = await startBenchApi(url.toString());
  const call = async (method, path, token, body) => {
    const res = await fetch(`${api.origin}${path}`, { method, headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: body ? JSON.stringify(body) : undefined });
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const adminToken = (await call('POST', '/api/auth/login', null, BENCH_ADMIN)).accessToken;
  const secretariat = { email: 'bench.secretariat@example.org', name: 'Bench Secretariat', role: 'secretariat', password: 'Copper-Meadow-Violin-58' };
  const focal = { email: 'bench.answer@example.org', name: 'Bench Focal Point', role: 'focal_point', stateCode: 'KEN', password: 'Amber-Harbour-Lantern-73' };
  await api.inviteUser(adminToken, secretariat);
  await api.inviteUser(adminToken, focal);
  const secretariatToken = (await call('POST', '/api/auth/login', null, { email: secretariat.email, password: secretariat.password })).accessToken;
  const cycle = await call('POST', '/api/cycles', secretariatToken, { name: 'Bench answer cycle', opensOn: day(-1), closesOn: day(30), sessions: [4] });
  await call('POST', `/api/cycles/${cycle.id}/open`, secretariatToken);
  const focalToken = (await call('POST', '/api/auth/login', null, { email: focal.email, password: focal.password })).accessToken;
  const rows = await call('GET', `/api/cycles/${cycle.id}/states/KEN/reports`, focalToken);
  const recommendationId = rows.items[0].recommendationId;

  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${api.origin}/sign-in`);
  await page.locator('input[type="email"]').fill(focal.email);
  await page.locator('input[type="password"]').fill(focal.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((u) => u.pathname === '/');
  await page.goto(`${api.origin}/workspace/cycles/${cycle.id}/recommendations/${recommendationId}`);
  const narrative = page.getByLabel('Narrative (English)');
  await narrative.waitFor();
  await page.waitForLoadState('networkidle');

  // Every key event's timing from here on (durationThreshold 16: the smallest the API allows).
  await page.evaluate(`(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__events.push({ name: e.name, delay: e.processingStart - e.startTime, duration: e.duration });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
    performance.setResourceTimingBufferSize(2000);
    performance.mark('typing');
  })()`);

  await narrative.click();
  const words = 'The national action plan against trafficking in persons adopted in 2024 is being implemented by the rapporteur and ';
  let typed = 0;
  const t0 = performance.now();
  for (let burst = 0; burst < bursts; burst++) {
    let text = '';
    while (text.length < burstChars) text += words[(typed + text.length) % words.length];
    await page.keyboard.type(text, { delay: keyDelayMs });
    typed += text.length;
    // The save fires 1.5 s after the last key; the next burst starts while it is under way.
    await page.waitForTimeout(1_600 + (burst % 3) * 100);
  }
  await page.locator('[data-testid="save-state"]').filter({ hasText: /^Saved/ }).waitFor({ timeout: 15_000 });
  const elapsed = performance.now() - t0;

  const result = JSON.parse(
    await page.evaluate(`JSON.stringify({
      events: window.__events,
      keyEvents: performance.getEntriesByType('event').length,
      saves: performance.getEntriesByType('resource')
        .filter((r) => r.startTime > performance.getEntriesByName('typing')[0].startTime && r.initiatorType === 'fetch' && r.name.endsWith(${JSON.stringify(recommendationId)}))
        .map((r) => r.duration),
    })`),
  );
  const stored = await call('GET', `/api/cycles/${cycle.id}/states/KEN/reports/${recommendationId}`, focalToken);
  const keyEvents = result.events.filter((e) => /^key|^input|^beforeinput/.test(e.name));
  const maxDelay = Math.max(0, ...keyEvents.map((e) => e.delay));
  const maxDuration = Math.max(0, ...keyEvents.map((e) => e.duration));
  const over100 = keyEvents.filter((e) => e.delay > 100).length;

  console.log('\n## Answer page: typing while autosave runs (headless Chromium, real API and PostgreSQL)\n');
  console.log(`${typed} characters typed in ${bursts} bursts (${keyDelayMs} ms between keys) over ${(elapsed / 1000).toFixed(1)} s; the server has ${stored.narrative.en?.length ?? 0} characters (version ${stored.version}).`);
  console.log('| measure | value | target |\n|---|---|---|');
  console.log(`| key events slower than 16 ms (Event Timing) | ${keyEvents.length} | — |`);
  console.log(`| max input delay (processingStart − startTime) | ${maxDelay.toFixed(1)} ms | ≤ 100 ms (${over100} over) |`);
  console.log(`| max key event duration (to the next frame) | ${maxDuration.toFixed(0)} ms | — |`);
  console.log(`| saves (PUT round trips, Resource Timing) | ${result.saves.length} | — |`);
  if (result.saves.length) {
    console.log(`| save round trip p50 | ${percentile(result.saves, 50).toFixed(1)} ms | — |`);
    console.log(`| save round trip p95 | ${percentile(result.saves, 95).toFixed(1)} ms | ≤ 150 ms |`);
    console.log(`| save round trip max | ${Math.max(...result.saves).toFixed(1)} ms | — |`);
  }
  if (stored.narrative.en?.length !== typed) process.exitCode = 1;
} finally {
  await browser?.close();
  await api?.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
}
