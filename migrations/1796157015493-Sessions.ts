import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Sessions1796157015493 implements MigrationInterface {
  name = 'Sessions1796157015493';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_tokens_family"`);
    await queryRunner.query(`CREATE TABLE "auth_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_used_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), "user_agent" character varying(300), "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(40), CONSTRAINT "PK_auth_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_auth_sessions_user" ON "auth_sessions"  ("user_id") `);
    await queryRunner.query(`CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(20) NOT NULL, "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, CONSTRAINT "UQ_account_tokens_token_hash" UNIQUE ("token_hash"), CONSTRAINT "CHK_account_tokens_purpose" CHECK ("purpose" IN ('invitation', 'password_reset')), CONSTRAINT "PK_account_tokens" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_account_tokens_user" ON "account_tokens"  ("user_id", "purpose") `);
    // Each refresh-token family was a sign-in: it becomes a session with the same id, so live access tokens
    // (whose sid is the family id) keep working, and revoked families stay revoked.
    await queryRunner.query(`INSERT INTO "auth_sessions" ("id", "user_id", "created_at", "expires_at", "last_used_at", "revoked_at", "revoked_reason")
      SELECT "family_id", "user_id", min("created_at"), least(max("expires_at"), min("created_at") + interval '30 days'),
             max(coalesce("used_at", "created_at")),
             CASE WHEN bool_and("revoked_at" IS NOT NULL) THEN max("revoked_at") END,
             CASE WHEN bool_and("revoked_at" IS NOT NULL) THEN max("revoked_reason") END
        FROM "refresh_tokens" GROUP BY "family_id", "user_id"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "session_id" uuid`);
    await queryRunner.query(`UPDATE "refresh_tokens" SET "session_id" = "family_id"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ALTER COLUMN "session_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "family_id"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "revoked_at"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "revoked_reason"`);
    await queryRunner.query(`ALTER TABLE "users" ADD "password_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "users" ADD "language" character varying(2) NOT NULL DEFAULT 'en'`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" DROP NOT NULL`);
    // "e-mail|address" keys of the (account, address) counter are longer than an e-mail.
    await queryRunner.query(`ALTER TABLE "login_failures" ALTER COLUMN "key" TYPE character varying(320)`);
    await queryRunner.query(`CREATE INDEX "IDX_refresh_tokens_session" ON "refresh_tokens"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "CHK_users_language" CHECK ("language" IN ('ar', 'zh', 'en', 'fr', 'ru', 'es'))`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" ADD CONSTRAINT "FK_auth_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD CONSTRAINT "FK_refresh_tokens_session" FOREIGN KEY ("session_id") REFERENCES "auth_sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "account_tokens" ADD CONSTRAINT "FK_account_tokens_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account_tokens" DROP CONSTRAINT "FK_account_tokens_user"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP CONSTRAINT "FK_refresh_tokens_session"`);
    await queryRunner.query(`ALTER TABLE "auth_sessions" DROP CONSTRAINT "FK_auth_sessions_user"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "CHK_users_language"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_refresh_tokens_session"`);
    await queryRunner.query(`DELETE FROM "login_failures" WHERE length("key") > 254`);
    await queryRunner.query(`ALTER TABLE "login_failures" ALTER COLUMN "key" TYPE character varying(254)`);
    // Invited users who have not chosen a password yet cannot be represented before this migration.
    await queryRunner.query(`DELETE FROM "users" WHERE "password_hash" IS NULL`);
    await queryRunner.query(`ALTER TABLE "users" ALTER COLUMN "password_hash" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "password_expires_at"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "revoked_reason" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "revoked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ADD "family_id" uuid`);
    await queryRunner.query(`UPDATE "refresh_tokens" t SET "family_id" = t."session_id", "revoked_at" = s."revoked_at", "revoked_reason" = s."revoked_reason"
      FROM "auth_sessions" s WHERE s."id" = t."session_id"`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" ALTER COLUMN "family_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "refresh_tokens" DROP COLUMN "session_id"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_account_tokens_user"`);
    await queryRunner.query(`DROP TABLE "account_tokens"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_auth_sessions_user"`);
    await queryRunner.query(`DROP TABLE "auth_sessions"`);
    await queryRunner.query(`CREATE INDEX "IDX_refresh_tokens_family" ON "refresh_tokens" USING btree ("family_id") `);
  }
}
