import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { withClient } from './client.js';
import { databaseName, withDatabase } from './database-url.js';
import { pgClientToolsFor, type PgClientTools } from './pg-client-tools.js';

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
  /** Entries in the archive's table of contents (tables, data, indexes, constraints, …). */
  entries: number;
  serverVersion: string;
  tools: PgClientTools;
}

export interface RestoreResult {
  database: string;
  created: boolean;
  tables: number;
  ms: number;
  serverVersion: string;
  tools: PgClientTools;
}

export interface BackupOptions {
  /** PG_BIN_DIR: use these client tools and no others. */
  binDir?: string;
  log?: (message: string) => void;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;


async function serverVersion(url: string): Promise<{ major: number; version: string }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ num: string; version: string }>(`SELECT current_setting('server_version_num') AS num, current_setting('server_version') AS version`);
    return { major: Math.floor(Number(rows[0].num) / 10_000), version: rows[0].version };
  });
}

/** libpq reads the password from the environment, so it never shows in the process list. */
function libpqTarget(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' } };
}

function run(binary: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(`${path.basename(binary)} failed (exit ${code}): ${Buffer.concat(err).toString('utf8').trim()}`));
    });
  });
}

/**
 * A consistent logical backup of the database at `url` (pg_dump custom format, compressed), written to `file`
 * through a temporary name so that a failed run never leaves a truncated backup under the real name.
 */
export async function backupDatabase(url: string, file: string, options: BackupOptions = {}): Promise<BackupResult> {
  const target = path.resolve(file);
  if (existsSync(target)) throw new Error(`${file} already exists: choose another file name (a backup is never overwritten)`);
  const started = Date.now();
  const server = await serverVersion(url);
  const [tools] = pgClientToolsFor(server.major, options);
  const { dbname, env } = libpqTarget(url);
  const partial = `${target}.partial-${process.pid}`;
  try {
    await run(tools.pgDump, ['--format=custom', '--compress=6', '--no-password', `--file=${partial}`, `--dbname=${dbname}`], env);
    // Read the archive back: a backup that pg_restore cannot list is no backup.
    const listing = await run(tools.pgRestore, ['--list', partial], env);
    renameSync(partial, target);
    const entries = listing.split('\n').filter((line) => line && !line.startsWith(';')).length;
    return { file: target, bytes: statSync(target).size, ms: Date.now() - started, entries, serverVersion: server.version, tools };
  } finally {
    rmSync(partial, { force: true });
  }
}

/** The first tools (closest to the server's version) whose pg_restore can read the archive. */
async function readerOf(file: string, candidates: PgClientTools[]): Promise<PgClientTools> {
  const refusals: string[] = [];
  for (const tools of candidates) {
    try {
      await run(tools.pgRestore, ['--list', path.resolve(file)], process.env);
      return tools;
    } catch (error) {
      refusals.push(`${tools.version}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  throw new Error(`no pg_restore here can read ${file}:\n  ${refusals.join('\n  ')}`);
}

/**
 * Restores a backup into an empty database: `database` (created on the same server when missing), or the configured
 * one. The whole restore is one transaction, so a failure leaves the target as empty as it was.
 */
export async function restoreDatabase(url: string, file: string, options: BackupOptions & { database?: string } = {}): Promise<RestoreResult> {
  if (!existsSync(file)) throw new Error(`${file} does not exist`);
  const started = Date.now();
  const name = options.database ?? databaseName(url);
  const targetUrl = withDatabase(url, name);
  const server = await serverVersion(url);
  const tools = await readerOf(file, pgClientToolsFor(server.major, options));
  const created = await withClient(withDatabase(url, 'postgres'), async (client) => {
    const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name]);
    if (exists.rowCount) return false;
    await client.query(`CREATE DATABASE ${quote(name)}`);
    return true;
  });
  try {
    const tablesIn = () =>
      withClient(targetUrl, async (client) => {
        const { rows } = await client.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
        );
        return rows[0].n;
      });
    const before = await tablesIn();
    if (before > 0) {
      throw new Error(`database "${name}" already has ${before} tables: restore into a new database with --database <name> (it is created), or empty it first`);
    }
    const { dbname, env } = libpqTarget(targetUrl);
    await run(tools.pgRestore, ['--single-transaction', '--exit-on-error', '--no-owner', '--no-acl', '--no-password', `--dbname=${dbname}`, path.resolve(file)], env);
    return { database: name, created, tables: await tablesIn(), ms: Date.now() - started, serverVersion: server.version, tools };
  } catch (error) {
    if (created) await withClient(withDatabase(url, 'postgres'), (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)}`)).catch(() => undefined);
    throw error;
  }
}
