#!/usr/bin/env node
// bench:summaries — each summary endpoint over HTTP against the same statement run directly through `pg`, on the
// deterministic dataset (200 States × 1,000 recommendations × 5 cycles ≈ 1 M reports; see bench/dataset.mjs).
// Median of --runs calls (default 25) after --warmup calls (default 3), sequential, on loopback. Prints a table and
// writes bench/summaries-results.json. Targets (issue 21): overview, State profile, non-reporting and trends HTTP
// median ≤ 30 ms, `?asOf` ≤ 100 ms; with `--sizes 1x,10x` the same on the 10× cycle (bench:dataset --size 10x) and
// the ratio between the two sizes (target ≤ 1.3×).
//
//   npm run bench:summaries [-- --runs 25 --sizes 1x,10x --fresh]  (or --states/--recommendations/--cycles for one size)
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { datasetOptions, prepareBenchDatabase } from './dataset.mjs';
import { arg, BENCH_ADMIN, repo, startBenchApi } from './support.mjs';

const runs = Number(arg('runs', 25));
const warmup = Number(arg('warmup', 3));
const sizes = arg('sizes', null)?.split(',') ?? [null];
/** A named size's dataset options (`--sizes`), or the command line's (`--size`, `--states` …). */
const optionsOf = (size) => ({
  ...datasetOptions(size ? (name, fallback) => (name === 'size' ? size : fallback) : arg),
  reuse: !process.argv.includes('--fresh'),
});
const TARGET_MS = { plain: 30, asOf: 100 };

const q = await import(path.join(repo, 'dist/libs/summaries/src/summary-queries.js'));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];

/** Measures every summary on one dataset size; returns the result (also the rows of the table). */
async function measure(options) {
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
    // asOf: a time before a working day's worth of moves — 500 reports under review of the cycle accepted (each a
    // change of the counted cells), one statement each as the API would; they are put back after the run. An asOf
    // costs the changes since it.
    const moved = (await client.query(`SELECT id FROM implementation_reports WHERE cycle_id = $1 AND workflow_state = 'under_review' ORDER BY id LIMIT 500`, [cycle.id])).rows.map((r) => r.id);
    const asOf = (await client.query(`SELECT clock_timestamp()::text AS t`)).rows[0].t;
    for (const id of moved) await client.query(`UPDATE implementation_reports SET workflow_state = 'accepted' WHERE id = $1`, [id]);
    const accepted = ['accepted'];
    const all = ['submitted', 'under_review', 'accepted'];
    const allCycles = (await client.query(`SELECT id FROM reporting_cycles ORDER BY opens_on`)).rows.map((r) => r.id);

    // name, URL, the same statement the service runs (from the rollup), its parameters, its target (ms) or null
    const cases = [
      ['overview', `/summaries/cycles/${cycle.id}`, q.overviewRollupSql(false), [[cycle.id], accepted, null], TARGET_MS.plain],
      ['overview ?include=submitted', `/summaries/cycles/${cycle.id}?include=submitted`, q.overviewRollupSql(false), [[cycle.id], all, null], TARGET_MS.plain],
      ['State profile', `/summaries/cycles/${cycle.id}/states/${state}`, q.stateProfileRollupSql(false), [[cycle.id], accepted, null, state, null], TARGET_MS.plain],
      ['recommendation', `/summaries/cycles/${cycle.id}/recommendations/${rec.id}`, q.recommendationSql(false), [[cycle.id], accepted, null, rec.id, null], null],
      ['non-reporting', `/summaries/cycles/${cycle.id}/non-reporting`, q.nonReportingRollupSql(false), [[cycle.id], accepted, null, null], TARGET_MS.plain],
      [`trends (${allCycles.length} cycles)`, `/summaries/trends`, q.trendsRollupSql(false), [allCycles, accepted, null, null, null, null], TARGET_MS.plain],
      ['overview ?asOf', `/summaries/cycles/${cycle.id}?asOf=${encodeURIComponent(asOf)}`, q.overviewRollupSql(true), [[cycle.id], accepted, asOf], TARGET_MS.asOf],
      ['State profile ?asOf', `/summaries/cycles/${cycle.id}/states/${state}?asOf=${encodeURIComponent(asOf)}`, q.stateProfileRollupSql(true), [[cycle.id], accepted, asOf, state, null], TARGET_MS.asOf],
    ];

    const rows = [];
    // --only <text>: just the summaries whose name contains it (for trying a change).
    const only = arg('only', null);
    for (const [name, url, sql, params, targetMs] of cases.filter(([name]) => !only || name.includes(only))) {
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
      const met = targetMs ? (h <= targetMs ? 'met' : 'MISSED') : '—';
      rows.push({ name, httpMedianMs: +h.toFixed(1), httpP95Ms: +p95(http).toFixed(1), sqlMedianMs: +r.toFixed(1), ratio: +ratio.toFixed(2), targetMs, target: met });
    }

    for (const id of moved) await client.query(`UPDATE implementation_reports SET workflow_state = 'under_review' WHERE id = $1`, [id]);
    const counts = (await client.query(`SELECT (SELECT count(*) FROM implementation_reports)::int AS reports, (SELECT count(*) FROM report_state_changes)::int AS "stateChanges",
        (SELECT count(*) FROM report_versions)::int AS versions, (SELECT count(*) FROM implementation_reports WHERE cycle_id = $1)::int AS "reportsInCycle"`, [cycle.id])).rows[0];
    const server = (await client.query(`SHOW server_version`)).rows[0].server_version;
    const result = { date: new Date().toISOString(), machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: server }, dataset: { ...options, ...counts }, runs, warmup, rows };
    console.log(`\nSummaries (${result.date.slice(0, 10)}, ${result.machine.cores} cores, node ${process.version}, PostgreSQL ${server}; ${counts.reports} reports, ${counts.reportsInCycle} in the cycle; median of ${runs})`);
    console.log('| summary | HTTP median | HTTP p95 | SQL median | HTTP / SQL | target |\n|---|---|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.name} | ${r.httpMedianMs} ms | ${r.httpP95Ms} ms | ${r.sqlMedianMs} ms | ${r.ratio}× | ${r.targetMs ? `≤ ${r.targetMs} ms: ${r.target}` : '—'} |`);
    return result;
  } finally {
    await client.end().catch(() => undefined);
    await api?.stop();
    await db.stop();
  }

}

const results = [];
for (const size of sizes) results.push({ size: size ?? arg('size', '1x'), ...(await measure(optionsOf(size))) });
writeFileSync(path.join(repo, 'bench/summaries-results.json'), `${JSON.stringify(results.length === 1 ? results[0] : { sizes: results }, null, 2)}\n`);
if (results.length > 1) {
  const [small, ...larger] = results;
  for (const big of larger) {
    console.log(`\n${big.size} (${big.dataset.reportsInCycle} reports in the cycle) over ${small.size} (${small.dataset.reportsInCycle}): HTTP median ratio, target ≤ 1.3×`);
    console.log(`| summary | ${small.size} | ${big.size} | ratio | target |\n|---|---|---|---|---|`);
    for (const r of big.rows) {
      const s = small.rows.find((x) => x.name.replace(/\(\d+ cycles?\)/, '') === r.name.replace(/\(\d+ cycles?\)/, ''));
      if (!s) continue;
      const ratio = r.httpMedianMs / s.httpMedianMs;
      console.log(`| ${r.name} | ${s.httpMedianMs} ms | ${r.httpMedianMs} ms | ${ratio.toFixed(2)}× | ${r.targetMs ? (ratio <= 1.3 ? 'met' : 'MISSED') : '—'} |`);
    }
  }
}
