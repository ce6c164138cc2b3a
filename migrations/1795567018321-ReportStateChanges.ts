import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Generated table, plus hand-written triggers: every change of a report's workflow state leaves a row (whatever code
 * path made it, in the same transaction), the rows are never changed or deleted, and reports that existed before this
 * migration get one row for the state they are in.
 */

export class ReportStateChanges1795567018321 implements MigrationInterface {
  name = 'ReportStateChanges1795567018321';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "report_state_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "state_code" character(3) NOT NULL, "recommendation_id" uuid NOT NULL, "from_state" character varying(14), "to_state" character varying(14) NOT NULL, "version_number" integer NOT NULL, "implementation_status" character varying(24), "assistance_needed" boolean NOT NULL, "assistance_type" character varying(30), "late" boolean NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_report_state_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_report_state_changes_report_changed" ON "report_state_changes"  ("report_id", "changed_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_report_state_changes_cycle_changed" ON "report_state_changes"  ("cycle_id", "changed_at") `);
    await queryRunner.query(`ALTER TABLE "report_state_changes" ADD CONSTRAINT "FK_report_state_changes_report" FOREIGN KEY ("report_id") REFERENCES "implementation_reports"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`CREATE FUNCTION "report_state_changes_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.workflow_state IS DISTINCT FROM OLD.workflow_state THEN
    INSERT INTO report_state_changes (report_id, cycle_id, state_code, recommendation_id, from_state, to_state, version_number,
                                      implementation_status, assistance_needed, assistance_type, late)
    VALUES (NEW.id, NEW.cycle_id, NEW.state_code, NEW.recommendation_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.workflow_state END,
            NEW.workflow_state, NEW.submissions, NEW.implementation_status, NEW.assistance_needed, NEW.assistance_type, NEW.late);
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_implementation_reports_state_change" AFTER INSERT OR UPDATE ON "implementation_reports" FOR EACH ROW EXECUTE FUNCTION "report_state_changes_record"()`,
    );
    await queryRunner.query(`CREATE FUNCTION "report_state_changes_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'report_state_changes is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_report_state_changes_no_update_delete" BEFORE UPDATE OR DELETE ON "report_state_changes" FOR EACH ROW EXECUTE FUNCTION "report_state_changes_append_only"()`,
    );
    await queryRunner.query(`INSERT INTO report_state_changes (report_id, cycle_id, state_code, recommendation_id, from_state, to_state, version_number,
                                   implementation_status, assistance_needed, assistance_type, late, changed_at)
      SELECT id, cycle_id, state_code, recommendation_id, NULL, workflow_state, submissions, implementation_status, assistance_needed, assistance_type, late, updated_at
      FROM implementation_reports`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_report_state_changes_no_update_delete" ON "report_state_changes"`);
    await queryRunner.query(`DROP FUNCTION "report_state_changes_append_only"()`);
    await queryRunner.query(`DROP TRIGGER "TRG_implementation_reports_state_change" ON "implementation_reports"`);
    await queryRunner.query(`DROP FUNCTION "report_state_changes_record"()`);
    await queryRunner.query(`ALTER TABLE "report_state_changes" DROP CONSTRAINT "FK_report_state_changes_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_state_changes_cycle_changed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_state_changes_report_changed"`);
    await queryRunner.query(`DROP TABLE "report_state_changes"`);
  }
}
