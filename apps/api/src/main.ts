import 'reflect-metadata';
import { ConfigError } from '#common';
import { loadDatabaseEnv } from '#database';
import { loadAuthEnv, resolveJwtSecret } from '#auth';
import { loadEvidenceEnv } from '#reporting';
import { migrateAndGrant, openDatabase, type OpenDatabase } from '#schema';
import { createApp } from './app.factory.js';
import { loadHttpEnv } from './http.config.js';

const log = (message: string) => process.stderr.write(`${JSON.stringify({ level: 30, time: Date.now(), msg: message })}\n`);

/** What has been started so far, so that a signal or a failure at any point stops it in reverse order. */
const running: { database?: OpenDatabase; app?: { close(): Promise<void> } } = {};

async function stopAll(): Promise<void> {
  try {
    await running.app?.close();
  } finally {
    await running.database?.stop();
  }
}

let stopping = false;
function onSignal(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  log(`${signal} received: shutting down`);
  setTimeout(() => process.exit(1), 15_000).unref();
  stopAll().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  // Validate every configuration namespace before starting anything, so a bad variable stops us with its name.
  const databaseEnv = loadDatabaseEnv();
  const http = loadHttpEnv();
  const jwtSecret = resolveJwtSecret({ env: process.env, dataDir: databaseEnv.DATA_DIR });
  process.env.JWT_SECRET = jwtSecret.secret;
  if (jwtSecret.file) log(`access tokens: signing key ${jwtSecret.source === 'generated' ? 'generated in' : 'read from'} ${jwtSecret.file}`);
  loadAuthEnv();
  loadEvidenceEnv();

  running.database = await openDatabase(databaseEnv, log);
  // Migrations and grants as the owner; the API itself as the runtime role, which owns nothing (ADR 0005).
  const applied = await migrateAndGrant(running.database, log);
  log(applied.length ? `migrations applied: ${applied.join(', ')}` : 'migrations: database is up to date');

  running.app = await createApp({ databaseUrl: running.database.url, poolSize: databaseEnv.DB_POOL_SIZE });
  await (running.app as Awaited<ReturnType<typeof createApp>>).listen(http.PORT, http.HOST);
  const shown = http.HOST === '0.0.0.0' ? 'localhost' : http.HOST;
  log(`WG.4 Follow-up API on http://${shown}:${http.PORT}/api (docs: /api/docs) — ready in ${Date.now() - started} ms`);
}

main().catch(async (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ConfigError || message.startsWith('Invalid configuration')) process.stderr.write(`${message}\n`);
  else process.stderr.write(`Startup failed: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
  await stopAll().catch(() => undefined);
  process.exit(1);
});
