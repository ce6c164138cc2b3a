import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditClientRequestId1796156532045 implements MigrationInterface {
  name = 'AuditClientRequestId1796156532045';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" ADD "client_request_id" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "audit_events" DROP COLUMN "client_request_id"`);
  }
}
