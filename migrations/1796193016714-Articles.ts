import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Articles1796193016714 implements MigrationInterface {
  name = 'Articles1796193016714';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "articles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(16) NOT NULL, "instrument" character varying(16) NOT NULL, "number" integer NOT NULL, "titles" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_articles_instrument_number" UNIQUE ("instrument", "number"), CONSTRAINT "UQ_articles_code" UNIQUE ("code"), CONSTRAINT "CHK_articles_instrument" CHECK ("instrument" IN ('tip_protocol', 'untoc')), CONSTRAINT "PK_articles" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "recommendation_articles" ("recommendation_id" uuid NOT NULL, "article_id" uuid NOT NULL, "status" character varying(12) NOT NULL, "basis" character varying(12) NOT NULL, "rule" character varying(64), "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_recommendation_articles_basis" CHECK ("basis" IN ('citation', 'keyword', 'secretariat')), CONSTRAINT "CHK_recommendation_articles_status" CHECK ("status" IN ('suggested', 'confirmed', 'rejected')), CONSTRAINT "PK_recommendation_articles" PRIMARY KEY ("recommendation_id", "article_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_articles_article_status" ON "recommendation_articles"  ("article_id", "status") `);
    await queryRunner.query(`ALTER TABLE "recommendation_articles" ADD CONSTRAINT "FK_recommendation_articles_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_articles" ADD CONSTRAINT "FK_recommendation_articles_article" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recommendation_articles" DROP CONSTRAINT "FK_recommendation_articles_article"`);
    await queryRunner.query(`ALTER TABLE "recommendation_articles" DROP CONSTRAINT "FK_recommendation_articles_recommendation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendation_articles_article_status"`);
    await queryRunner.query(`DROP TABLE "recommendation_articles"`);
    await queryRunner.query(`DROP TABLE "articles"`);
  }
}
