import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProtocolStatusSources1796191995625 implements MigrationInterface {
  name = 'ProtocolStatusSources1796191995625';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "protocol_status_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "state_code" character(3) NOT NULL, "status" character varying(12) NOT NULL, "previous_status" character varying(12), "source" character varying(12) NOT NULL, "source_reference" character varying(500) NOT NULL, "source_date" date, "session_id" uuid, "note" character varying(500) NOT NULL, "changed_by" uuid, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_protocol_status_changes_source" CHECK ("source" IN ('treaty_list', 'report', 'manual')), CONSTRAINT "CHK_protocol_status_changes_previous" CHECK ("previous_status" IN ('party', 'signatory', 'non_party')), CONSTRAINT "CHK_protocol_status_changes_status" CHECK ("status" IN ('party', 'signatory', 'non_party')), CONSTRAINT "PK_protocol_status_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_protocol_status_changes_state" ON "protocol_status_changes"  ("state_code", "recorded_at") `);
    await queryRunner.query(`ALTER TABLE "states" ADD "protocol_action" character varying(20)`);
    await queryRunner.query(`ALTER TABLE "states" ADD "protocol_action_date" date`);
    await queryRunner.query(`ALTER TABLE "sessions" ALTER COLUMN "status" SET DEFAULT 'unknown'`);
    await queryRunner.query(`ALTER TABLE "states" ADD CONSTRAINT "CHK_states_protocol_action_date" CHECK (("protocol_action" IS NULL) = ("protocol_action_date" IS NULL))`);
    await queryRunner.query(`ALTER TABLE "states" ADD CONSTRAINT "CHK_states_protocol_action" CHECK ("protocol_action" IN ('ratification', 'accession', 'acceptance', 'approval', 'succession'))`);
    await queryRunner.query(`ALTER TABLE "protocol_status_changes" ADD CONSTRAINT "FK_protocol_status_changes_state" FOREIGN KEY ("state_code") REFERENCES "states"("code") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "protocol_status_changes" ADD CONSTRAINT "FK_protocol_status_changes_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    // Written by hand (TypeORM does not compare CHECK expressions): a session's report status may be unknown.
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "CHK_sessions_status"`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "CHK_sessions_status" CHECK ("status" IN ('draft', 'final', 'unknown'))`);
    // The States' protocol statuses and their sources are set at the next start, from seeds/protocol-parties.json
    // (CatalogueSeeder.syncProtocolStatuses): the list lives in seeds/, not in a migration.
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "sessions" SET "status" = 'final' WHERE "status" = 'unknown'`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "CHK_sessions_status"`);
    await queryRunner.query(`ALTER TABLE "sessions" ADD CONSTRAINT "CHK_sessions_status" CHECK ("status" IN ('draft', 'final'))`);
    await queryRunner.query(`ALTER TABLE "protocol_status_changes" DROP CONSTRAINT "FK_protocol_status_changes_session"`);
    await queryRunner.query(`ALTER TABLE "protocol_status_changes" DROP CONSTRAINT "FK_protocol_status_changes_state"`);
    await queryRunner.query(`ALTER TABLE "states" DROP CONSTRAINT "CHK_states_protocol_action"`);
    await queryRunner.query(`ALTER TABLE "states" DROP CONSTRAINT "CHK_states_protocol_action_date"`);
    await queryRunner.query(`ALTER TABLE "sessions" ALTER COLUMN "status" SET DEFAULT 'final'`);
    await queryRunner.query(`ALTER TABLE "states" DROP COLUMN "protocol_action_date"`);
    await queryRunner.query(`ALTER TABLE "states" DROP COLUMN "protocol_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_protocol_status_changes_state"`);
    await queryRunner.query(`DROP TABLE "protocol_status_changes"`);
  }
}
