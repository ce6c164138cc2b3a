import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: search over recommendation texts. The entity declares these indexes with `synchronize: false`, so
 * the drift check leaves them alone; the queries in RecommendationsService use the very same expressions.
 * - Substrings in any language (Chinese has no word breaks): pg_trgm GIN on all texts joined.
 * - English words and phrases with stemming: full-text GIN on the English text.
 */
export class CatalogueSearch1795552800000 implements MigrationInterface {
  name = 'CatalogueSearch1795552800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE FUNCTION "recommendation_search_text"(texts jsonb) RETURNS text
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
      AS $$ SELECT COALESCE(string_agg(value, ' ' ORDER BY key), '') FROM jsonb_each_text(texts) $$`);
    await queryRunner.query(
      `CREATE INDEX "IDX_recommendations_search_trgm" ON "recommendations" USING gin ("recommendation_search_text"("text") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_recommendations_search_en_fts" ON "recommendations" USING gin (to_tsvector('english', COALESCE("text"->>'en', '')))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_recommendations_search_en_fts"`);
    await queryRunner.query(`DROP INDEX "IDX_recommendations_search_trgm"`);
    await queryRunner.query(`DROP FUNCTION "recommendation_search_text"(jsonb)`);
  }
}
