import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Mfa1796157116968 implements MigrationInterface {
  name = 'Mfa1796157116968';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "mfa_challenges" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "consumed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_mfa_challenges_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_mfa_challenges" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_mfa_challenges_user" ON "mfa_challenges"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "mfa_recovery_codes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_mfa_recovery_codes_user_hash" UNIQUE ("user_id", "code_hash"), CONSTRAINT "PK_mfa_recovery_codes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_mfa_recovery_codes_user" ON "mfa_recovery_codes"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "user_mfa" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "secret_encrypted" character varying(200) NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "last_used_step" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_user_mfa_user" UNIQUE ("user_id"), CONSTRAINT "PK_user_mfa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "users" ADD "mfa_enabled" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "mfa_challenges" ADD CONSTRAINT "FK_mfa_challenges_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "mfa_recovery_codes" ADD CONSTRAINT "FK_mfa_recovery_codes_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "user_mfa" ADD CONSTRAINT "FK_user_mfa_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_mfa" DROP CONSTRAINT "FK_user_mfa_user"`);
    await queryRunner.query(`ALTER TABLE "mfa_recovery_codes" DROP CONSTRAINT "FK_mfa_recovery_codes_user"`);
    await queryRunner.query(`ALTER TABLE "mfa_challenges" DROP CONSTRAINT "FK_mfa_challenges_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "mfa_enabled"`);
    await queryRunner.query(`DROP TABLE "user_mfa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mfa_recovery_codes_user"`);
    await queryRunner.query(`DROP TABLE "mfa_recovery_codes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_mfa_challenges_user"`);
    await queryRunner.query(`DROP TABLE "mfa_challenges"`);
  }
}
