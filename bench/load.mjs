#!/usr/bin/env node
// npm run bench — load scenarios against the API beside the floor (the same SQL through pg in-process) and a peer
// (a bare node:http + pg server), on the 1 M-report dataset (bench/dataset.mjs). autocannon runs in a separate
// process, concurrency 32, --duration seconds per scenario (default 30) after a --warmup (default 5).
// Prints a table and writes bench/results.json.
import 'reflect-metadata';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { startBareServer } from './bare-server.mjs';
import { datasetOptions, prepareBenchDatabase } from './dataset.mjs';
import { arg, BENCH_ADMIN, repo, startBenchApi, startPgbouncer } from './support.mjs';

const duration = Number(arg('duration', 30));
const warmup = Number(arg('warmup', 5));
const connections = Number(arg('connections', 32));
// --only <text>: run just the scenarios whose name contains it (for trying a change); bench/results.json is then left alone.
const only = arg('only', null);
// --via-pgbouncer: also run the catalogue list against a second API whose pool goes through PgBouncer (transaction
// mode), and print its req/s beside the direct one. bench/results.json is then left alone.
const viaPgbouncer = process.argv.includes('--via-pgbouncer');
// --rounds N: the catalogue list and the bare server are run alternately N times (one sitting), and the median ratio kept.
const rounds = Math.max(1, Number(arg('rounds', 3)));
const options = {
  ...datasetOptions(arg),
};
const { appDataSourceOptions } = await import(path.join(repo, 'dist/libs/schema/src/index.js'));
const { RecommendationsService } = await import(path.join(repo, 'dist/libs/catalogue/src/index.js'));
const summaries = await import(path.join(repo, 'dist/libs/summaries/src/summary-queries.js'));

// Asynchronous: the bare server runs in this process and must keep answering while autocannon loads it.
const load = async (config) =>
  JSON.parse((await promisify(execFile)(process.execPath, [path.join(repo, 'bench/load-worker.mjs'), JSON.stringify({ connections, ...config })], { encoding: 'utf8', maxBuffer: 16 << 20 })).stdout);
const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** CPU time (user + system, ms) a process has used so far, and all PostgreSQL server processes together. */
const cpuMs = (pid) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
};
const postgresCpuMs = () => {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres') total += cpuMs(pid);
    } catch {
      /* exited meanwhile */
    }
  }
  return total;
};
/** Runs a load and adds the CPU each request cost the server process and PostgreSQL (from /proc; Linux only). */
async function measured(serverPid, config) {
  const [s0, p0] = [cpuMs(serverPid), postgresCpuMs()];
  const r = await load(config);
  const [s1, p1] = [cpuMs(serverPid), postgresCpuMs()];
  return { ...r, cpuPerRequestMs: { server: +((s1 - s0) / r.requests).toFixed(2), postgres: +((p1 - p0) / r.requests).toFixed(2) } };
}

/** The floor: the statements run through pg by `connections` concurrent clients for `seconds`. */
async function floor(databaseUrl, statements, seconds) {
  const clients = await Promise.all(Array.from({ length: connections }, async () => {
    const c = new pg.Client({ connectionString: databaseUrl });
    await c.connect();
    return c;
  }));
  const latencies = [];
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (c) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        for (const s of statements) await c.query(s.query, s.parameters);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  await Promise.all(clients.map((c) => c.end()));
  return { requests: latencies.length, rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors: 0, non2xx: 0 };
}

