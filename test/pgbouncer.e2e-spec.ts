import pg from 'pg';
import { asTestRuntimeRole } from '#database/testing';
import { pgbouncerOrSkip, startPgbouncer, type Pgbouncer } from './support/pgbouncer.js';

/**
 * The whole e2e journey through a real PgBouncer in transaction mode (Debian's `pgbouncer`), the app's pool and its
 * job queue both: what docker-compose.yml runs. Skipped, saying why, where pgbouncer cannot be installed — never in
 * CI (CI set), where its absence fails the run.
 */
if (pgbouncerOrSkip('the journey through PgBouncer in transaction mode')) {
  let pooler: Pgbouncer | undefined;
  beforeAll(async () => {
    pooler = await startPgbouncer(process.env.WG4_TEST_SERVER_URL!);
    process.env.WG4_TEST_POOLER_PORT = String(pooler.port);
  });
  afterAll(async () => {
    delete process.env.WG4_TEST_POOLER_PORT;
    await pooler?.stop();
  });

  describe('PgBouncer in transaction mode', () => {
    it('refuses a client that sends statement_timeout at start-up (why the API no longer does) and gives ours the role-level settings', async () => {
      const url = pooler!.via(asTestRuntimeRole(process.env.WG4_TEST_SERVER_URL!));
      const refused = new pg.Client({ connectionString: url, statement_timeout: 30_000 } as pg.ClientConfig);
      await expect(refused.connect()).rejects.toThrow(/unsupported startup parameter/);
      const ours = new pg.Client({ connectionString: url });
      await ours.connect();
      try {
        const { rows } = await ours.query<{ s: string; i: string }>(`SELECT current_setting('statement_timeout') AS s, current_setting('idle_in_transaction_session_timeout') AS i`);
        expect(rows[0]).toEqual({ s: '30s', i: '1min' });
      } finally {
        await ours.end();
      }
    });
  });

  // The journey's own describe, its app started through the pooler (test/support/test-app.ts reads WG4_TEST_POOLER_PORT).
  await import('./journey.e2e-spec.js');
}
