import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CycleStateExtensions1796179379081 implements MigrationInterface {
  name = 'CycleStateExtensions1796179379081';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cycle_state_extensions" ("cycle_id" uuid NOT NULL, "state_code" character(3) NOT NULL, "closes_on" date NOT NULL, "reason" character varying(1000) NOT NULL, "granted_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cycle_state_extensions" PRIMARY KEY ("cycle_id", "state_code"))`);
    await queryRunner.query(`ALTER TABLE "cycle_state_extensions" ADD CONSTRAINT "FK_cycle_state_extensions_cycle" FOREIGN KEY ("cycle_id") REFERENCES "reporting_cycles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cycle_state_extensions" ADD CONSTRAINT "FK_cycle_state_extensions_state" FOREIGN KEY ("state_code") REFERENCES "states"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // A deadline that moves (an extension, a new closing day) sets late flags again: the state history records that
    // too, so an asOf read from it (before the rollup epoch, a State profile's items) sees the flag as it was then.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "report_state_changes_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.workflow_state IS DISTINCT FROM OLD.workflow_state OR NEW.late IS DISTINCT FROM OLD.late THEN
    INSERT INTO report_state_changes (report_id, cycle_id, state_code, recommendation_id, from_state, to_state, version_number,
                                      implementation_status, assistance_needed, assistance_type, late)
    VALUES (NEW.id, NEW.cycle_id, NEW.state_code, NEW.recommendation_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.workflow_state END,
            NEW.workflow_state, NEW.submissions, NEW.implementation_status, NEW.assistance_needed, NEW.assistance_type, NEW.late);
  END IF;
  RETURN NULL;
END $$`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE OR REPLACE FUNCTION "report_state_changes_record"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.workflow_state IS DISTINCT FROM OLD.workflow_state THEN
    INSERT INTO report_state_changes (report_id, cycle_id, state_code, recommendation_id, from_state, to_state, version_number,
                                      implementation_status, assistance_needed, assistance_type, late)
    VALUES (NEW.id, NEW.cycle_id, NEW.state_code, NEW.recommendation_id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.workflow_state END,
            NEW.workflow_state, NEW.submissions, NEW.implementation_status, NEW.assistance_needed, NEW.assistance_type, NEW.late);
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`ALTER TABLE "cycle_state_extensions" DROP CONSTRAINT "FK_cycle_state_extensions_state"`);
    await queryRunner.query(`ALTER TABLE "cycle_state_extensions" DROP CONSTRAINT "FK_cycle_state_extensions_cycle"`);
    await queryRunner.query(`DROP TABLE "cycle_state_extensions"`);
  }
}
