import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Evidence1795554429865 implements MigrationInterface {
  name = 'Evidence1795554429865';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "evidence_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "report_id" uuid NOT NULL, "file_name" character varying(200) NOT NULL, "content_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "data" bytea NOT NULL, "uploaded_by" uuid, "uploaded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "removed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_evidence_files" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_evidence_files_report" ON "evidence_files"  ("report_id") `);
    await queryRunner.query(`ALTER TABLE "evidence_files" ADD CONSTRAINT "FK_evidence_files_report" FOREIGN KEY ("report_id") REFERENCES "implementation_reports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_evidence_files_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_evidence_files_report"`);
    await queryRunner.query(`DROP TABLE "evidence_files"`);
  }
}