const db = await prepareBenchDatabase(options);
let api;
const results = [];
let bare;
const client = new pg.Client({ connectionString: db.databaseUrl });
try {
  api = await startBenchApi(db.databaseUrl);
  const base = api.origin;
  const call = async (method, url, body, token, extra = {}) => {
    const res = await fetch(`${base}/api${url}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra }, body: body ? JSON.stringify(body) : undefined });
    return { status: res.status, etag: res.headers.get('etag'), body: await res.json().catch(() => null) };
  };
  const signIn = async (email, password) => (await call('POST', '/auth/login', { email, password })).body.accessToken;
  const adminToken = await signIn(BENCH_ADMIN.email, BENCH_ADMIN.password);
  const users = { sec: { email: 'bench-secretariat@wg4.test', password: 'Copper-Meadow-Violin-73', role: 'secretariat' }, fp: { email: 'bench-fp-ken@wg4.test', password: 'Amber-Falcon-Ridge-29', role: 'focal_point', stateCode: 'KEN' } };
  for (const u of Object.values(users)) await api.inviteUser(adminToken, u);
  const secToken = await signIn(users.sec.email, users.sec.password);
  const fpToken = await signIn(users.fp.email, users.fp.password);
  await client.connect();
  const [cycle] = (await client.query(`SELECT id FROM reporting_cycles WHERE status = 'open' ORDER BY opens_on DESC LIMIT 1`)).rows;
  // Draft slots: KEN reports in the open cycle that are drafts (or absent), one per connection.
  const slotRecs = (await client.query(
    `SELECT cr.recommendation_id AS id FROM cycle_recommendations cr
      LEFT JOIN implementation_reports ir ON ir.cycle_id = cr.cycle_id AND ir.recommendation_id = cr.recommendation_id AND ir.state_code = 'KEN'
      WHERE cr.cycle_id = $1 AND (ir.id IS NULL OR ir.workflow_state IN ('draft', 'returned')) ORDER BY cr.recommendation_id LIMIT $2`,
    [cycle.id, connections],
  )).rows.map((r) => r.id);
  const slots = [];
  for (const rec of slotRecs) {
    const p = `/api/cycles/${cycle.id}/states/KEN/reports/${rec}`;
    let current = await call('GET', p.slice(4), null, fpToken);
    if (current.status === 404) current = await call('PUT', p.slice(4), { implementationStatus: 'planned' }, fpToken);
    else if (current.body?.workflowState === 'returned') current = await call('PUT', p.slice(4), { implementationStatus: 'planned' }, fpToken, { 'if-match': current.etag });
    slots.push({ path: p, etag: current.etag });
  }

  // The exact SQL of the catalogue list, captured from the service itself.
  const captured = [];
  const ds = new DataSource({
    ...appDataSourceOptions(db.databaseUrl, { logging: true }),
    logger: { logQuery: (query, parameters) => captured.push({ query, parameters }), logQueryError() {}, logQuerySlow() {}, logSchemaBuild() {}, logMigration() {}, log() {} },
  });
  await ds.initialize();
  const listQuery = { theme: 'victim_assistance', requiresStateReport: true, limit: 50, page: 1 };
  await new RecommendationsService(ds, null).list(listQuery);
  await ds.destroy();
  const catalogueSql = captured.filter((c) => /recommendations/.test(c.query));

  const auth = (token) => ({ authorization: `Bearer ${token}` });
  // The questionnaire's validator (issue 21): a reload with it is answered 304 while nothing changed.
  const listUrl = `${base}/api/cycles/${cycle.id}/states/KEN/reports`;
  const listTag = (await fetch(listUrl, { headers: auth(fpToken) })).headers.get('etag');
  const scenarios = [
    { name: 'catalogue list (theme, requiresStateReport, limit 50)', url: `${base}/api/recommendations?theme=victim_assistance&requiresStateReport=true&limit=50`, headers: auth(secToken), floor: catalogueSql, bare: true },
    { name: 'catalogue search q=器官', url: `${base}/api/recommendations?q=${encodeURIComponent('器官')}&limit=20`, headers: auth(secToken) },
    { name: 'State report list (KEN, a page of 100 rows)', url: listUrl, headers: auth(fpToken) },
    { name: 'State report list, If-None-Match unchanged (304)', url: listUrl, headers: { ...auth(fpToken), 'if-none-match': listTag }, expect: 304 },
    { name: 'draft save with If-Match', url: base, headers: auth(fpToken), slots },
    {
      name: 'overview summary',
      url: `${base}/api/summaries/cycles/${cycle.id}`,
      headers: auth(secToken),
      floor: [{ query: summaries.overviewRollupSql(false), parameters: [[cycle.id], ['accepted'], null] }],
    },
  ];
  for (const s of scenarios.filter((x) => !only || x.name.includes(only))) {
    process.stderr.write(`${s.name} …\n`);
    if (warmup > 0) await load({ url: s.url, headers: s.headers, slots: s.slots, duration: warmup });
    // A save cut off by the end of a run may still have committed: start every run from the reports' current ETags.
    if (s.slots) for (const slot of s.slots) slot.etag = (await call('GET', slot.path.slice(4), null, fpToken)).etag;
    let ours = await measured(api.pid, { url: s.url, headers: s.headers, slots: s.slots, duration });
    const row = { scenario: s.name, ours, expect: s.expect ?? null };
    if (s.floor) row.floor = await floor(db.databaseUrl, s.floor, duration);
    if (s.bare) {
      bare = await startBareServer(db.databaseUrl, s.floor);
      if (warmup > 0) await load({ url: bare.url, duration: warmup });
      row.bare = await measured(process.pid, { url: bare.url, duration });
      // Alternately, in one sitting: single runs on a shared machine ranged 0.73–1.03×.
      row.rounds = [{ ours: +ours.rps.toFixed(0), bare: +row.bare.rps.toFixed(0), ratio: +(ours.rps / row.bare.rps).toFixed(2) }];
      for (let i = 1; i < rounds; i++) {
        ours = await measured(api.pid, { url: s.url, headers: s.headers, duration });
        const b = await measured(process.pid, { url: bare.url, duration });
        row.rounds.push({ ours: +ours.rps.toFixed(0), bare: +b.rps.toFixed(0), ratio: +(ours.rps / b.rps).toFixed(2) });
      }
      await bare.close();
      bare = null;
    }
    if (viaPgbouncer && s.bare) {
      const pooler = await startPgbouncer(db.databaseUrl);
      // Migrations need a session (the migration lock): direct, as in production (MIGRATION_DATABASE_URL).
      const pooled = await startBenchApi(pooler.url, { env: { MIGRATION_DATABASE_URL: db.databaseUrl } });
      try {
        const url = s.url.replace(base, pooled.origin);
        if (warmup > 0) await load({ url, headers: s.headers, duration: warmup });
        row.viaPgbouncer = await measured(pooled.pid, { url, headers: s.headers, duration });
      } finally {
        await pooled.stop();
        await pooler.stop();
      }
    }
    results.push(row);
  }
  const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const server = (await client.query('SHOW server_version')).rows[0].server_version;
  const reports = (await client.query('SELECT count(*)::int AS n FROM implementation_reports')).rows[0].n;

  for (const r of results) if (r.ours.non2xx && !r.expect) process.stderr.write(`${r.scenario}: status codes ${JSON.stringify(r.ours.statusCodeStats)}\n`);
  const fmt = (r, expect) => (r ? `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms${r.errors || (r.non2xx && !expect) ? `, ${r.errors} errors, ${r.non2xx} non-2xx` : ''}${r.cpuPerRequestMs ? `; CPU/request: node ${r.cpuPerRequestMs.server} ms + PostgreSQL ${r.cpuPerRequestMs.postgres} ms` : ''}` : '—');
  const checks = [];
  for (const r of results) {
    r.p99Target = r.ours.p99 < 100 ? 'met' : 'MISSED';
    // A conditional scenario expects its 304s (autocannon counts them as non-2xx).
    const expected = r.expect ? (r.ours.statusCodeStats?.[String(r.expect)]?.count ?? 0) : 0;
    r.unexpected = r.ours.non2xx - expected;
    r.errorTarget = r.ours.errors === 0 && r.unexpected === 0 ? 'met' : 'MISSED';
    if (r.floor) r.oursOverFloorTime = +(r.ours.p50 / r.floor.p50).toFixed(2);
    if (r.floor) r.oursOverFloorRps = +(r.ours.rps / r.floor.rps).toFixed(2);
    if (r.bare) r.oursOverBareRps = r.rounds ? [...r.rounds.map((x) => x.ratio)].sort((a, b) => a - b)[Math.floor(r.rounds.length / 2)] : +(r.ours.rps / r.bare.rps).toFixed(2);
  }
  const catalogue = results.find((r) => r.bare);
  const overview = results.find((r) => r.scenario === 'overview summary');
  if (catalogue) checks.push([`catalogue list ≥ 1.0 × bare req/s (median of ${catalogue.rounds?.length ?? 1} alternating rounds)`, catalogue.oursOverBareRps >= 1.0 ? 'met' : 'MISSED', `${catalogue.oursOverBareRps}× (rounds: ${(catalogue.rounds ?? []).map((x) => `${x.ours}/${x.bare} = ${x.ratio}×`).join(', ')})`]);
  if (overview) checks.push(['summaries ≤ 1.5 × floor time (p50)', overview.oursOverFloorTime <= 1.5 ? 'met' : 'MISSED', `${overview.oursOverFloorTime}×`]);
  if (overview) checks.push(['overview at c=32 ≥ 300 req/s', overview.ours.rps >= 300 ? 'met' : 'MISSED', `${overview.ours.rps.toFixed(0)} req/s`]);
  const list = results.find((r) => r.scenario.startsWith('State report list (KEN'));
  if (list) checks.push(['State report list: node CPU per request ≤ 3 ms', list.ours.cpuPerRequestMs.server <= 3 ? 'met' : 'MISSED', `${list.ours.cpuPerRequestMs.server} ms`]);
  const notModified = results.find((r) => r.expect === 304);
  if (notModified) checks.push(['State report list with If-None-Match → 304 at ≥ 1,000 req/s', notModified.ours.rps >= 1000 && notModified.unexpected === 0 ? 'met' : 'MISSED', `${notModified.ours.rps.toFixed(0)} req/s, ${notModified.unexpected} not 304`]);
  checks.push(['p99 < 100 ms in every scenario at c=32', results.every((r) => r.p99Target === 'met') ? 'met' : 'MISSED', results.map((r) => r.ours.p99.toFixed(0)).join(' / ') + ' ms']);
  checks.push(['no errors', results.every((r) => r.errorTarget === 'met') ? 'met' : 'MISSED', results.map((r) => r.ours.errors + r.unexpected).join(' / ')]);
  const out = {
    date: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: server, platform: `${os.type()} ${os.release()}` },
    dataset: { ...options, reports },
    duration,
    warmup,
    connections,
    results,
    apiRssMiB: +rss.toFixed(0),
    targets: checks.map(([target, status, value]) => ({ target, status, value })),
  };
  if (!only && !viaPgbouncer) writeFileSync(path.join(repo, 'bench/results.json'), `${JSON.stringify(out, null, 2)}\n`);
  console.log(`\nLoad (${out.date.slice(0, 10)}, ${out.machine.cores} cores, ${out.machine.cpu}, node ${process.version}, PostgreSQL ${server}; ${reports} reports; c=${connections}, ${duration} s per scenario)`);
  console.log('| scenario | API | floor (pg in-process) | bare node:http + pg | ratios |\n|---|---|---|---|---|');
  for (const r of results) {
    const ratios = [r.floor ? `ours/floor: ${r.oursOverFloorRps}× req/s, ${r.oursOverFloorTime}× p50` : '', r.bare ? `ours/bare: ${r.oursOverBareRps}× req/s` : ''].filter(Boolean).join('; ');
    console.log(`| ${r.scenario} | ${fmt(r.ours, r.expect)} | ${fmt(r.floor)} | ${fmt(r.bare)} | ${ratios || '—'} |`);
  }
  for (const r of results.filter((x) => x.viaPgbouncer)) {
    console.log(`\nThrough PgBouncer (transaction mode) — ${r.scenario}: direct ${fmt(r.ours)} | via PgBouncer ${fmt(r.viaPgbouncer)} | via/direct ${(r.viaPgbouncer.rps / r.ours.rps).toFixed(2)}× req/s`);
  }
  console.log(`\nAPI RSS after the load: ${out.apiRssMiB} MiB`);
  console.log('| target | status | value |\n|---|---|---|');
  for (const [t, s, v] of checks) console.log(`| ${t} | ${s} | ${v} |`);
} finally {
  await client.end().catch(() => undefined);
  if (bare) await bare.close();
  await api?.stop();
  await db.stop();
}
