import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Reporting1795554181099 implements MigrationInterface {
  name = 'Reporting1795554181099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reporting_cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying(200) NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "status" character varying(10) NOT NULL, "filters" jsonb NOT NULL, "created_by" uuid, "opened_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_reporting_cycles_dates" CHECK ("closes_on" >= "opens_on"), CONSTRAINT "CHK_reporting_cycles_status" CHECK ("status" IN ('planned', 'open', 'closed')), CONSTRAINT "PK_reporting_cycles" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_reporting_cycles_status" ON "reporting_cycles"  ("status") `);
    await queryRunner.query(`CREATE TABLE "cycle_recommendations" ("cycle_id" uuid NOT NULL, "recommendation_id" uuid NOT NULL, CONSTRAINT "PK_cycle_recommendations" PRIMARY KEY ("cycle_id", "recommendation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_cycle_recommendations_recommendation" ON "cycle_recommendations"  ("recommendation_id") `);
    await queryRunner.query(`CREATE TABLE "implementation_reports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "state_code" character(3) NOT NULL, "recommendation_id" uuid NOT NULL, "workflow_state" character varying(14) NOT NULL, "implementation_status" character varying(24), "narrative" jsonb NOT NULL, "measures" jsonb NOT NULL, "evidence" jsonb NOT NULL, "challenges" text, "assistance_needed" boolean NOT NULL DEFAULT false, "assistance_details" text, "assistance_type" character varying(30), "secretariat_assessment" jsonb, "carried_from_id" uuid, "submissions" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "late" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_implementation_reports_cycle_state_recommendation" UNIQUE ("cycle_id", "state_code", "recommendation_id"), CONSTRAINT "CHK_implementation_reports_status" CHECK ("implementation_status" IS NULL OR "implementation_status" IN ('not_started', 'planned', 'in_progress', 'partially_implemented', 'fully_implemented', 'not_applicable')), CONSTRAINT "CHK_implementation_reports_workflow" CHECK ("workflow_state" IN ('draft', 'submitted', 'under_review', 'accepted', 'returned')), CONSTRAINT "PK_implementation_reports" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_implementation_reports_recommendation" ON "implementation_reports"  ("recommendation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_implementation_reports_cycle_workflow" ON "implementation_reports"  ("cycle_id", "workflow_state") `);
    await queryRunner.query(`CREATE INDEX "IDX_implementation_reports_cycle_state" ON "implementation_reports"  ("cycle_id", "state_code") `);
    await queryRunner.query(`CREATE TABLE "report_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "number" integer NOT NULL, "content" jsonb NOT NULL, "late" boolean NOT NULL, "submitted_by" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_report_versions_report_number" UNIQUE ("report_id", "number"), CONSTRAINT "PK_report_versions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "report_reviews" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "version_number" integer NOT NULL, "kind" character varying(12) NOT NULL, "comment" text, "assessment" jsonb, "author_id" uuid, "author_role" character varying(20) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_report_reviews_kind" CHECK ("kind" IN ('start_review', 'accept', 'return', 'comment')), CONSTRAINT "PK_report_reviews" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_report_reviews_report" ON "report_reviews"  ("report_id", "created_at") `);
    await queryRunner.query(`ALTER TABLE "cycle_recommendations" ADD CONSTRAINT "FK_cycle_recommendations_cycle" FOREIGN KEY ("cycle_id") REFERENCES "reporting_cycles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "cycle_recommendations" ADD CONSTRAINT "FK_cycle_recommendations_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" ADD CONSTRAINT "FK_implementation_reports_cycle" FOREIGN KEY ("cycle_id") REFERENCES "reporting_cycles"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" ADD CONSTRAINT "FK_implementation_reports_state" FOREIGN KEY ("state_code") REFERENCES "states"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" ADD CONSTRAINT "FK_implementation_reports_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_versions" ADD CONSTRAINT "FK_report_versions_report" FOREIGN KEY ("report_id") REFERENCES "implementation_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "report_reviews" ADD CONSTRAINT "FK_report_reviews_report" FOREIGN KEY ("report_id") REFERENCES "implementation_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_reviews" DROP CONSTRAINT "FK_report_reviews_report"`);
    await queryRunner.query(`ALTER TABLE "report_versions" DROP CONSTRAINT "FK_report_versions_report"`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" DROP CONSTRAINT "FK_implementation_reports_recommendation"`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" DROP CONSTRAINT "FK_implementation_reports_state"`);
    await queryRunner.query(`ALTER TABLE "implementation_reports" DROP CONSTRAINT "FK_implementation_reports_cycle"`);
    await queryRunner.query(`ALTER TABLE "cycle_recommendations" DROP CONSTRAINT "FK_cycle_recommendations_recommendation"`);
    await queryRunner.query(`ALTER TABLE "cycle_recommendations" DROP CONSTRAINT "FK_cycle_recommendations_cycle"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_reviews_report"`);
    await queryRunner.query(`DROP TABLE "report_reviews"`);
    await queryRunner.query(`DROP TABLE "report_versions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_implementation_reports_cycle_state"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_implementation_reports_cycle_workflow"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_implementation_reports_recommendation"`);
    await queryRunner.query(`DROP TABLE "implementation_reports"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cycle_recommendations_recommendation"`);
    await queryRunner.query(`DROP TABLE "cycle_recommendations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_reporting_cycles_status"`);
    await queryRunner.query(`DROP TABLE "reporting_cycles"`);
  }
}
