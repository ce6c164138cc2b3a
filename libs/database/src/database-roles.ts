import pg from 'pg';
import { APP_SCHEMAS } from '#common';
import { withClient } from './client.js';
import { withDatabase } from './database-url.js';
import { RUNTIME_SESSION_SETTINGS } from './data-source-options.js';

/**
 * Two roles per deployment (ADR 0005):
 * - the owner runs migrations, owns the database and every object in it, and takes backups; never a superuser;
 * - the runtime role is what the API and the CLI's application commands log in as: it owns nothing, so it cannot
 *   ALTER, DROP, TRUNCATE or DISABLE TRIGGER, and gets only the table privileges granted below.
 */
export interface RoleCredentials {
  user: string;
  password?: string;
}

export interface DatabaseRoles {
  owner: RoleCredentials;
  runtime: RoleCredentials;
}

/** Tables the runtime role may only read and append to (the triggers refuse the rest anyway; this refuses it first). */
export const APPEND_ONLY_TABLES = ['audit_events', 'report_state_changes', 'summary_rollup_changes'] as const;
/** TypeORM's bookkeeping: written by migrations (as the owner) only. */
export const MIGRATION_TABLES = ['migrations', 'typeorm_metadata'] as const;

const DUPLICATE_OBJECT = '42710';
const UNIQUE_VIOLATION = '23505';
/** One key for every process bootstrapping roles on a server (roles are cluster-wide; taken in database `postgres`). */
const ROLES_LOCK_KEY = 0x77673452; // 'wg4R'

export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The URL with another login (user and password); host, port, database and parameters unchanged. */
export function withCredentials(url: string, credentials: RoleCredentials): string {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(credentials.user);
  parsed.password = credentials.password ? encodeURIComponent(credentials.password) : '';
  return parsed.toString();
}


/**
 * `ALTER <target> SET name = value` for each RUNTIME_SESSION_SETTINGS entry that pg_db_role_setting does not already
 * hold (only when something differs: concurrent ALTERs of one role or database fail with "tuple concurrently updated").
 */
async function applySessionSettings(client: pg.Client, target: string, where: string, params: unknown[]): Promise<void> {
  const { rows } = await client.query<{ setconfig: string[] | null }>(`SELECT setconfig FROM pg_db_role_setting WHERE ${where}`, params);
  const current = new Set(rows[0]?.setconfig ?? []);
  for (const [name, value] of Object.entries(RUNTIME_SESSION_SETTINGS)) {
    if (!current.has(`${name}=${value}`)) await client.query(`ALTER ${target} SET ${name} = ${quoteLiteral(value)}`);
  }
}

const isCode = (error: unknown, ...codes: string[]) => codes.includes((error as { code?: string }).code ?? '');

interface RoleAttributes {
  createdb: boolean;
}

async function ensureRole(client: pg.Client, role: RoleCredentials, attributes: RoleAttributes): Promise<void> {
  const options = `LOGIN NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS ${attributes.createdb ? 'CREATEDB' : 'NOCREATEDB'}`;
  const password = role.password ? ` PASSWORD ${quoteLiteral(role.password)}` : '';
  const { rows } = await client.query<{ rolsuper: boolean; rolcreatedb: boolean; rolcreaterole: boolean; rolcanlogin: boolean; rolbypassrls: boolean; rolreplication: boolean }>(
    `SELECT rolsuper, rolcreatedb, rolcreaterole, rolcanlogin, rolbypassrls, rolreplication FROM pg_roles WHERE rolname = $1`,
    [role.user],
  );
  if (rows.length === 0) {
    await client.query('SAVEPOINT create_role');
    try {
      await client.query(`CREATE ROLE ${quoteIdent(role.user)} ${options}${password}`);
      await client.query('RELEASE SAVEPOINT create_role');
      return;
    } catch (error) {
      // Another process created it between our look and our CREATE (the lock covers cooperating processes only).
      if (!isCode(error, DUPLICATE_OBJECT, UNIQUE_VIOLATION)) throw error;
      await client.query('ROLLBACK TO SAVEPOINT create_role');
    }
  }
  const r = rows[0];
  const attributesRight = r && !r.rolsuper && !r.rolcreaterole && r.rolcanlogin && !r.rolbypassrls && !r.rolreplication && r.rolcreatedb === attributes.createdb;
  // ALTER ROLE only when something differs: concurrent ALTERs of one role fail with "tuple concurrently updated".
  if (!attributesRight || password) await client.query(`ALTER ROLE ${quoteIdent(role.user)} ${options}${password}`);
}

