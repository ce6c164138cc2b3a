import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, chmodSync } from 'node:fs';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort } from '#database';
import { TEST_DATABASE_ROLES } from '#database/testing';

/** Where Debian's `pgbouncer` package puts the binary (apt-get install -y pgbouncer), or PGBOUNCER_BIN. */
export function pgbouncerBinary(): string | null {
  for (const candidate of [process.env.PGBOUNCER_BIN, '/usr/sbin/pgbouncer', '/usr/bin/pgbouncer', '/usr/local/bin/pgbouncer']) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * Whether a suite that needs PgBouncer can run here: where pgbouncer is not installed, a skipped suite says why (so
 * the report shows it) — except in CI (CI set), where its absence fails the run.
 */
export function pgbouncerOrSkip(suite: string): boolean {
  if (pgbouncerBinary() !== null) return true;
  if (process.env.CI) throw new Error('pgbouncer is required in CI: apt-get install -y pgbouncer');
  describe.skip(`${suite} — SKIPPED: pgbouncer is not installed here (apt-get install -y pgbouncer, or set PGBOUNCER_BIN)`, () => {
    it(suite, () => undefined);
  });
  return false;
}

export interface Pgbouncer {
  port: number;
  /** Transactions PgBouncer has passed on since it started, per database (SHOW STATS on its admin console). */
  transactions(): Promise<Record<string, number>>;
  /** `url` with host and port replaced by the pooler's. */
  via(url: string): string;
  stop(): Promise<void>;
}

/**
 * A real PgBouncer in transaction mode in front of the test server (as docker-compose.yml runs it), started like
 * the embedded PostgreSQL: its own config in a temporary directory, a free port, stopped at the end. It knows the
 * test roles (and the server's user for fixtures) and passes their passwords on to PostgreSQL.
 */
export async function startPgbouncer(serverUrl: string): Promise<Pgbouncer> {
  const bin = pgbouncerBinary();
  if (!bin) throw new Error('pgbouncer is not installed (apt-get install -y pgbouncer)');
  const server = new URL(serverUrl);
  const port = await findFreePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg4-pgbouncer-'));
  chmodSync(dir, 0o777);
  const users = [TEST_DATABASE_ROLES.runtime, TEST_DATABASE_ROLES.owner, { user: decodeURIComponent(server.username) || 'postgres', password: decodeURIComponent(server.password) }];
  writeFileSync(path.join(dir, 'users.txt'), users.map((u) => `"${u.user}" "${u.password ?? ''}"`).join('\n') + '\n', { mode: 0o644 });
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    [
      '[databases]',
      `* = host=${server.hostname} port=${server.port || 5432}`,
      '[pgbouncer]',
      'listen_addr = 127.0.0.1',
      `listen_port = ${port}`,
      'unix_socket_dir =',
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      'max_client_conn = 1000',
      'default_pool_size = 20',
      // The server's user may read SHOW STATS on the admin console (database "pgbouncer"): what went through it.
      `stats_users = ${users[2].user}`,
      // Nothing in ignore_startup_parameters: a client sending statement_timeout & co. at start-up is refused, as in production.
      '',
    ].join('\n'),
    { mode: 0o644 },
  );
  // PgBouncer refuses to run as root; the machines' CI runs tests as root.
  const args = process.getuid?.() === 0 ? ['-u', 'nobody', path.join(dir, 'pgbouncer.ini')] : [path.join(dir, 'pgbouncer.ini')];
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  child.stdout?.on('data', (b: Buffer) => output.push(b.toString()));
  child.stderr?.on('data', (b: Buffer) => output.push(b.toString()));
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 10_000;
  while (!(await canConnect(port))) {
    if (exited || Date.now() > deadline) throw new Error(`pgbouncer did not start:\n${output.join('').slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    transactions: async () => {
      const admin = new pg.Client({ host: '127.0.0.1', port, user: users[2].user, database: 'pgbouncer' });
      await admin.connect();
      try {
        const { rows } = await admin.query<{ database: string; total_xact_count: string }>('SHOW STATS');
        return Object.fromEntries(rows.map((r) => [r.database, Number(r.total_xact_count)]));
      } finally {
        await admin.end();
      }
    },
    via: (url: string) => {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    stop: async () => {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGINT');
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}
