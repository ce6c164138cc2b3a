#!/usr/bin/env node
// sqlmap (Debian package `sqlmap`) against every parameterised GET route with a valid token: query parameters and
// path parameters (marked *), --level 3 --risk 2, each target bounded in time. Prints the injectable parameters found
// ("0 injectable parameters" is the goal) and exits 1 on any. Skipped, with a message, when sqlmap is not installed:
//   apt-get update && apt-get install -y sqlmap
//
//   node bench/security/sqlmap.mjs [--timeout 120]   (seconds per target)
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN, startApi } from './start-api.mjs';

const which = (cmd) => {
  try {
    return execFileSync('which', [cmd], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const sqlmap = which('sqlmap');
if (!sqlmap) {
  console.log('sqlmap: SKIPPED — sqlmap is not installed (apt-get update && apt-get install -y sqlmap)');
  process.exit(0);
}
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const perTarget = Number(arg('timeout', 120));

const api = await startApi();
const found = [];
const rows = [];
try {
  const adminToken = await api.signIn(ADMIN.email, ADMIN.password);
  const sec = { email: 'sqlmap-sec@wg4.test', password: 'Orchid-Tunnel-Marble-64', name: 'sqlmap', role: 'secretariat' };
  await api.inviteUser(adminToken, sec);
  const token = await api.signIn(sec.email, sec.password);
  const cycle = await api.request('POST', '/cycles', { name: 'sqlmap', opensOn: '2026-01-01', closesOn: '2026-12-31', sessions: [9] }, token);
  await api.request('POST', `/cycles/${cycle.body.id}/open`, null, token);
  const recs = await api.request('GET', '/recommendations?session=9&limit=1', null, token);
  const rec = recs.body.items[0].id;
  const c = cycle.body.id;
  const me = await api.request('GET', '/auth/me', null, token);
  // A submitted report, so /reports/{id}/… routes reach their queries instead of a 404.
  const fp = { email: 'sqlmap-fp@wg4.test', password: 'Juniper-Canyon-Quill-35', name: 'sqlmap fp', role: 'focal_point', stateCode: 'KEN' };
  await api.inviteUser(adminToken, fp);
  const fpToken = await api.signIn(fp.email, fp.password);
  const saved = await api.request('PUT', `/cycles/${c}/states/KEN/reports/${rec}`, { implementationStatus: 'planned', narrative: { en: 'sqlmap' } }, fpToken);
  await api.request('POST', `/cycles/${c}/states/KEN/reports/${rec}/submit`, null, fpToken);
  const ids = { cycles: c, recommendations: rec, users: me.body.id, states: 'KEN', sessions: '9', summaries: c, reportsById: saved.body.id };
  // Every GET operation of the OpenAPI document with parameters, filled with values that pass validation (so the
  // queries behind them run); path parameters are marked * as injection points.
  const doc = await (await fetch(`${api.base}/docs-json`)).json();
  const value = (p) => {
    const s = p.schema ?? {};
    if (s.enum) return String(s.enum[0]);
    if (p.example !== undefined) return String(p.example);
    if (s.example !== undefined) return String(s.example);
    if (s.format === 'uuid') return p.name === 'cycle' ? c : rec;
    if (s.format === 'date-time') return '2026-01-01T00:00:00Z';
    if (s.format === 'date') return '2026-01-01';
    if (s.type === 'integer' || s.type === 'number') return p.name === 'session' ? '9' : '1';
    if (s.type === 'boolean') return 'true';
    return p.name === 'state' ? 'KEN' : p.name === 'q' ? 'victims' : 'a';
  };
  const targets = [];
  for (const [route, ops] of Object.entries(doc.paths)) {
    const op = ops.get;
    if (!op || route.startsWith('/api/docs') || !(op.parameters ?? []).length) continue;
    const segments = route.replace(/^\/api/, '').split('/');
    const url = segments
      .map((seg, i) => {
        const m = /^\{(\w+)\}$/.exec(seg);
        if (!m) return seg;
        const owner = segments[i - 1];
        const v = m[1] === 'code' ? 'KEN' : m[1] === 'number' ? '9' : m[1] === 'recommendationId' ? rec : owner === 'reports' ? ids.reportsById : (ids[owner] ?? rec);
        return `${v}*`;
      })
      .join('/');
    const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => `${p.name}=${encodeURIComponent(value(p))}`);
    targets.push(`${url}${query.length ? `?${query.join('&')}` : ''}`);
  }
  for (const target of targets) {
    const out = mkdtempSync(path.join(os.tmpdir(), 'wg4-sqlmap-'));
    const t0 = performance.now();
    const args = [
      '-u', `${api.base}${target}`,
      '-H', `Authorization: Bearer ${target.startsWith('/users') ? adminToken : token}`,
      '--batch', '--level', '3', '--risk', '2', '--dbms', 'PostgreSQL',
      '--threads', '2', '--timeout', '10', '--retries', '0',
      '--output-dir', out, '--disable-coloring', '--flush-session',
    ];
    const child = spawn(sqlmap, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (d) => (log += d));
    child.stderr.on('data', (d) => (log += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), perTarget * 1000);
    await new Promise((r) => child.on('exit', r));
    clearTimeout(timer);
    // Only what sqlmap confirms counts: it re-checks heuristic hits and reports "false positive" for the rest.
    const confirmed = log.includes('identified the following injection point');
    const injectable = confirmed ? [...log.matchAll(/Parameter: ([^\n]+)/g)].map((m) => m[1].trim()) : [];
    const falsePositives = [...log.matchAll(/false positive or unexploitable injection point detected/g)].length;
    const timedOut = (performance.now() - t0) / 1000 >= perTarget - 1;
    rows.push({ target: target.replace(/[0-9a-f-]{36}/g, ':id'), seconds: ((performance.now() - t0) / 1000).toFixed(0), injectable: injectable.length, falsePositives, timedOut });
    if (injectable.length) found.push({ target, injectable, log: log.slice(-2000) });
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  await api.stop();
}
console.log(`\nsqlmap (level 3, risk 2, ≤ ${perTarget} s per target, ${new Date().toISOString().slice(0, 10)})`);
console.log('| target | seconds | injectable | heuristic hits sqlmap ruled out | note |\n|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.target} | ${r.seconds} | ${r.injectable} | ${r.falsePositives} | ${r.timedOut ? 'time bound reached' : 'completed'} |`);
const total = found.reduce((n, f) => n + Math.max(1, f.injectable.length), 0);
console.log(`sqlmap: ${total} injectable parameters over ${rows.length} targets`);
for (const f of found) console.log(`FOUND ${f.target}: ${f.injectable.join(', ')}\n${f.log}`);
process.exit(total > 0 ? 1 : 0);