/**
 * As a superuser (the embedded cluster's bootstrap role, or the test server's `postgres`): creates or corrects the
 * owner and runtime roles, makes the owner own `database` and every application object in it (an upgrade from the
 * versions where the superuser owned everything), and takes CREATE on schema public away from PUBLIC. Idempotent,
 * and safe when several processes run it at once on one server.
 */
export async function ensureDatabaseRoles(superuserUrl: string, database: string, roles: DatabaseRoles, options: { ownerCreatedb?: boolean } = {}): Promise<{ reassigned: string[] }> {
  if (roles.owner.user === roles.runtime.user) throw new Error('the owner and runtime roles must differ');
  await withClient(withDatabase(superuserUrl, 'postgres'), async (client) => {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [ROLES_LOCK_KEY]);
      await ensureRole(client, roles.owner, { createdb: options.ownerCreatedb ?? false });
      await ensureRole(client, roles.runtime, { createdb: false });
      // The runtime role must not reach the owner's rights through membership.
      const member = await client.query(`SELECT pg_has_role($1, $2, 'USAGE') AS member`, [roles.runtime.user, roles.owner.user]);
      if (member.rows[0].member) throw new Error(`the runtime role ${roles.runtime.user} is a member of the owner ${roles.owner.user}; it must not be`);
      // Session defaults on the role itself (a pooler passes no start-up parameters; see RUNTIME_SESSION_SETTINGS).
      await applySessionSettings(client, `ROLE ${quoteIdent(roles.runtime.user)}`, `setrole = (SELECT oid FROM pg_roles WHERE rolname = $1) AND setdatabase = 0`, [roles.runtime.user]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
  return withClient(withDatabase(superuserUrl, database), async (client) => {
    const owner = quoteIdent(roles.owner.user);
    const reassigned: string[] = [];
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [ROLES_LOCK_KEY]);
      const db = await client.query<{ owner: string }>(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = current_database()`);
      if (db.rows[0].owner !== roles.owner.user) {
        await client.query(`ALTER DATABASE ${quoteIdent(database)} OWNER TO ${owner}`);
        reassigned.push(`database ${database}`);
      }
      // The application's schemas (public, the job queue's): PostgreSQL 15+ gives public to pg_database_owner (now the
      // owner); older versions, and an earlier version of this system, to the bootstrap role.
      const schemas = await client.query<{ name: string; owner: string }>(
        `SELECT nspname AS name, pg_get_userbyid(nspowner) AS owner FROM pg_namespace WHERE nspname = ANY($1::text[])`,
        [APP_SCHEMAS],
      );
      for (const schema of schemas.rows) {
        if (['pg_database_owner', roles.owner.user].includes(schema.owner)) continue;
        await client.query(`ALTER SCHEMA ${quoteIdent(schema.name)} OWNER TO ${owner}`);
        reassigned.push(`schema ${schema.name}`);
      }
      await client.query('REVOKE CREATE ON SCHEMA public FROM PUBLIC');
      // Every object of those schemas that someone else owns, except what belongs to an extension (pg_trgm's
      // functions stay with the extension). ALTER TABLE also moves the table's indexes and owned sequences.
      const { rows } = await client.query<{ statement: string; label: string }>(
        `SELECT format('ALTER %s %s OWNER TO %I', kind, name, $1::text) AS statement, kind || ' ' || name AS label FROM (
           SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'S' THEN 'SEQUENCE'
                    WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind, c.oid::regclass::text AS name
             FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = ANY($2::text[]) AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND pg_get_userbyid(c.relowner) <> $1
              -- (A partition depends on its parent too, but has an owner of its own: the job queue's are partitions.)
              AND (c.relispartition OR NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('e', 'a', 'i')))
           UNION ALL
           SELECT 'ROUTINE', p.oid::regprocedure::text
             FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = ANY($2::text[]) AND pg_get_userbyid(p.proowner) <> $1
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
           UNION ALL
           SELECT 'TYPE', t.oid::regtype::text
             FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname = ANY($2::text[]) AND t.typtype IN ('e', 'd', 'r', 'm') AND pg_get_userbyid(t.typowner) <> $1
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass AND d.objid = t.oid AND d.deptype IN ('e', 'i'))
         ) objects`,
        [roles.owner.user, APP_SCHEMAS],
      );
      for (const row of rows) {
        await client.query(row.statement);
        reassigned.push(row.label);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return { reassigned };
  });
}

export interface RuntimeGrantReport {
  /** The runtime role the grants went to. */
  runtime: string;
  /** The role that ran them (the owner). */
  owner: string;
  /** Problems with the runtime role itself (a superuser, an object owner), for a warning. */
  warnings: string[];
}

/**
 * As the owner, after migrations: what the runtime role may do, for the objects there now (GRANT … ON ALL …) and
 * for those later migrations create (ALTER DEFAULT PRIVILEGES FOR ROLE owner). Idempotent; cheap enough for every start.
 */
export async function grantRuntimePrivileges(ownerUrl: string, runtimeRole: string): Promise<RuntimeGrantReport> {
  return withClient(ownerUrl, async (client) => {
    const rt = quoteIdent(runtimeRole);
    const { rows } = await client.query<{ owner: string }>('SELECT current_user AS owner');
    const owner = rows[0].owner;
    if (owner === runtimeRole) throw new Error(`grantRuntimePrivileges: the runtime role ${runtimeRole} is the owner`);
    const ownerId = quoteIdent(owner);
    await client.query('BEGIN');
    try {
      // Concurrent GRANTs on one object fail with "tuple concurrently updated": one process at a time per database.
      // The same lock as ensureDatabaseRoles' (its REVOKE on schema public would race our GRANT on it).
      await client.query('SELECT pg_advisory_xact_lock($1)', [ROLES_LOCK_KEY]);
      const tables = async (names: readonly string[]) =>
        (
          await client.query<{ name: string }>(
            `SELECT c.oid::regclass::text AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname = ANY($1)`,
            [names],
          )
        ).rows.map((r) => r.name);
      await client.query(`GRANT USAGE ON SCHEMA public TO ${rt}`);
      await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${rt}`);
      await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${rt}`);
      await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${rt}`);
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${ownerId} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${rt}`);
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${ownerId} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${rt}`);
      await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${ownerId} IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${rt}`);
      for (const table of await tables(APPEND_ONLY_TABLES)) {
        await client.query(`REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON ${table} FROM ${rt}`);
        await client.query(`GRANT SELECT, INSERT ON ${table} TO ${rt}`);
      }
      // The runtime role's session defaults for this database, as its owner may set them (ALTER ROLE needs more rights;
      // ensureDatabaseRoles sets them on the role where a superuser runs it). Direct sessions that must not time out
      // (migrations, the migration lock) turn them off for themselves.
      const dbName = (await client.query<{ db: string }>('SELECT current_database() AS db')).rows[0].db;
      await applySessionSettings(client, `DATABASE ${quoteIdent(dbName)}`, `setrole = 0 AND setdatabase = (SELECT oid FROM pg_database WHERE datname = current_database())`, []);
      for (const table of await tables(MIGRATION_TABLES)) {
        await client.query(`REVOKE ALL ON ${table} FROM ${rt}`);
        await client.query(`GRANT SELECT ON ${table} TO ${rt}`);
      }
      const problems = await client.query<{ rolsuper: boolean; owned: number; member: boolean }>(
        `SELECT r.rolsuper,
                (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid)
                  + (SELECT count(*)::int FROM pg_namespace s WHERE s.nspowner = r.oid)
                  + (SELECT count(*)::int FROM pg_proc p WHERE p.proowner = r.oid) AS owned,
                pg_has_role(r.oid, $2, 'USAGE') AS member
           FROM pg_roles r WHERE r.rolname = $1`,
        [runtimeRole, owner],
      );
      await client.query('COMMIT');
      const warnings: string[] = [];
      const p = problems.rows[0];
      if (!p) warnings.push(`the runtime role ${runtimeRole} does not exist`);
      else {
        if (p.rolsuper) warnings.push(`the runtime role ${runtimeRole} is a superuser: it can bypass every grant and trigger`);
        if (p.owned > 0) warnings.push(`the runtime role ${runtimeRole} owns ${p.owned} objects in this database: it can alter or drop them`);
        if (p.member) warnings.push(`the runtime role ${runtimeRole} is a member of the owner ${owner}: it has the owner's rights`);
      }
      return { runtime: runtimeRole, owner, warnings };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  });
}

/** The role a URL logs in as: its user name, or (when it has none) what the server says. */
export async function loginRoleOf(url: string): Promise<string> {
  const user = decodeURIComponent(new URL(url).username);
  if (user) return user;
  return withClient(url, async (client) => (await client.query<{ u: string }>('SELECT current_user AS u')).rows[0].u);
}

/** Whether the role a URL logs in as could undo the database's own protections: a superuser, or an owner of objects. */
export async function runtimeRoleStanding(url: string): Promise<{ role: string; superuser: boolean; owned: number }> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ role: string; superuser: boolean; owned: number }>(
      `SELECT r.rolname AS role, r.rolsuper AS superuser,
              (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE c.relowner = r.oid AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%') AS owned
         FROM pg_roles r WHERE r.rolname = current_user`,
    );
    return rows[0];
  });
}
