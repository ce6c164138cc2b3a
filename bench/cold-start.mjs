#!/usr/bin/env node
// Cold start as a newcomer sees it: a fresh clone of HEAD, `npm install`, then `npm start` until /api/health is 200
// (embedded PostgreSQL initdb + migrations + first admin), then SIGINT and a check that PostgreSQL stopped too.
// Then the import of the five source reports: `npm run seed` into a new, empty data directory (States, themes and the
// five reports through the importer), and `npm run import -- <file>` of each of the five again on that database (the
// secretariat re-importing a file: parsed and compared, nothing changes). With --test it also times `npm test` in the
// same clone. Prints a table; writes nothing into the repository.
import { execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './support.mjs';

const withTest = process.argv.includes('--test');
const repo = execSync('git rev-parse --show-toplevel', { encoding: 'utf8' }).trim();
const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wg4-cold-')), 'clone');
const env = { ...process.env };
delete env.DATABASE_URL;

const time = (label, cmd) => {
  const t0 = performance.now();
  execSync(cmd, { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
  return [label, performance.now() - t0];
};

const rows = [];
try {
  execSync(`git clone -q "${repo}" "${dir}"`);
  rows.push(time('npm install (fresh clone)', 'npm install --no-audit --no-fund'));
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn('npm', ['start'], { cwd: dir, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let healthy = false;
  while (!healthy && performance.now() - t0 < 60_000) {
    try {
      healthy = (await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200;
    } catch {
      /* not listening yet */
    }
    if (!healthy) await new Promise((r) => setTimeout(r, 50));
  }
  if (!healthy) throw new Error(`no healthy API within 60 s:\n${stderr.slice(-2000)}`);
  rows.push(['npm start → /api/health 200', performance.now() - t0]);
  const t1 = performance.now();
  process.kill(-child.pid, 'SIGINT');
  await new Promise((r) => child.on('exit', r));
  rows.push(['SIGINT → process exited', performance.now() - t1]);
  const pidFile = path.join(dir, '.data/postgres/postmaster.pid');
  rows.push(['embedded PostgreSQL stopped', existsSync(pidFile) ? 'NO (postmaster.pid left)' : 'yes']);
  const reports = readdirSync(path.join(dir, 'seeds/reports')).filter((f) => f.endsWith('.txt')).sort();
  const importEnv = { ...env, DATA_DIR: path.join(dir, '.data/import') };
  const t2 = performance.now();
  const seeded = execSync('npm run seed --silent', { cwd: dir, env: importEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  rows.push([`npm run seed, empty database (States, themes, ${reports.length} reports imported)`, performance.now() - t2]);
  const created = [...seeded.matchAll(/(\d+) recommendations and (\d+) sub-items created/g)].reduce((n, m) => n + Number(m[1]) + Number(m[2]), 0);
  rows.push(['… recommendations and sub-items created by the import', String(created)]);
  const t3 = performance.now();
  for (const f of reports) execSync(`npm run import --silent -- seeds/reports/${f}`, { cwd: dir, env: importEnv, stdio: ['ignore', 'ignore', 'pipe'] });
  rows.push([`npm run import of each of the ${reports.length} source files again (unchanged)`, performance.now() - t3]);
  if (withTest) rows.push(time('npm test (same clone)', 'npm test'));
} finally {
  rmSync(path.dirname(dir), { recursive: true, force: true });
}

const fmt = (v) => (typeof v === 'number' ? `${(v / 1000).toFixed(1)} s` : v);
console.log(`\nCold start (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
console.log('| step | result |\n|---|---|');
for (const [label, v] of rows) console.log(`| ${label} | ${fmt(v)} |`);
