#!/usr/bin/env node
// bench:summaries — each summary endpoint over HTTP against the same aggregate run directly through `pg`, on the
// deterministic dataset (200 States × 1,000 recommendations × 5 cycles ≈ 1 M reports; see bench/dataset.mjs).
// Median of --runs calls (default 25) after --warmup calls (default 3), sequential, on loopback. Prints a table and
// writes bench/summaries-results.json. Targets: overview and State profile ≤ 1.5 × the raw query and < 250 ms median.
//
//   npm run bench:summaries [-- --runs 25 --states 200 --recommendations 1000 --cycles 5 --fresh]
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { datasetOptions, prepareBenchDatabase } from './dataset.mjs';
import { arg, BENCH_ADMIN, repo, startBenchApi } from './support.mjs';

const runs = Number(arg('runs', 25));
const warmup = Number(arg('warmup', 3));
const options = {
  ...datasetOptions(arg),
  reuse: !process.argv.includes('--fresh'),
};

const q = await import(path.join(repo, 'dist/libs/summaries/src/summary-queries.js'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

const db = await prepareBenchDatabase(options);
if (db.generated) console.error(`dataset generated in ${db.generated.seconds.toFixed(1)} s: ${JSON.stringify(db.generated)}`);
let api;
const client = new pg.Client({ connectionString: db.databaseUrl });
try {
  api = await startBenchApi(db.databaseUrl);
  const base = `${api.origin}/api`;
  const post = async (url, body, token) => {
    const res = await fetch(`${base}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  };
  const adminToken = (await post('/auth/login', BENCH_ADMIN)).body.accessToken;
  const sec = { email: 'bench-secretariat@wg4.test', password: 'Copper-Meadow-Violin-73' };
  await api.inviteUser(adminToken, { ...sec, name: 'Bench secretariat', role: 'secretariat' }); // already there when reused: fine
  const token = (await post('/auth/login', sec)).body.accessToken;
  if (!token) throw new Error('could not sign in the secretariat');
  const auth = { authorization: `Bearer ${token}` };

  await client.connect();
  const [cycle] = (await client.query(`SELECT id FROM reporting_cycles WHERE name LIKE 'Bench cycle %' ORDER BY opens_on DESC LIMIT 1`)).rows;
  const [rec] = (await client.query(`SELECT recommendation_id AS id FROM cycle_recommendations WHERE cycle_id = $1 ORDER BY recommendation_id LIMIT 1`, [cycle.id])).rows;
  const state = 'KEN';
  const asOf = (await client.query(`SELECT (max(changed_at) - interval '1 second')::text AS t FROM report_state_changes`)).rows[0].t;
  const accepted = ['accepted'];
  const all = ['submitted', 'under_review', 'accepted'];
  const allCycles = (await client.query(`SELECT id FROM reporting_cycles ORDER BY opens_on`)).rows.map((r) => r.id);

  // name, URL, the same statement the service runs, its parameters, whether a target applies
  const cases = [
    ['overview', `/summaries/cycles/${cycle.id}`, q.overviewSql(false), [[cycle.id], accepted, null], true],
    ['overview ?include=submitted', `/summaries/cycles/${cycle.id}?include=submitted`, q.overviewSql(false), [[cycle.id], all, null], true],
    ['State profile', `/summaries/cycles/${cycle.id}/states/${state}`, q.stateProfileSql(false), [[cycle.id], accepted, null, state, null], true],
    ['recommendation', `/summaries/cycles/${cycle.id}/recommendations/${rec.id}`, q.recommendationSql(false), [[cycle.id], accepted, null, rec.id], false],
    ['non-reporting', `/summaries/cycles/${cycle.id}/non-reporting`, q.nonReportingSql(false), [[cycle.id], accepted, null], false],
    ['trends (5 cycles)', `/summaries/trends`, q.trendsSql(false), [allCycles, accepted, null, null, null, null], false],
    ['overview ?asOf', `/summaries/cycles/${cycle.id}?asOf=${encodeURIComponent(asOf)}`, q.overviewSql(true), [[cycle.id], accepted, asOf], false],
    ['State profile ?asOf', `/summaries/cycles/${cycle.id}/states/${state}?asOf=${encodeURIComponent(asOf)}`, q.stateProfileSql(true), [[cycle.id], accepted, asOf, state, null], false],
  ];

  const rows = [];
  for (const [name, url, sql, params, targeted] of cases) {
    const http = [];
    const raw = [];
    for (let i = 0; i < warmup + runs; i++) {
      const t0 = performance.now();
      const res = await fetch(`${base}${url}`, { headers: auth });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${name}: HTTP ${res.status}`);
      if (i >= warmup) http.push(performance.now() - t0);
    }
    for (let i = 0; i < warmup + runs; i++) {
      const t0 = performance.now();
      await client.query(sql, params);
      if (i >= warmup) raw.push(performance.now() - t0);
    }
    const h = median(http);
    const r = median(raw);
    const ratio = h / r;
    const met = targeted ? (h < 250 && ratio <= 1.5 ? 'met' : 'MISSED') : '—';
    rows.push({ name, httpMedianMs: +h.toFixed(1), httpP95Ms: +p95(http).toFixed(1), sqlMedianMs: +r.toFixed(1), ratio: +ratio.toFixed(2), target: met });
  }

  const counts = (await client.query(`SELECT (SELECT count(*) FROM implementation_reports)::int AS reports, (SELECT count(*) FROM report_state_changes)::int AS "stateChanges",
      (SELECT count(*) FROM report_versions)::int AS versions, (SELECT count(*) FROM implementation_reports WHERE cycle_id = $1)::int AS "reportsInCycle"`, [cycle.id])).rows[0];
  const server = (await client.query(`SHOW server_version`)).rows[0].server_version;
  const result = { date: new Date().toISOString(), machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: server }, dataset: { ...options, ...counts }, runs, warmup, rows };
  writeFileSync(path.join(repo, 'bench/summaries-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nSummaries (${result.date.slice(0, 10)}, ${result.machine.cores} cores, node ${process.version}, PostgreSQL ${server}; ${counts.reports} reports, ${counts.reportsInCycle} in the cycle; median of ${runs})`);
  console.log('| summary | HTTP median | HTTP p95 | SQL median | HTTP / SQL | target (< 250 ms, ≤ 1.5×) |\n|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.httpMedianMs} ms | ${r.httpP95Ms} ms | ${r.sqlMedianMs} ms | ${r.ratio}× | ${r.target} |`);
} finally {
  await client.end().catch(() => undefined);
  await api?.stop();
  await db.stop();
}
