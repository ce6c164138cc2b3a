import { withDatabase } from '#database';
import { dropTestDatabase } from '#database/testing';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.WG4_TEST_SERVER_URL;
  const template = process.env.WG4_TEST_TEMPLATE;
  if (serverUrl && template) {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await client.connect();
    await client.query(`UPDATE pg_database SET datistemplate = false WHERE datname = $1`, [template]);
    await client.end();
    await dropTestDatabase(withDatabase(serverUrl, template));
  }
  await (globalThis as { __WG4_EMBEDDED__?: { stop(): Promise<void> } }).__WG4_EMBEDDED__?.stop();
}
