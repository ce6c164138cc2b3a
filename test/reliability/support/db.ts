import pg from 'pg';
import { withClient } from '#database';
import { cloneTestDatabase } from '#database/testing';

/** A database of its own for a reliability file, cloned from the template the e2e global setup migrated and seeded. */
export async function cloneTemplate(): Promise<string> {
  const serverUrl = process.env.WG4_TEST_SERVER_URL;
  const template = process.env.WG4_TEST_TEMPLATE;
  if (!serverUrl || !template) throw new Error('the e2e global setup did not run');
  return cloneTestDatabase(serverUrl, template, 'wg4_rel_test');
}

/** A direct connection, to check what is stored rather than what the API says. */
export const withPg = withClient;

export async function scalar<T = number>(client: pg.Client, sql: string, params: unknown[] = []): Promise<T> {
  const { rows } = await client.query(sql, params);
  return Object.values(rows[0] as Record<string, unknown>)[0] as T;
}
