#!/usr/bin/env node
// bench:documents — what a rendered document costs, before and after the document cache: the compilation of the
// seeded catalogue (the five source reports, loaded by the API on its first start) by theme and by session, as PDF and DOCX, over HTTP on loopback.
// "Render" is the first request for a document (a key not yet in the cache: one per language, six languages);
// "cached" is the median of --runs repeated requests for one of them. Writes bench/documents-results.json.
//
//   npm run bench:documents [-- --runs 20 --fresh]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { arg, BENCH_ADMIN, repo, startBenchApi, benchServer, median } from './support.mjs';

const runs = Number(arg('runs', 20));
const NAME = 'wg4_bench_documents';
const LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ar'];

const { urlFor, stop: stopServer } = await benchServer();
const admin = new pg.Client({ connectionString: urlFor('postgres') });
await admin.connect();
const fresh = process.argv.includes('--fresh');
const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [NAME])).rowCount > 0;
if (fresh || !exists) {
  await admin.query(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${NAME}"`);
}
await admin.end();
const databaseUrl = urlFor(NAME);
const env = { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' };
const cli = (...a) => execFileSync(process.execPath, [path.join(repo, 'dist/apps/cli/src/main.js'), ...a], { env, stdio: ['ignore', 'ignore', 'inherit'] });
cli('migrate');
// The API seeds the catalogue itself on its first start on an empty database (CatalogueBootstrap).

let api;
try {
  api = await startBenchApi(databaseUrl);
  const login = await fetch(`${api.origin}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(BENCH_ADMIN) });
  const token = (await login.json()).accessToken;
  if (!token) throw new Error('could not sign in');
  const get = async (url) => {
    const t0 = performance.now();
    const res = await fetch(`${api.origin}/api${url}`, { headers: { authorization: `Bearer ${token}` } });
    const body = Buffer.from(await res.arrayBuffer());
    if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status} ${body.toString().slice(0, 200)}`);
    return { ms: performance.now() - t0, bytes: body.length };
  };
  const cases = [
    ['compilation by theme, PDF', (lang) => `/compilation?format=pdf&groupBy=theme&lang=${lang}`],
    ['compilation by session, PDF', (lang) => `/compilation?format=pdf&lang=${lang}`],
    ['compilation by session, DOCX', (lang) => `/compilation?format=docx&lang=${lang}`],
  ];
  const rows = [];
  for (const [name, url] of cases) {
    const cold = [];
    let bytes = 0;
    for (const lang of LANGS) {
      const r = await get(url(lang));
      cold.push(r.ms);
      bytes = Math.max(bytes, r.bytes);
    }
    const warm = [];
    for (let i = 0; i < runs; i++) warm.push((await get(url('en'))).ms);
    rows.push({ name, renderMedianMs: +median(cold).toFixed(0), renderMaxMs: +Math.max(...cold).toFixed(0), cachedMedianMs: +median(warm).toFixed(1), largestBytes: bytes });
  }
  const result = { date: new Date().toISOString(), machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, node: process.version }, runs, languages: LANGS, rows };
  writeFileSync(path.join(repo, 'bench/documents-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\nDocuments (${result.date.slice(0, 10)}, ${result.machine.cores} cores, node ${process.version}; render = first request, median over ${LANGS.length} languages; cached = median of ${runs})`);
  console.log('| document | render (median) | render (max) | cached (median) | size |\n|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.name} | ${r.renderMedianMs} ms | ${r.renderMaxMs} ms | ${r.cachedMedianMs} ms | ${(r.largestBytes / 1024).toFixed(0)} KiB |`);
} finally {
  await api?.stop();
  await stopServer();
}
