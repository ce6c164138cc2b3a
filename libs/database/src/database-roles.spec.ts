import pg from 'pg';
import { APPEND_ONLY_TABLES, loginRoleOf, withCredentials } from './database-roles.js';
import { loadDatabaseEnv } from './database.config.js';

/** How pg itself reads a URL (no connection is made). */
const parse = (url: string) => {
  const c = new pg.Client({ connectionString: url }) as unknown as { connectionParameters: { user: string; password?: string; host: string; port: number; database: string } };
  return c.connectionParameters;
};

describe('database roles helpers', () => {
  it('swaps the login of a URL, encoding what needs it, and keeps host, port, database and parameters', async () => {
    const url = withCredentials('postgres://wg4:secret@127.0.0.1:5433/wg4?sslmode=disable', { user: 'wg4_app', password: 'p@ss:/w?rd#1' });
    const parsed = parse(url);
    expect(parsed).toMatchObject({ user: 'wg4_app', password: 'p@ss:/w?rd#1', host: '127.0.0.1', port: 5433, database: 'wg4' });
    expect(url).toContain('sslmode=disable');
    await expect(loginRoleOf(url)).resolves.toBe('wg4_app');
    expect(parse(withCredentials(url, { user: 'trusted' })).password).toBeFalsy();
  });

  it('keeps the audit trail among the tables the runtime role may only read and append to', () => {
    expect(APPEND_ONLY_TABLES).toContain('audit_events');
  });

  it('accepts MIGRATION_DATABASE_URL beside DATABASE_URL and refuses a non-postgres one', () => {
    const env = loadDatabaseEnv({ DATABASE_URL: 'postgres://wg4_app@db/wg4', MIGRATION_DATABASE_URL: 'postgres://wg4_owner@db/wg4' });
    expect(env.MIGRATION_DATABASE_URL).toBe('postgres://wg4_owner@db/wg4');
    expect(() => loadDatabaseEnv({ MIGRATION_DATABASE_URL: 'mysql://x' })).toThrow(/MIGRATION_DATABASE_URL must be a postgres/);
  });
});
