import 'reflect-metadata';
import type { Server } from 'node:http';
import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { ConfigError } from '#common';
import { loadDatabaseEnv } from '#database';
import { loadAuthEnv, resolveJwtSecret } from '#auth';
import { JobQueue, loadJobsEnv } from '#jobs';
import { loadEvidenceEnv, loadRemindersEnv } from '#reporting';
import { migrateAndGrant, openDatabase, type OpenDatabase } from '#schema';
import { createApp } from './app.factory.js';
import { AppModule } from './app.module.js';
import { loadHttpEnv } from './http.config.js';
import { lifecycle } from './lifecycle.js';

/**
 * `node dist/apps/api/src/main.js`: the API, with the job workers unless WORKERS=false.
 * `node dist/apps/api/src/main.js --worker` (npm run worker): the workers and the reminder schedule, without HTTP.
 */
const workerOnly = process.argv.includes('--worker');
const log = (message: string) => process.stderr.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);

/** What has been started so far, so that a signal or a failure at any point stops it in reverse order. */
const running: { database?: OpenDatabase; app?: INestApplicationContext; server?: Server } = {};

/** Resolves when the HTTP server has stopped accepting and every request in flight has been answered, or after `ms`. */
function closeServer(server: Server, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, ms);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolve();
    });
    // Keep-alive connections with no request in flight would hold close() open: end them now; busy ones end after
    // their answer (Node closes a connection whose server is closing once its response is sent).
    server.closeIdleConnections();
  });
}

/**
 * Graceful stop, bounded by SHUTDOWN_TIMEOUT_MS (+ a margin, then the process exits anyway): readiness turns 503,
 * the server stops accepting and finishes the requests in flight, the workers stop fetching and finish the running
 * jobs (a job cut off is failed and retried by another replica), then the pools and the embedded server stop.
 */
async function stopAll(timeoutMs: number): Promise<void> {
  lifecycle.shuttingDown = true;
  try {
    if (running.server) await closeServer(running.server, timeoutMs);
    await running.app?.get(JobQueue, { strict: false }).stop();
    await running.app?.close();
  } finally {
    await running.database?.stop();
  }
}

let stopping = false;
function onSignal(signal: NodeJS.Signals, timeoutMs: number): void {
  if (stopping) return;
  stopping = true;
  log(`${signal} received: shutting down (at most ${timeoutMs} ms for requests in flight and running jobs)`);
  setTimeout(() => process.exit(1), 2 * timeoutMs + 5_000).unref();
  stopAll(timeoutMs).then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  // Validate every configuration namespace before starting anything, so a bad variable stops us with its name.
  const databaseEnv = loadDatabaseEnv();
  const http = loadHttpEnv();
  const jobsEnv = loadJobsEnv();
  process.once('SIGINT', (s) => onSignal(s, jobsEnv.SHUTDOWN_TIMEOUT_MS));
  process.once('SIGTERM', (s) => onSignal(s, jobsEnv.SHUTDOWN_TIMEOUT_MS));
  const jwtSecret = resolveJwtSecret({ env: process.env, dataDir: databaseEnv.DATA_DIR });
  process.env.JWT_SECRET = jwtSecret.secret;
  if (jwtSecret.file) log(`access tokens: signing key ${jwtSecret.source === 'generated' ? 'generated in' : 'read from'} ${jwtSecret.file}`);
  loadAuthEnv();
  loadEvidenceEnv();
  loadRemindersEnv();

  running.database = await openDatabase(databaseEnv, log);
  // Migrations and grants as the owner; the API itself as the runtime role, which owns nothing (ADR 0005).
  const applied = await migrateAndGrant(running.database, log);
  log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'migrations: database is up to date');

  const options = {
    databaseUrl: running.database.url,
    readDatabaseUrl: running.database.readUrl,
    jobsDatabaseUrl: running.database.directUrl,
    // LISTEN never through PgBouncer (ADR 0007): the direct connection when there is one.
    userCacheUrl: running.database.directUrl ?? running.database.url,
    poolSize: databaseEnv.DB_POOL_SIZE,
    embeddedDataDir: running.database.embedded ? databaseEnv.DATA_DIR : undefined,
  };
  if (workerOnly) {
    running.app = await NestFactory.createApplicationContext(AppModule.forRoot({ ...options, workers: true }), { bufferLogs: true });
    log(`WG.4 Follow-up worker (mail, reminders at "${jobsEnv.REMINDER_CRON}" UTC), no HTTP — ready in ${Date.now() - started} ms`);
    return;
  }
  const app = await createApp(options);
  running.app = app;
  await app.listen(http.PORT, http.HOST);
  running.server = app.getHttpServer() as Server;
  const shown = http.HOST === '0.0.0.0' ? 'localhost' : http.HOST;
  log(
    `WG.4 Follow-up API on http://${shown}:${http.PORT}/api (docs: /api/docs), workers ${jobsEnv.WORKERS ? 'on' : 'off (WORKERS=false)'} — ready in ${Date.now() - started} ms`,
  );
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ConfigError || message.startsWith('Invalid configuration')) process.stderr.write(`${message}\n`);
  else process.stderr.write(`Startup failed: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
  await stopAll(2_000).catch(() => undefined);
  process.exit(1);
});
