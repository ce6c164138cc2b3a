import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ArticlesService, CatalogueImportService, CatalogueSeeder, type ImportSummary } from '#catalogue';
import { documentText, parseReport, type PlannedRecommendation, type PlannedSection } from '#importer';
import { CyclesService } from '#reporting';
import { backupDatabase, grantRuntimePrivileges, loadDatabaseEnv, loginRoleOf, restoreDatabase, withClient, withDatabase } from '#database';
import { verifyRollups } from '#summaries';
import { resolveJwtSecret, UsersService } from '#auth';
import { migrateAndGrant, openDatabase } from '#schema';
import { CliModule } from './cli.module.js';
import { generateMigration } from './generate-migration.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                               apply pending migrations
  migration:generate <Name>             write a migration for entity changes (read it, then commit it)
  create-admin --email E --name N [--password P]
                                        create an admin (a temporary password is printed when none is given)
  seed                                  load States, themes and the reports in seeds/ (idempotent)
  import <file> [--dry-run] [--json]    import a meeting report (.txt UTF-8, .pdf or .docx; any UN language);
                                        --dry-run needs no database; exit 1 when the file is refused
  verify-rollups [--cycle <id>]         compare the summaries' rollup with the aggregate of the reports, with its
                                        own history and with its totals; exit 1 on any difference
  remind [--days N]                     remind States with nothing submitted in open cycles closing within N days (default 7)
  backup <file>                         pg_dump the database to <file> (custom format; never overwrites)
  restore <file> [--database <name>]    pg_restore <file> into an empty database: <name> (created when missing) or
                                        the configured one; all or nothing
  api:types                             write libs/contracts/src/openapi.ts from the OpenAPI document (no database;
                                        development only)

The database is DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is not set. migrate, backup, restore
and migration:generate run as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL); the other commands as
DATABASE_URL's role, after migrating as the owner.`;

