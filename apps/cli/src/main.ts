import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NestFactory } from '@nestjs/core';
import { loadDatabaseEnv } from '#database';
import { UsersService } from '#auth';
import { migrate, openDatabase } from '#schema';
import { CliModule } from './cli.module.js';
import { generateMigration } from './generate-migration.js';

const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  migrate                               apply pending migrations
  migration:generate <Name>             write a migration for entity changes (read it, then commit it)
  create-admin --email E --name N [--password P]
                                        create an admin (a temporary password is printed when none is given)

The database is DATABASE_URL, or the embedded PostgreSQL under DATA_DIR when it is not set.`;

const log = (m: string) => process.stderr.write(`${m}\n`);

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 1;
  }
  const env = loadDatabaseEnv();
  const database = await openDatabase(env, log);
  try {
    switch (command) {
      case 'migrate': {
        const applied = await migrate(database.url);
        log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
        return 0;
      }
      case 'migration:generate': {
        const name = rest[0];
        if (!name) throw new Error('migration:generate needs a name, e.g. AddRecommendations');
        const file = await generateMigration(database.url, name, path.resolve('migrations'));
        log(file ? `wrote ${path.relative(process.cwd(), file)} — read it before committing` : 'no changes: entities and migrations agree');
        return 0;
      }
      case 'create-admin': {
        const { values } = parseArgs({
          args: rest,
          options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
        });
        if (!values.email || !values.name) throw new Error('create-admin needs --email and --name');
        await migrate(database.url);
        const app = await NestFactory.createApplicationContext(CliModule.forRoot(database.url), { logger: ['error'] });
        try {
          const { user, temporaryPassword } = await app.get(UsersService).create(null, {
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
      default:
        process.stderr.write(`Unknown command: ${command}\n\n${USAGE}\n`);
        return 2;
    }
  } finally {
    await database.stop();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const details = (error as { extras?: { errors?: { field: string; message: string }[] } }).extras?.errors;
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    for (const e of details ?? []) process.stderr.write(`  ${e.field}: ${e.message}\n`);
    process.exit(1);
  },
);
