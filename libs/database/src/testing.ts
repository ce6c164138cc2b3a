import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { withClient } from './client.js';
import { databaseName, withDatabase } from './database-url.js';
import { withCredentials, type DatabaseRoles } from './database-roles.js';

/**
 * The roles every e2e and reliability run uses on its server (ADR 0005): the template is migrated as the owner and
 * the application runs as the runtime role, which owns nothing. Roles are cluster-wide, so concurrent runs share
 * them (created race-safely by the global setup); the passwords only matter on a server that asks for one (the
 * embedded test server), and are not secrets.
 */
export const TEST_DATABASE_ROLES: DatabaseRoles = {
  owner: { user: 'wg4_test_owner', password: 'wg4-test-owner-not-a-secret' },
  runtime: { user: 'wg4_test_app', password: 'wg4-test-app-not-a-secret' },
};

/** A test database's URL as the runtime role the application logs in as. */
export const asTestRuntimeRole = (url: string) => withCredentials(url, TEST_DATABASE_ROLES.runtime);

/** A test database's URL as the owner of its objects (migrations, grants). */
export const asTestOwnerRole = (url: string) => withCredentials(url, TEST_DATABASE_ROLES.owner);

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tests must never touch a database that is not obviously a test database. */
export function assertTestDatabaseName(name: string): void {
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must contain "test".`);
  }
}

/** A connection to the server's `postgres` database, for creating and dropping test databases. */
const withAdminClient = <T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> => withClient(withDatabase(url, 'postgres'), fn);

/** Drops and recreates an empty database (used for the migrated template). */
export async function recreateDatabase(url: string, name: string): Promise<string> {
  assertTestDatabaseName(name);
  await withAdminClient(url, async (client) => {
    await client.query(`UPDATE pg_database SET datistemplate = false WHERE datname = $1`, [name]);
    await client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quote(name)}`);
  });
  return withDatabase(url, name);
}

/** Marks a database as a template so that per-file databases can be cloned from it cheaply. */
export async function markAsTemplate(url: string, name: string): Promise<void> {
  assertTestDatabaseName(name);
  await withAdminClient(url, (client) => client.query(`UPDATE pg_database SET datistemplate = true WHERE datname = $1`, [name]));
}

/** A fresh database for one test file, cloned from the migrated template. */
export async function cloneTestDatabase(url: string, template: string, prefix = 'wg4_test'): Promise<string> {
  assertTestDatabaseName(template);
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString('hex')}`;
  assertTestDatabaseName(name);
  await withAdminClient(url, async (client) => {
    // Owned like the template (by the owner role, ADR 0005), so a clone is the database production has.
    const { rows } = await client.query<{ owner: string }>(`SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = $1`, [template]);
    const owner = rows[0] ? ` OWNER ${quote(rows[0].owner)}` : '';
    await client.query(`CREATE DATABASE ${quote(name)} TEMPLATE ${quote(template)}${owner}`);
  });
  return withDatabase(url, name);
}

export async function dropTestDatabase(url: string): Promise<void> {
  const name = databaseName(url);
  assertTestDatabaseName(name);
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}

/** Blocks or allows new connections to a database (the health e2e test uses it to simulate an outage). */
export async function setDatabaseAvailable(url: string, available: boolean): Promise<void> {
  const name = databaseName(url);
  assertTestDatabaseName(name);
  await withAdminClient(url, async (client) => {
    await client.query(`ALTER DATABASE ${quote(name)} WITH ALLOW_CONNECTIONS ${available ? 'true' : 'false'}`);
    if (!available) {
      await client.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [name]);
    }
  });
}
