// What the bench scripts share: their command-line options, a free port, and the built API started on the bench
// database the way every benchmark runs it (production mode, quiet logs, a known first admin).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

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
export async function startBenchApi(databaseUrl, { nodeArgs = [] } = {}) {
  const port = await freePort();
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
      // The bench signs in with a password only (no second factor).
      MFA_REQUIRED_ROLES: '',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  let exited = null;
  const exit = new Promise((resolve) => child.on('exit', (code) => resolve((exited = code))));
  const api = {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid,
    async stop() {
      if (exited === null) child.kill('SIGINT');
      await exit;
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
