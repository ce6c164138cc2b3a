// What the bench scripts share: their command-line options, a free port, and the built API started on the bench
// database the way every benchmark runs it (production mode, quiet logs, a known first admin).
import { spawn } from 'node:child_process';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The middle value (the mean of the two middle ones for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The benchmark's PostgreSQL server: DATABASE_URL when set, else the embedded one under .data/bench (kept between
 * runs). `urlFor(db)` names a database on it; `stop()` stops the embedded server (nothing for DATABASE_URL).
 */
export async function benchServer() {
  let base = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!base) {
    const { startEmbeddedPostgres } = await import(path.join(repo, 'dist/libs/database/src/index.js'));
    const server = await startEmbeddedPostgres({ dataDir: path.join(repo, '.data/bench'), log: (m) => console.error(m) });
    base = server.url;
    stop = () => server.stop();
  }
  const urlFor = (db) => {
    const u = new URL(base);
    u.pathname = `/${db}`;
    return u.toString();
  };
  return { urlFor, stop };
}

/** `--name value` from the command line, else `fallback`. */
export const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};

export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** The first admin the benchmarks' API creates (ADMIN_EMAIL / ADMIN_PASSWORD). */
export const BENCH_ADMIN = { email: 'bench-admin@wg4.test', password: 'Stable-Quartz-Lantern-81' };

/**
 * Starts dist/apps/api on `databaseUrl` and waits (up to 60 s) for /api/health 200. `nodeArgs` go before the script
 * (e.g. --cpu-prof). Returns its origin, pid and `stop()` (SIGINT, then waits for the exit).
 */
export async function startBenchApi(databaseUrl, { nodeArgs = [], env = {} } = {}) {
  const port = await freePort();
  const mail = await startMailSink();
  const child = spawn(process.execPath, [...nodeArgs, path.join(repo, 'dist/apps/api/src/main.js')], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789abcdef',
      ADMIN_EMAIL: BENCH_ADMIN.email,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
      SMTP_URL: mail.url,
      // The bench signs in with a password only (no second factor).
      MFA_REQUIRED_ROLES: '',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code) => resolve((exited = code))));
  const api = {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid,
    /** Invites a user as `adminToken` and sets their password through the mailed link (see inviteUser). */
    inviteUser: (adminToken, user) => inviteUser(`http://127.0.0.1:${port}/api`, mail, adminToken, user),
    async stop() {
      if (exited === null) child.kill('SIGINT');
      await exit;
      await mail.stop();
    },
  };
  for (const t0 = Date.now(); ; ) {
    try {
      if ((await fetch(`${api.origin}/api/health`)).ok) return api;
    } catch {
      /* not up yet */
    }
    if (exited !== null) throw new Error(`the API exited (${exited}) before it was healthy`);
    if (Date.now() - t0 > 60_000) {
      await api.stop();
      throw new Error('the API did not become healthy in 60 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Invites a user as `adminToken` and sets their password through the mailed link, as the person would (admins never
 * choose passwords). An e-mail already taken (a reused bench database) is fine: the user exists.
 */
export async function inviteUser(apiBase, mail, adminToken, user) {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` };
  const { password, ...fields } = user;
  const res = await fetch(`${apiBase}/users`, { method: 'POST', headers, body: JSON.stringify({ name: user.email, ...fields }) });
  if (res.status === 409) return;
  if (res.status !== 201) throw new Error(`inviting ${user.email}: ${res.status} ${await res.text()}`);
  const token = /#token=([A-Za-z0-9_-]+)/.exec((await mail.waitFor(user.email)).text)[1];
  const set = await fetch(`${apiBase}/auth/set-password`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password }) });
  if (set.status !== 200) throw new Error(`setting the password of ${user.email}: ${set.status} ${await set.text()}`);
}

/** A real SMTP server on loopback that keeps the mails the bench API sends (invitation links). */
export async function startMailSink() {
  const mails = [];
  const waiters = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream).then((parsed) => {
        const mail = { to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()), text: parsed.text ?? '' };
        mails.push(mail);
        for (const w of [...waiters]) {
          if (!mail.to.includes(w.to)) continue;
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(mail);
        }
        callback();
      }, callback);
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.server.unref();
  return {
    url: `smtp://127.0.0.1:${server.server.address().port}?ignoreTLS=true`,
    waitFor(to) {
      to = to.toLowerCase();
      const found = mails.find((m) => m.to.includes(to));
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ to, resolve }));
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

/**
 * --via-pgbouncer: a PgBouncer in transaction mode (Debian's `pgbouncer`) in front of the bench database, as
 * docker-compose.yml runs it. Trusts the bench server's user (its password, if any, goes to PostgreSQL).
 */
export async function startPgbouncer(serverUrl, { poolSize = 20 } = {}) {
  const { existsSync, mkdtempSync, writeFileSync, chmodSync, rmSync } = await import('node:fs');
  const os = await import('node:os');
  const net = await import('node:net');
  const bin = [process.env.PGBOUNCER_BIN, '/usr/sbin/pgbouncer', '/usr/bin/pgbouncer'].find((b) => b && existsSync(b));
  if (!bin) throw new Error('--via-pgbouncer: pgbouncer is not installed (apt-get install -y pgbouncer)');
  const server = new URL(serverUrl);
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'wg4-bench-pgbouncer-'));
  chmodSync(dir, 0o777);
  writeFileSync(path.join(dir, 'users.txt'), `"${decodeURIComponent(server.username) || 'postgres'}" "${decodeURIComponent(server.password)}"\n`, { mode: 0o644 });
  writeFileSync(
    path.join(dir, 'pgbouncer.ini'),
    `[databases]\n* = host=${server.hostname} port=${server.port || 5432}\n[pgbouncer]\nlisten_addr = 127.0.0.1\nlisten_port = ${port}\nunix_socket_dir =\nauth_type = trust\nauth_file = ${path.join(dir, 'users.txt')}\npool_mode = transaction\nmax_client_conn = 1000\ndefault_pool_size = ${poolSize}\n`,
    { mode: 0o644 },
  );
  const args = process.getuid?.() === 0 ? ['-u', 'nobody', path.join(dir, 'pgbouncer.ini')] : [path.join(dir, 'pgbouncer.ini')];
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  const up = () => new Promise((resolve) => { const s = net.connect(port, '127.0.0.1'); s.once('connect', () => (s.destroy(), resolve(true))); s.once('error', () => resolve(false)); });
  for (let i = 0; i < 100 && !(await up()); i++) await new Promise((r) => setTimeout(r, 100));
  const via = new URL(serverUrl);
  via.hostname = '127.0.0.1';
  via.port = String(port);
  return {
    url: via.toString(),
    async stop() {
      const gone = new Promise((r) => child.once('exit', r));
      child.kill('SIGINT');
      await gone;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
