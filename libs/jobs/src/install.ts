import PgBoss from 'pg-boss';
import pg from 'pg';
import { JOB_SCHEMA, QUEUES } from './queues.js';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * As the owner role, at migration time (ADR 0007): creates or migrates pg-boss's schema and the application's queues
 * (each queue is a partition table, so creating one is DDL the runtime role may not do), then grants the runtime role
 * what pg-boss needs at run time: DML on its tables, its functions, and the same for tables created later.
 * Idempotent; pg-boss serialises concurrent installs with a transaction-scoped advisory lock.
 */
export async function installJobSchema(ownerUrl: string, runtimeRole: string | null): Promise<void> {
  const boss = new PgBoss({ connectionString: ownerUrl, schema: JOB_SCHEMA, migrate: true, supervise: false, schedule: false, max: 2, application_name: 'wg4-migrate-jobs' });
  boss.on('error', () => undefined);
  await boss.start();
  try {
    // The cron's internal queue too (pg-boss creates it on start where schedules run: as the runtime role it could not).
    for (const name of [...Object.values(QUEUES), '__pgboss__send-it']) await boss.createQueue(name);
  } finally {
    await boss.stop({ graceful: false, wait: true, close: true });
  }
  if (!runtimeRole) return;
  const client = new pg.Client({ connectionString: ownerUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const rt = quoteIdent(runtimeRole);
    const schema = quoteIdent(JOB_SCHEMA);
    const { rows } = await client.query<{ owner: string }>('SELECT current_user AS owner');
    const owner = quoteIdent(rows[0].owner);
    await client.query('BEGIN');
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${rt}`);
    await client.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${rt}`);
    await client.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${schema} TO ${rt}`);
    await client.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${schema} TO ${rt}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${rt}`);
    await client.query(`ALTER DEFAULT PRIVILEGES FOR ROLE ${owner} IN SCHEMA ${schema} GRANT EXECUTE ON FUNCTIONS TO ${rt}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
