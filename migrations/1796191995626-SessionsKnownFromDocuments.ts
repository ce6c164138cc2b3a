import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Data only, for a database seeded before meetings known from other documents said so: such a meeting (its report
 * never imported) said "final", and meeting 10, which the 2021 draft only counts, was missing. A fresh database gets
 * both from the importer (see CatalogueImportService.upsertSession and the importer's meetingsHeldBefore).
 */
export class SessionsKnownFromDocuments1796191995626 implements MigrationInterface {
  name = 'SessionsKnownFromDocuments1796191995626';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // What is known of a meeting whose report was never imported: that its report is not in the record.
    await queryRunner.query(`UPDATE "sessions" s SET "status" = 'unknown' WHERE NOT EXISTS (SELECT 1 FROM "imports" i WHERE i."session_id" = s."id")`);
    // Meetings are numbered from 1 without gaps: one the record lacks below its highest (meeting 10, which the 2021
    // draft only counts) is known to have been held. (A fresh database gets it from the draft's own sentence.)
    await queryRunner.query(
      `INSERT INTO "sessions" ("number", "status", "title")
       SELECT n, 'unknown', '{}'::jsonb FROM generate_series(1, (SELECT max("number") FROM "sessions") - 1) AS n
        WHERE NOT EXISTS (SELECT 1 FROM "sessions" s WHERE s."number" = n)`,
    );
  }

  public async down(): Promise<void> {
    // Nothing to undo: the statuses and meetings it wrote are facts, and the schema's down restores the old CHECK.
  }
}
