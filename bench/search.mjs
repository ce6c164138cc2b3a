#!/usr/bin/env node
// bench:search — what a catalogue search costs in each language: GET /api/recommendations?lang=…&q=… over HTTP on
// loopback, median of --runs calls (default 15) after 2 warm-up calls, and the SQL condition alone (EXPLAIN ANALYZE of
// a count with the service's own search SQL), with the scan the planner chose. On the seeded catalogue (the five
// Chinese reports) with the 2010 report imported in English, French, Spanish, Russian and Arabic and the 2011 one in
// English (test/fixtures/importer), then again with --copies more flat copies of every text (default 9: about ten
// times the catalogue). Writes bench/search-results.json and notes the load average.
//
//   npm run bench:search [-- --runs 15 --copies 9 --fresh]
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { arg, BENCH_ADMIN, repo, startBenchApi, benchServer, median } from './support.mjs';

const runs = Number(arg('runs', 15));
const copies = Number(arg('copies', 9));
const NAME = 'wg4_bench_search';
const { recommendationSearchSql } = await import(path.join(repo, 'dist/libs/catalogue/src/search.js'));
const { parseSearchQuery } = await import(path.join(repo, 'dist/libs/catalogue/src/search-query.js'));

// Per language: a few searches a reader would type (terms, a phrase, a stem).
const CASES = [
  ['zh', '器官 贩运'],
  ['zh', '"切除器官"'],
  ['zh', '受害人 保护 -器官'],
  ['en', 'trafficked'],
  ['en', '"organ removal"'],
  ['en', 'victims assistance'],
  ['fr', 'sanction victime'],
  ['fr', '« traite des personnes »'],
  ['es', 'víctimas protección'],
  ['ru', 'жертвы защите'],
  ['ar', 'الضحايا'],
];
const IMPORTS = ['2011-wg4-4th-meeting.lines.en.txt', ...['en', 'fr', 'es', 'ru', 'ar'].map((l) => `2010-wg4-2nd-meeting.lines.${l}.txt`)];

const { urlFor, stop: stopServer } = await benchServer();
const admin = new pg.Client({ connectionString: urlFor('postgres') });
await admin.connect();
const serverVersion = (await admin.query('SHOW server_version')).rows[0].server_version;
// Always fresh: the copies below change the catalogue.
await admin.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${NAME}"`);
await admin.end();
const databaseUrl = urlFor(NAME);
const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
execFileSync(process.execPath, [path.join(repo, 'dist/apps/cli/src/main.js'), 'migrate'], { env, stdio: ['ignore', 'ignore', 'inherit'] });

let api;
const client = new pg.Client({ connectionString: databaseUrl });
try {
  api = await startBenchApi(databaseUrl); // seeds the catalogue on its first start
  const call = async (method, url, { token, body, type = 'application/json' } = {}) => {
    const res = await fetch(`${api.origin}/api${url}`, {
      method,
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body ? { 'content-type': type } : {}) },
      body: body === undefined ? undefined : type === 'application/json' ? JSON.stringify(body) : body,
    });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`${method} ${url}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };
  const adminToken = (await call('POST', '/auth/login', { body: BENCH_ADMIN })).accessToken;
  const sec = { email: 'bench-search@wg4.test', password: 'Amber-Harbour-Piano-58' };
  await api.inviteUser(adminToken, { ...sec, name: 'Bench secretariat', role: 'secretariat' });
  const token = (await call('POST', '/auth/login', { body: sec })).accessToken;
  for (const file of IMPORTS) {
    await call('POST', '/imports?dryRun=false', { token, body: readFileSync(path.join(repo, 'test/fixtures/importer', file), 'utf8'), type: 'text/plain' });
  }
  await client.connect();

  const measure = async () => {
    const [{ n }] = (await client.query('SELECT count(*)::int AS n FROM recommendations')).rows;
    const rows = [];
    for (const [lang, q] of CASES) {
      const url = `/recommendations?lang=${lang}&q=${encodeURIComponent(q)}&limit=20`;
      let total = 0;
      const times = [];
      for (let i = 0; i < runs + 2; i++) {
        const t0 = performance.now();
        total = (await call('GET', url, { token })).total;
        if (i >= 2) times.push(performance.now() - t0);
      }
      const parsed = parseSearchQuery(q);
      const params = [];
      const where = recommendationSearchSql('r', parsed.terms, lang, (v) => `$${params.push(v)}`).where;
      const [{ 'QUERY PLAN': [plan] }] = (await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) SELECT count(*) FROM recommendations r WHERE ${where}`, params)).rows;
      const scans = new Set();
      const walk = (node) => {
        if (node['Index Name']) scans.add(node['Index Name'].replace('IDX_recommendations_search_', ''));
        else if (/Seq Scan/.test(node['Node Type'])) scans.add('seq scan');
        for (const child of node.Plans ?? []) walk(child);
      };
      walk(plan.Plan);
      rows.push({ lang, q, total, httpMedianMs: +median(times).toFixed(1), sqlMs: +plan['Execution Time'].toFixed(2), scans: [...scans].join(', ') });
    }
    return { recommendations: n, rows };
  };

  const sizes = [await measure()];
  if (copies > 0) {
    // Flat copies of every text in synthetic sessions (one per original session and copy), so the texts scanned grow
    // as a larger catalogue's would.
    await client.query(
      `INSERT INTO sessions (number, start_date, end_date, status, title)
       SELECT 300 + k * 20 + s.number, DATE '2030-01-01' + k, DATE '2030-01-02' + k, 'final', jsonb_build_object('en', 'Copy ' || k || ' of session ' || s.number)
         FROM sessions s CROSS JOIN generate_series(1, $1::int) k WHERE EXISTS (SELECT 1 FROM recommendations r WHERE r.session_id = s.id)`,
      [copies],
    );
    await client.query(
      `INSERT INTO recommendations (session_id, number, ordinal, reference, text, addressee, modality, adoption, is_container, requires_state_report, version)
       SELECT c.id, r.number, r.ordinal, 'COPY/' || c.number || ', para. ' || r.number, r.text, r.addressee, r.modality, r.adoption, false, r.requires_state_report, 1
         FROM recommendations r JOIN sessions s ON s.id = r.session_id
         JOIN sessions c ON c.number BETWEEN 300 AND 999 AND (c.number - 300) % 20 = s.number`,
    );
    await client.query('ANALYZE recommendations');
    sizes.push(await measure());
  }
  const load = os.loadavg().map((x) => +x.toFixed(2));
  const result = { date: new Date().toISOString(), machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version, postgres: serverVersion, loadAverage: load }, runs, sizes };
  writeFileSync(path.join(repo, 'bench/search-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nSearch (${result.date.slice(0, 16)}, ${result.machine.cores} cores, load ${load.join(' ')}, PostgreSQL ${serverVersion}; HTTP median of ${runs}, SQL = EXPLAIN ANALYZE of the condition)`);
  for (const size of sizes) {
    console.log(`\n${size.recommendations} recommendations\n| lang | q | found | HTTP median | SQL | indexes used |\n|---|---|---|---|---|---|`);
    for (const r of size.rows) console.log(`| ${r.lang} | \`${r.q}\` | ${r.total} | ${r.httpMedianMs} ms | ${r.sqlMs} ms | ${r.scans} |`);
  }
} finally {
  await client.end().catch(() => {});
  await api?.stop();
  await stopServer();
}
