import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written (TypeORM cannot declare GIN expression indexes; the entity lists them with `synchronize: false`, so
 * `migration:generate` finds nothing to do): a search in a language reads that language's text, by the method of its
 * language (libs/catalogue/src/search.ts uses these very expressions). English already has its stored column and
 * index (CatalogueSearchColumns). Both servers (Debian's PostgreSQL 15, the embedded 18) ship the four configurations
 * and pg_trgm.
 */
// Spelled out, not imported: a migration stays as it was written when the code's map changes.
const CONFIGURATIONS = [
  ['fr', 'french'],
  ['es', 'spanish'],
  ['ru', 'russian'],
  ['ar', 'arabic'],
] as const;

export class CatalogueSearchLanguages1796192442430 implements MigrationInterface {
  name = 'CatalogueSearchLanguages1796192442430';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const [language, configuration] of CONFIGURATIONS) {
      await queryRunner.query(
        `CREATE INDEX "IDX_recommendations_search_${language}_fts" ON "recommendations" USING gin (to_tsvector('${configuration}', COALESCE("text"->>'${language}', '')))`,
      );
    }
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_search_zh_trgm" ON "recommendations" USING gin (("text"->>'zh') gin_trgm_ops)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_recommendations_search_zh_trgm"`);
    for (const [language] of CONFIGURATIONS) await queryRunner.query(`DROP INDEX "IDX_recommendations_search_${language}_fts"`);
  }
}
