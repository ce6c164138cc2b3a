import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated (the two columns), then completed by hand: the search forms of a recommendation's text are stored and
 * kept by a trigger, so a search that cannot use an index (a two-character Chinese term has no trigram) scans
 * ready-made text instead of rebuilding it from the JSON on every row. The search indexes move onto the columns
 * under the same names. Existing rows are filled before the columns become NOT NULL.
 */
export class CatalogueSearchColumns1795590305531 implements MigrationInterface {
  name = 'CatalogueSearchColumns1795590305531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recommendations" ADD "search_text" text`);
    await queryRunner.query(`ALTER TABLE "recommendations" ADD "search_en" tsvector`);
    await queryRunner.query(`CREATE FUNCTION "recommendations_search_columns"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := recommendation_search_text(NEW.text);
        NEW.search_en := to_tsvector('english', COALESCE(NEW.text->>'en', ''));
        RETURN NEW;
      END $$`);
    // Also on a write to the columns themselves, so nothing but the text decides what they hold.
    await queryRunner.query(`CREATE TRIGGER "TRG_recommendations_search_columns"
      BEFORE INSERT OR UPDATE OF "text", "search_text", "search_en" ON "recommendations"
      FOR EACH ROW EXECUTE FUNCTION "recommendations_search_columns"()`);
    await queryRunner.query(`UPDATE "recommendations" SET "text" = "text"`);
    await queryRunner.query(`ALTER TABLE "recommendations" ALTER COLUMN "search_text" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "recommendations" ALTER COLUMN "search_en" SET NOT NULL`);
    await queryRunner.query(`DROP INDEX "IDX_recommendations_search_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_recommendations_search_en_fts"`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_search_trgm" ON "recommendations" USING gin ("search_text" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_search_en_fts" ON "recommendations" USING gin ("search_en")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_recommendations_search_en_fts"`);
    await queryRunner.query(`DROP INDEX "IDX_recommendations_search_trgm"`);
    await queryRunner.query(`DROP TRIGGER "TRG_recommendations_search_columns" ON "recommendations"`);
    await queryRunner.query(`DROP FUNCTION "recommendations_search_columns"()`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP COLUMN "search_en"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP COLUMN "search_text"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_recommendations_search_trgm" ON "recommendations" USING gin ("recommendation_search_text"("text") gin_trgm_ops)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_recommendations_search_en_fts" ON "recommendations" USING gin (to_tsvector('english', COALESCE("text"->>'en', '')))`,
    );
  }
}
