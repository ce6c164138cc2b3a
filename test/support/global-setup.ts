import path from 'node:path';
import { pathToFileURL } from 'node:url';
import './test-env.mjs';
// Jest loads global setup with Node's own loader, so `#name` imports resolve to the build in dist/ (the e2e
// script builds first) rather than to the TypeScript sources the test files use.
import { ensureDatabaseRoles, grantRuntimePrivileges, startEmbeddedPostgres } from '#database';
import { asTestOwnerRole, asTestRuntimeRole, recreateDatabase, markAsTemplate, TEST_DATABASE_ROLES } from '#database/testing';
import { migrate } from '#schema';

/**
 * Once per run: find a PostgreSQL (DATABASE_URL, or an embedded one under .data/test), migrate and seed a template
 * database, and tell the test files where it is. Each file then clones its own database from the template.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const handle = await startEmbeddedPostgres({ dataDir: path.resolve('.data/test'), database: 'wg4_test', log: () => undefined });
    (globalThis as { __WG4_EMBEDDED__?: { stop(): Promise<void> } }).__WG4_EMBEDDED__ = handle;
    serverUrl = handle.url;
  }
  const template = `wg4_test_template_${process.pid}`;
  const templateUrl = await recreateDatabase(serverUrl, template);
  // As production does it (ADR 0005): the owner role owns the template and migrates it, then grants the runtime
  // role its table privileges; the application runs as the runtime role. Clones keep owners and grants.
  await ensureDatabaseRoles(serverUrl, template, TEST_DATABASE_ROLES);
  await migrate(asTestOwnerRole(templateUrl), undefined, TEST_DATABASE_ROLES.runtime.user);
  await grantRuntimePrivileges(asTestOwnerRole(templateUrl), TEST_DATABASE_ROLES.runtime.user);
  // Boot the built application once on the template, as the runtime role: its first-start bootstraps create the
  // admin and load the catalogue (States, themes, the source reports), so every test file starts from what
  // `npm start` gives.
  const factory = pathToFileURL(path.resolve('dist/apps/api/src/app.factory.js')).href;
  const { createApp } = (await import(factory)) as { createApp(o: { databaseUrl: string; poolSize: number }): Promise<{ close(): Promise<void> }> };
  const app = await createApp({ databaseUrl: asTestRuntimeRole(templateUrl), poolSize: 2 });
  await app.close();
  await markAsTemplate(serverUrl, template);
  process.env.WG4_TEST_SERVER_URL = serverUrl;
  process.env.WG4_TEST_TEMPLATE = template;
  process.stderr.write(`\n[e2e] template ${template} migrated and seeded on ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL'} in ${Date.now() - started} ms\n`);
}
