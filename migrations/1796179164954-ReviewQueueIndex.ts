import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ReviewQueueIndex1796179164954 implements MigrationInterface {
  name = 'ReviewQueueIndex1796179164954';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_implementation_reports_review_queue" ON "implementation_reports"  ("submitted_at", "id") WHERE "workflow_state" IN ('submitted', 'under_review')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_implementation_reports_review_queue"`);
  }
}
