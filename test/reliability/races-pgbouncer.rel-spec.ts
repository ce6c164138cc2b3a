import { pgbouncerOrSkip, startPgbouncer, type Pgbouncer } from '../support/pgbouncer.js';

/**
 * The races suite again, its built API behind a real PgBouncer in transaction mode (Debian's `pgbouncer`), as
 * docker-compose.yml runs the replicas: the same one-winner / no-lost-update / one-audit-row answers must hold when
 * every transaction may land on another server connection. Skipped, saying why, where pgbouncer cannot be installed —
 * never in CI (CI set), where its absence fails the run.
 */
if (pgbouncerOrSkip('the races through PgBouncer')) {
  // Started before the races' module loads, so that its figures are titled for the pooler.
  const pooler: Pgbouncer = await startPgbouncer(process.env.WG4_TEST_SERVER_URL!);
  process.env.WG4_TEST_POOLER_PORT = String(pooler.port);
  afterAll(async () => {
    delete process.env.WG4_TEST_POOLER_PORT;
    await pooler.stop();
  });

  // The races' own describe; test/reliability/support/built-app.ts points its API at the pooler.
  await import('./races.rel-spec.js');

  describe('the pooler', () => {
    it("carried the races: the API's transactions went through PgBouncer, not around it", async () => {
      const perDatabase = await pooler.transactions();
      const races = Object.entries(perDatabase).filter(([name]) => name.startsWith('wg4_rel_test'));
      // 10,584 submits alone are as many transactions; the saves, sign-ins and reads add more.
      expect(races.reduce((sum, [, n]) => sum + n, 0)).toBeGreaterThan(10_000);
    });
  });
}
