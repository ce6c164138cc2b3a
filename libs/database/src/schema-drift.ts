import type { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities. Against a fully migrated database this must be
 * empty; anything else means an entity changed without a migration (or a migration was edited by hand).
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((q) => q.query),
    down: sql.downQueries.map((q) => q.query),
  };
}
