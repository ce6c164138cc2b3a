import type { DataSource } from 'typeorm';

export interface SchemaStatement {
  query: string;
  /** Bound values, e.g. of the typeorm_metadata rows TypeORM keeps for generated columns. */
  parameters?: unknown[];
}

/**
 * The SQL TypeORM would run to make the database match the entities. Against a fully migrated database this must be
 * empty; anything else means an entity changed without a migration (or a migration was edited by hand).
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: SchemaStatement[]; down: SchemaStatement[] }> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  const plain = ({ query, parameters }: SchemaStatement): SchemaStatement => (parameters?.length ? { query, parameters } : { query });
  return { up: sql.upQueries.map(plain), down: sql.downQueries.map(plain) };
}