const log = (m: string) => process.stderr.write(`${m}\n`);

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  if (command === 'import' && rest.includes('--dry-run')) return dryRunImport(rest);
  if (command === 'api:types') {
    // Loaded only here: openapi-typescript is a development dependency, absent from the production image.
    const { writeApiTypes } = await import('./api-types.js');
    log(`wrote ${path.relative(process.cwd(), await writeApiTypes())}`);
    return 0;
  }
  const env = loadDatabaseEnv();
  // The CLI builds the account services (JWT module included); it shares the API's key under DATA_DIR.
  process.env.JWT_SECRET = resolveJwtSecret({ env: process.env, dataDir: env.DATA_DIR }).secret;
  const database = await openDatabase(env, log);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrateAndGrant(database, log);
        log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        return 0;
      }
      case 'migration:generate': {
        const name = rest[0];
        if (!name) throw new Error('migration:generate needs a name, e.g. AddRecommendations');
        const file = await generateMigration(database.migrationUrl, name, path.resolve('migrations'));
        log(file ? `wrote ${path.relative(process.cwd(), file)} — read it before committing` : 'no changes: entities and migrations agree');
        return 0;
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
        });
        if (!values.email || !values.name) throw new Error('create-admin needs --email and --name');
        await migrateAndGrant(database, log);
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(database.url), { logger: ['error'] });
        try {
          const { user, temporaryPassword } = await app.get(UsersService).createWithPassword({
            email: values.email,
            name: values.name,
            role: 'admin',
            password: values.password,
          });
          process.stdout.write(`admin created: ${user.email} (${user.id})\n`);
          if (temporaryPassword) process.stdout.write(`temporary password (shown once; change it at first sign-in): ${temporaryPassword}\n`);
        } finally {
          await app.close();
        }
        return 0;
      }
      case 'seed': {
        await migrateAndGrant(database, log);
        const { result, articles } = await withContext(database.url, async (app) => ({
          result: await app.get(CatalogueSeeder).seed(),
          articles: await app.get(ArticlesService).seedAndSuggest(CatalogueSeeder.seedsDir()),
        }));
        for (const { file, summary } of result.reports) process.stdout.write(`${file}: ${describeImport(summary)}\n`);
        process.stdout.write(`States changed: ${result.statesChanged}, themes created: ${result.themesCreated}\n`);
        process.stdout.write(`Articles created: ${articles.articlesCreated}, article links suggested: ${articles.suggestions}\n`);
        return 0;
      }
      case 'import': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } } });
        const file = positionals[0];
        if (!file) throw new Error('import needs a file');
        await migrateAndGrant(database, log);
        const { summary, plan } = await withContext(database.url, async (app) => {
          const importer = app.get(CatalogueImportService);
          const { text } = await importer.readDocument(readFileSync(file));
          return importer.apply(text, path.basename(file), null);
        });
        process.stdout.write(values.json ? `${JSON.stringify({ summary, plan }, null, 2)}\n` : `${path.basename(file)}: ${describeImport(summary)}\n`);
        return 0;
      }
      case 'remind': {
        const { values } = parseArgs({ args: rest, options: { days: { type: 'string', default: '7' } } });
        const days = Number(values.days);
        if (!Number.isInteger(days) || days < 0 || days > 365) throw new Error('--days must be an integer from 0 to 365');
        const results = await withContext(database.url, (app) => app.get(CyclesService).remindDue(days));
        for (const r of results) process.stdout.write(`cycle ${r.cycleId}: ${r.reminded} focal points reminded\n`);
        if (results.length === 0) process.stdout.write(`no open cycle closes within ${days} days\n`);
        return 0;
      }
      case 'verify-rollups': {
        const { values } = parseArgs({ args: rest, options: { cycle: { type: 'string', multiple: true } } });
        await migrateAndGrant(database, log);
        const result = await withClient(database.url, async (client) => {
          // One snapshot for the three reads, so a write in between cannot show up as a difference.
          await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
          try {
            return await verifyRollups({ query: async (sql, params) => (await client.query(sql, params)).rows }, values.cycle ?? null);
          } finally {
            await client.query('ROLLBACK');
          }
        });
        const show = (d: (typeof result.differences)[number]) =>
          `  ${d.cycleId} ${d.stateCode} ${d.dimension}:${d.key || '-'} ${d.status || '-'} ${d.counting}: expected ${JSON.stringify(d.expected)}, found ${JSON.stringify(d.actual)}`;
        const section = (title: string, diffs: typeof result.differences) => {
          process.stdout.write(`${title}: ${diffs.length ? `${diffs.length} differences (at most 50 shown)` : 'identical'}\n`);
          for (const d of diffs) process.stdout.write(`${show(d)}\n`);
        };
        process.stdout.write(`${result.cells} counted cells from the reports\n`);
        section('rollup vs reports', result.differences);
        section('rollup vs its history', result.historyDifferences);
        section('totals vs rollup', result.totalsDifferences);
        section('scope counts vs scope', result.scopeDifferences);
        return result.differences.length || result.historyDifferences.length || result.totalsDifferences.length || result.scopeDifferences.length ? 1 : 0;
      }
      case 'backup': {
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
        if (positionals.length !== 1) throw new Error('backup needs exactly one file, e.g. backup wg4-2026-11-25.dump');
        const result = await backupDatabase(database.migrationUrl, positionals[0], { binDir: env.PG_BIN_DIR, log });
        log(`pg_dump/pg_restore ${/\(PostgreSQL\)\s+(\S+)/.exec(result.tools.version)?.[1] ?? result.tools.major} from ${result.tools.source}; server: PostgreSQL ${result.serverVersion}`);
        process.stdout.write(`backup written: ${result.file} (${result.bytes} bytes, ${result.entries} archive entries) in ${result.ms} ms\n`);
        return 0;
      }
      case 'restore': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { database: { type: 'string' } } });
        if (positionals.length !== 1) throw new Error('restore needs exactly one file');
        const result = await restoreDatabase(database.migrationUrl, positionals[0], { binDir: env.PG_BIN_DIR, database: values.database, log });
        // pg_restore --no-acl leaves the runtime role without grants: give them now, as the API's start would.
        const runtime = await loginRoleOf(database.url);
        if (runtime !== (await loginRoleOf(database.migrationUrl))) await grantRuntimePrivileges(withDatabase(database.migrationUrl, result.database), runtime);
        log(`pg_dump/pg_restore ${/\(PostgreSQL\)\s+(\S+)/.exec(result.tools.version)?.[1] ?? result.tools.major} from ${result.tools.source}; server: PostgreSQL ${result.serverVersion}`);
        process.stdout.write(`restored into database "${result.database}"${result.created ? ' (created)' : ''}: ${result.tables} tables in ${result.ms} ms\n`);
        return 0;
      }
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${USAGE}\n`);
        return 2;
    }
  } finally {
    await database.stop();
  }
}

async function withContext<T>(url: string, fn: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(url), { logger: ['error', 'warn'] });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

function describeImport(s: ImportSummary): string {
  return (
    `${s.status}; session ${s.session ?? '-'}; ${s.recommendationsCreated} recommendations and ${s.subItemsCreated} sub-items created, ` +
    `${s.recommendationsRevised} revised; attendance ${s.attendance.matched}/${s.attendance.total} matched; ${s.warnings.length} warnings`
  );
}

/** Parses a report with the reference data in seeds/ and prints the plan: no database involved. */
async function dryRunImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, 'dry-run': { type: 'boolean' } } });
  const file = positionals[0];
  if (!file) throw new Error('import needs a file');
  const seeds = CatalogueSeeder.seedsDir();
  const readJson = (name: string) => (existsSync(path.join(seeds, name)) ? JSON.parse(readFileSync(path.join(seeds, name), 'utf8')) : []);
  const read = await documentText(readFileSync(file));
  if (!read.ok) {
    process.stderr.write(`error: ${read.code}: ${read.message}\n`);
    return 1;
  }
  const plan = parseReport(read.text, { states: readJson('states.json'), themes: readJson('themes.json'), fileName: path.basename(file) });
  if (plan.refusal) {
    // Never an empty success: the same refusal the API answers with 422.
    process.stderr.write(`error: ${plan.refusal.code}: ${plan.refusal.message}\n`);
    if (values.json) process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return 1;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    return 0;
  }
  const count = (recs: PlannedRecommendation[]): [number, number] =>
    recs.reduce<[number, number]>(([t, c], r) => [t + 1, c + countChildren(r.children)], [0, 0]);
  const countChildren = (recs: PlannedRecommendation[]): number => recs.reduce((n, r) => n + 1 + countChildren(r.children), 0);
  const lines: string[] = [];
  const walk = (sections: PlannedSection[], depth: number) => {
    for (const s of sections) {
      const [top, sub] = count(s.recommendations);
      lines.push(`${'  '.repeat(depth)}${s.key} ${s.heading}: ${top} recommendations, ${sub} sub-items`);
      walk(s.sections, depth + 1);
    }
  };
  walk(plan.sections, 1);
  const session = plan.session;
  process.stdout.write(
    [
      `${path.basename(file)} (${read.format}; ${plan.source.language}, ${plan.source.kind})`,
      session ? `  session ${session.number ?? '?'}: ${session.startDate ?? '?'}–${session.endDate ?? '?'}, ${session.venue ?? ''}, ${session.status}, ${session.reportSymbol ?? 'no symbol'}` : '  no session',
      ...lines,
      `  attendance: ${plan.attendance.filter((a) => a.stateCode).length}/${plan.attendance.length} matched to a State`,
      `  documents: ${plan.documents.length}; known earlier sessions: ${plan.knownSessions.map((k) => k.number).join(', ') || '-'}`,
      `  warnings: ${plan.warnings.length}`,
      ...plan.warnings.map((w) => `    [${w.code}]${w.line ? ` line ${w.line}` : ''} ${w.message}`),
    ].join('\n') + '\n',
  );
  return 0;
}

run(process.argv.slice(2)).then(
  // Let a large JSON plan reach a pipe before exiting.
  (code) => process.stdout.write('', () => process.exit(code)),
  (error: unknown) => {
    const details = (error as { extras?: { errors?: { field: string; message: string }[] } }).extras?.errors;
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    for (const e of details ?? []) process.stderr.write(`  ${e.field}: ${e.message}\n`);
    process.exit(1);
  },
);
