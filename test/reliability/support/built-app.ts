import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { findFreePort } from '#database';
import { asTestOwnerRole, asTestRuntimeRole } from '#database/testing';
import { SmtpSink } from '../../support/smtp-sink.js';

/** The environment every e2e file runs with (test-env.mjs), handed to the child process explicitly. */
const TEST_ENV = {
  NODE_ENV: 'test',
  JWT_SECRET: process.env.JWT_SECRET ?? 'e2e-test-secret-that-is-long-enough-0123456789',
  ADMIN_EMAIL: process.env.ADMIN_EMAIL ?? 'admin@wg4.test',
  ADMIN_PASSWORD: process.env.ADMIN_PASSWORD ?? 'Bootstrap-Secret-For-Tests-7',
  // These tests sign in with a password only; test/security/mfa.e2e-spec.ts covers the second factor.
  MFA_REQUIRED_ROLES: process.env.MFA_REQUIRED_ROLES ?? '',
};

export interface BuiltApp {
  /** e.g. http://127.0.0.1:41234 */
  baseUrl: string;
  process: ChildProcess;
  /** The last lines the process wrote (JSON logs), for a failure message. */
  logTail(): string;
  /** SIGINT, as an operator would (the embedded server, if any, is stopped by the app itself). */
  stop(): Promise<void>;
}

let mailSink: Promise<SmtpSink> | undefined;
/** One real SMTP sink per test process: every API this process starts mails there (invitations included). */
export function sharedMailSink(): Promise<SmtpSink> {
  return (mailSink ??= new SmtpSink().start());
}

/**
 * The database settings of a built API on `databaseUrl`: that URL as it is, or — when a test started a PgBouncer in
 * transaction mode (WG4_TEST_POOLER_PORT, test/reliability/races-pgbouncer.rel-spec.ts) — what docker-compose.yml
 * gives a replica: the runtime role through the pooler (pool and job queue), the owner role direct for migrations.
 */
function databaseEnv(databaseUrl: string): Record<string, string> {
  const poolerPort = process.env.WG4_TEST_POOLER_PORT;
  if (!poolerPort) return { DATABASE_URL: databaseUrl };
  const pooled = new URL(asTestRuntimeRole(databaseUrl));
  pooled.hostname = '127.0.0.1';
  pooled.port = poolerPort;
  return { DATABASE_URL: pooled.toString(), MIGRATION_DATABASE_URL: asTestOwnerRole(databaseUrl) };
}

/**
 * Runs the built API (`node dist/apps/api/src/main.js`, what `npm start` runs) as its own process, so a load test's
 * clients and the server do not share an event loop, and the server's pool and timeouts are exactly production's.
 * With `databaseUrl` it uses that server; without it, it starts the embedded PostgreSQL under `dataDir`.
 */
export async function startBuiltApp(options: {
  databaseUrl?: string;
  dataDir?: string;
  env?: Record<string, string>;
  readyTimeoutMs?: number;
  /** Name of the whole log, kept in .data/reliability/<name>.log */
  logName?: string;
}): Promise<BuiltApp> {
  const port = await findFreePort();
  const mail = await sharedMailSink();
  const env: NodeJS.ProcessEnv = { ...process.env, ...TEST_ENV, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'error', SMTP_URL: mail.url, ...options.env };
  delete env.DATABASE_URL;
  delete env.NODE_OPTIONS; // Jest's --experimental-vm-modules is not for the app
  if (options.databaseUrl) Object.assign(env, databaseEnv(options.databaseUrl));
  if (options.dataDir) env.DATA_DIR = options.dataDir;
  const child = spawn(process.execPath, [path.resolve('dist/apps/api/src/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail: string[] = [];
  mkdirSync(path.resolve('.data/reliability'), { recursive: true });
  const logFile = options.logName ? createWriteStream(path.resolve('.data/reliability', `${options.logName}.log`)) : null;
  const keep = (chunk: Buffer) => {
    logFile?.write(chunk);
    tail.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (tail.length > 300) tail.splice(0, tail.length - 300);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code), resolve())));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  while (true) {
    if (exited !== undefined) throw new Error(`the API exited (${exited}) before it was ready:\n${tail.slice(-30).join('\n')}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the API was not ready in time:\n${tail.slice(-30).join('\n')}`);
    }
    const ok = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2_000) }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    process: child,
    logTail: () => tail.slice(-40).join('\n'),
    stop: async () => {
      if (exited !== undefined) return;
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      await exit;
      clearTimeout(timer);
    },
  };
}
