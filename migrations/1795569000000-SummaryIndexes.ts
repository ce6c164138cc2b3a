import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hand-written: summaries count a cycle's reports by workflow state, reading only the fields below. INCLUDE makes it an
 * index-only scan (reports rows are wide: narratives are jsonb), which TypeORM cannot declare, hence the entity marks
 * the index `synchronize: false`.
 */
export class SummaryIndexes1795569000000 implements MigrationInterface {
  name = 'SummaryIndexes1795569000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_implementation_reports_cycle_workflow"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_implementation_reports_cycle_workflow" ON "implementation_reports" ("cycle_id", "workflow_state")
       INCLUDE ("state_code", "recommendation_id", "implementation_status", "late", "assistance_needed", "assistance_type", "submissions")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_implementation_reports_cycle_workflow"`);
    await queryRunner.query(`CREATE INDEX "IDX_implementation_reports_cycle_workflow" ON "implementation_reports" ("cycle_id", "workflow_state")`);
  }
}
