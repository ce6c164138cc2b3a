import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { pendingSchemaChanges, withDatabase, type SchemaStatement } from '#database';
import { appDataSourceOptions } from '#schema';

const escape = (sql: string) => sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * Like `typeorm migration:generate`: migrates a scratch database to the committed migrations, asks TypeORM what
 * the entities still need, and writes that as a new migration (then re-lists migrations/index.ts). Read it before
 * committing.
 */
export async function generateMigration(serverUrl: string, name: string, migrationsDir: string): Promise<string | null> {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) throw new Error('Migration name must be PascalCase, e.g. AddRecommendations');
  const scratch = `wg4_migration_scratch_${process.pid}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${scratch}`);
  await admin.query(`CREATE DATABASE ${scratch}`);
  try {
    const dataSource = new DataSource(appDataSourceOptions(withDatabase(serverUrl, scratch), { poolSize: 2 }));
    await dataSource.initialize();
    try {
      await dataSource.runMigrations({ transaction: 'each' });
      const { up, down } = await pendingSchemaChanges(dataSource);
      if (up.length === 0) return null;
      const timestamp = Date.now();
      const className = `${name}${timestamp}`;
      const body = (statements: SchemaStatement[]) =>
        statements
          .map(({ query, parameters }) => `    await queryRunner.query(\`${escape(query)}\`${parameters ? `, ${JSON.stringify(parameters)}` : ''});`)
          .join('\n');
      const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${body(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${body([...down].reverse())}
  }
}
`;
      mkdirSync(migrationsDir, { recursive: true });
      const file = path.join(migrationsDir, `${timestamp}-${name}.ts`);
      writeFileSync(file, source);
      writeMigrationIndex(migrationsDir);
      return file;
    } finally {
      await dataSource.destroy();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${scratch} WITH (FORCE)`);
    await admin.end();
  }
}

export function writeMigrationIndex(migrationsDir: string): void {
  const files = readdirSync(migrationsDir)
    .filter((f) => /^\d{13}-[A-Za-z0-9]+\.ts$/.test(f))
    .sort();
  const entries = files.map((f) => {
    const [timestamp, rest] = f.replace(/\.ts$/, '').split('-');
    return { module: `./${f.replace(/\.ts$/, '.js')}`, className: `${rest}${timestamp}` };
  });
  const source = `// Every migration, in order. \`npm run migration:generate -- <Name>\` writes a new one and updates this list.
${entries.map((e) => `import { ${e.className} } from '${e.module}';`).join('\n')}

export const MIGRATIONS = [${entries.map((e) => e.className).join(', ')}];
`;
  writeFileSync(path.join(migrationsDir, 'index.ts'), source);
}
