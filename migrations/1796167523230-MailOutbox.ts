import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MailOutbox1796167523230 implements MigrationInterface {
  name = 'MailOutbox1796167523230';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mail_deliveries" ("job_id" uuid NOT NULL, "enqueued_at" TIMESTAMP WITH TIME ZONE NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_mail_deliveries" PRIMARY KEY ("job_id"))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "mail_deliveries"`);
  }
}
