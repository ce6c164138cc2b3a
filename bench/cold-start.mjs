#!/usr/bin/env node
// Cold start as a newcomer sees it: a fresh clone of HEAD, `npm install`, then `npm start` until /api/health is 200
// (embedded PostgreSQL initdb + migrations + first admin), then SIGINT and a check that PostgreSQL stopped too.
// With --test it also times `npm test` in the same clone. Prints a table; writes nothing into the repository.
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const withTest = process.argv.includes('--test');
const repo = execSync('git rev-parse --show-toplevel', { encoding: 'utf8' }).trim();
const dir = path.join(mkdtempSync(path.join(tmpdir(), 'wg4-cold-')), 'clone');
const env = { ...process.env };
delete env.DATABASE_URL;

const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

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
  if (withTest) rows.push(time('npm test (same clone)', 'npm test'));
} finally {
  rmSync(path.dirname(dir), { recursive: true, force: true });
}

const fmt = (v) => (typeof v === 'number' ? `${(v / 1000).toFixed(1)} s` : v);
console.log(`\nCold start (${new Date().toISOString().slice(0, 10)}, node ${process.version})`);
console.log('| step | result |\n|---|---|');
for (const [label, v] of rows) console.log(`| ${label} | ${fmt(v)} |`);
