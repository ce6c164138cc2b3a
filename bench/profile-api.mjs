#!/usr/bin/env node
// Profiles the API under one load scenario: starts the built API with --cpu-prof on the bench dataset, loads
// --path with autocannon (c=32) for --duration seconds as the secretariat, stops it, and prints the functions with the
// most self and inclusive time. A tool for finding overhead, not a benchmark of record.
//   node bench/profile-api.mjs --path '/api/recommendations?theme=victim_assistance&requiresStateReport=true&limit=50'
//   node bench/profile-api.mjs --path '/api/summaries/cycles/{cycle}/states/KEN'   ({cycle}: the open bench cycle)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { datasetOptions, prepareBenchDatabase } from './dataset.mjs';
import { arg, BENCH_ADMIN, repo, startBenchApi } from './support.mjs';

let target = arg('path', '/api/recommendations?theme=victim_assistance&requiresStateReport=true&limit=50');
const duration = Number(arg('duration', 10));
// The dataset flags of bench:dataset (--size, --states, --recommendations, --cycles …), so a small dataset can be profiled.
const db = await prepareBenchDatabase(datasetOptions(arg));
const dir = mkdtempSync(path.join(tmpdir(), 'wg4-prof-'));
let api;
try {
  api = await startBenchApi(db.databaseUrl, { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
  const base = api.origin;
  if (target.includes('{cycle}')) {
    const c = new pg.Client({ connectionString: db.databaseUrl });
    await c.connect();
    target = target.replaceAll('{cycle}', (await c.query(`SELECT id FROM reporting_cycles WHERE status = 'open' ORDER BY opens_on DESC LIMIT 1`)).rows[0].id);
    await c.end();
  }
  const login = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) })).json();
  // The secretariat: it may read every route profiled here (admins see no summary).
  const sec = { email: 'bench-profile-secretariat@wg4.test', password: 'Copper-Meadow-Violin-74', name: 'Profiler', role: 'secretariat' };
  await api.inviteUser(login.accessToken, sec);
  const token = (await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: sec.email, password: sec.password }) })).json()).accessToken;
  const res = JSON.parse(execFileSync(process.execPath, [path.join(repo, 'bench/load-worker.mjs'), JSON.stringify({ url: base + target, connections: 32, duration, headers: { authorization: `Bearer ${token}` } })], { encoding: 'utf8' }));
  console.log(`${res.rps.toFixed(0)} req/s, p50 ${res.p50} ms, p99 ${res.p99} ms, non-2xx ${res.non2xx}`);
} finally {
  await api?.stop();
  await db.stop();
}
const profile = JSON.parse(readFileSync(path.join(dir, readdirSync(dir)[0]), 'utf8'));
const dt = new Map();
for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*node_modules\//, '').replace(`file://${repo}/`, '')}:${n.callFrame.lineNumber + 1}`;
const self = new Map();
let total = 0;
for (const n of profile.nodes) {
  const t = dt.get(n.id) ?? 0;
  total += t;
  self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + t);
}
const byPackage = new Map();
for (const [k, t] of self) {
  const m = /\s(@[^/]+\/[^/]+|[^/\s:]+)/.exec(k);
  const pkg = k.includes('dist/') ? 'app' : (m?.[1] ?? '?');
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
}
console.log('\nself time by package');
for (const [k, t] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
// Inclusive time per function (each sample counted once per function on its stack).
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const inclusive = new Map();
for (const [id, t] of dt) {
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const k = keyOf(byId.get(cur));
    if (seen.has(k)) continue;
    seen.add(k);
    inclusive.set(k, (inclusive.get(k) ?? 0) + t);
  }
}
console.log('\ninclusive (top 45)');
for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
console.log('\ntop functions');
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * t) / total).toFixed(1).padStart(5)}%  ${k}`);
