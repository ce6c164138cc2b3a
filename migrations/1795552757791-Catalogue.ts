import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Catalogue1795552757791 implements MigrationInterface {
  name = 'Catalogue1795552757791';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "states" ("code" character(3) NOT NULL, "names" jsonb NOT NULL, "aliases" jsonb NOT NULL, "kind" character varying(20) NOT NULL, "regional_group" character varying(30), "protocol_status" character varying(12) NOT NULL DEFAULT 'non_party', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "CHK_states_protocol_status" CHECK ("protocol_status" IN ('party', 'signatory', 'non_party')), CONSTRAINT "CHK_states_kind" CHECK ("kind" IN ('member_state', 'observer_state', 'reio', 'other')), CONSTRAINT "CHK_states_code" CHECK ("code" ~ '^[A-Z]{3}$'), CONSTRAINT "PK_states" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_states_regional_group" ON "states"  ("regional_group") `);
    await queryRunner.query(`CREATE TABLE "sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" integer NOT NULL, "start_date" date, "end_date" date, "venue" character varying(200), "chair" character varying(300), "format" character varying(40), "status" character varying(10) NOT NULL DEFAULT 'final', "report_symbol" character varying(60), "title" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_sessions_report_symbol" UNIQUE ("report_symbol"), CONSTRAINT "UQ_sessions_number" UNIQUE ("number"), CONSTRAINT "CHK_sessions_dates" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"), CONSTRAINT "CHK_sessions_status" CHECK ("status" IN ('draft', 'final')), CONSTRAINT "PK_sessions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "session_documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "symbol" character varying(80) NOT NULL, "agenda_item" character varying(40), "title" text NOT NULL, "ordinal" integer NOT NULL, CONSTRAINT "UQ_session_documents_session_symbol" UNIQUE ("session_id", "symbol"), CONSTRAINT "PK_session_documents" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_session_documents_symbol" ON "session_documents"  ("symbol") `);
    await queryRunner.query(`CREATE TABLE "session_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "state_code" character(3), "name" character varying(300) NOT NULL, "category" character varying(20) NOT NULL, "ordinal" integer NOT NULL, CONSTRAINT "UQ_session_attendance_session_name" UNIQUE ("session_id", "name", "category"), CONSTRAINT "CHK_session_attendance_category" CHECK ("category" IN ('party', 'reio', 'signatory', 'observer_state', 'un_entity', 'igo', 'other_entity')), CONSTRAINT "PK_session_attendance" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_session_attendance_state" ON "session_attendance"  ("state_code") `);
    await queryRunner.query(`CREATE TABLE "sections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "parent_id" uuid, "key" character varying(60) NOT NULL, "heading" jsonb NOT NULL, "ordinal" integer NOT NULL, CONSTRAINT "UQ_sections_session_key" UNIQUE ("session_id", "key"), CONSTRAINT "PK_sections" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_sections_parent" ON "sections"  ("parent_id") `);
    await queryRunner.query(`CREATE TABLE "themes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(64) NOT NULL, "names" jsonb NOT NULL, "keywords" jsonb NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_themes_code" UNIQUE ("code"), CONSTRAINT "PK_themes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "recommendations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "session_id" uuid NOT NULL, "section_id" uuid, "parent_id" uuid, "root_id" uuid, "number" character varying(40) NOT NULL, "label" character varying(12), "ordinal" integer NOT NULL, "reference" character varying(120) NOT NULL, "text" jsonb NOT NULL, "addressee" character varying(40) array NOT NULL, "modality" character varying(20) NOT NULL, "adoption" character varying(24) NOT NULL, "is_container" boolean NOT NULL DEFAULT false, "requires_state_report" boolean NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "UQ_recommendations_session_number" UNIQUE ("session_id", "number"), CONSTRAINT "CHK_recommendations_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"), CONSTRAINT "CHK_recommendations_adoption" CHECK ("adoption" IN ('adopted', 'endorsed', 'for_cop_consideration')), CONSTRAINT "CHK_recommendations_modality" CHECK ("modality" IN ('should', 'should_consider', 'may', 'encouraged', 'requested', 'other')), CONSTRAINT "PK_recommendations" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_requires_state_report" ON "recommendations"  ("requires_state_report") `);
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_session_ordinal" ON "recommendations"  ("session_id", "ordinal") `);
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_root" ON "recommendations"  ("root_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_parent" ON "recommendations"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_recommendations_section" ON "recommendations"  ("section_id") `);
    await queryRunner.query(`CREATE TABLE "recommendation_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "recommendation_id" uuid NOT NULL, "version" integer NOT NULL, "snapshot" jsonb NOT NULL, "changed_fields" character varying(40) array NOT NULL, "source" character varying(10) NOT NULL, "changed_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_recommendation_revisions_version" UNIQUE ("recommendation_id", "version"), CONSTRAINT "PK_recommendation_revisions" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_revisions_recommendation" ON "recommendation_revisions"  ("recommendation_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "recommendation_themes" ("recommendation_id" uuid NOT NULL, "theme_id" uuid NOT NULL, "source" character varying(12) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_recommendation_themes" PRIMARY KEY ("recommendation_id", "theme_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_themes_theme" ON "recommendation_themes"  ("theme_id") `);
    await queryRunner.query(`CREATE TABLE "recommendation_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "from_id" uuid NOT NULL, "to_id" uuid NOT NULL, "type" character varying(12) NOT NULL, "note" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_recommendation_links_from_to_type" UNIQUE ("from_id", "to_id", "type"), CONSTRAINT "CHK_recommendation_links_not_self" CHECK ("from_id" <> "to_id"), CONSTRAINT "CHK_recommendation_links_type" CHECK ("type" IN ('reiterates', 'builds_on', 'supersedes')), CONSTRAINT "PK_recommendation_links" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_recommendation_links_to" ON "recommendation_links"  ("to_id") `);
    await queryRunner.query(`CREATE TABLE "imports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "sha256" character(64) NOT NULL, "file_name" character varying(255), "language" character varying(2) NOT NULL, "session_id" uuid, "summary" jsonb NOT NULL, "imported_by" uuid, "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_imports_sha256" UNIQUE ("sha256"), CONSTRAINT "PK_imports" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_imports_session" ON "imports"  ("session_id") `);
    await queryRunner.query(`ALTER TABLE "session_documents" ADD CONSTRAINT "FK_session_documents_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session_attendance" ADD CONSTRAINT "FK_session_attendance_state" FOREIGN KEY ("state_code") REFERENCES "states"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sections" ADD CONSTRAINT "FK_sections_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "sections" ADD CONSTRAINT "FK_sections_parent" FOREIGN KEY ("parent_id") REFERENCES "sections"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendations" ADD CONSTRAINT "FK_recommendations_session" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendations" ADD CONSTRAINT "FK_recommendations_section" FOREIGN KEY ("section_id") REFERENCES "sections"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendations" ADD CONSTRAINT "FK_recommendations_parent" FOREIGN KEY ("parent_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendations" ADD CONSTRAINT "FK_recommendations_root" FOREIGN KEY ("root_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_revisions" ADD CONSTRAINT "FK_recommendation_revisions_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_themes" ADD CONSTRAINT "FK_recommendation_themes_recommendation" FOREIGN KEY ("recommendation_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_themes" ADD CONSTRAINT "FK_recommendation_themes_theme" FOREIGN KEY ("theme_id") REFERENCES "themes"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_links" ADD CONSTRAINT "FK_recommendation_links_from" FOREIGN KEY ("from_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation_links" ADD CONSTRAINT "FK_recommendation_links_to" FOREIGN KEY ("to_id") REFERENCES "recommendations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recommendation_links" DROP CONSTRAINT "FK_recommendation_links_to"`);
    await queryRunner.query(`ALTER TABLE "recommendation_links" DROP CONSTRAINT "FK_recommendation_links_from"`);
    await queryRunner.query(`ALTER TABLE "recommendation_themes" DROP CONSTRAINT "FK_recommendation_themes_theme"`);
    await queryRunner.query(`ALTER TABLE "recommendation_themes" DROP CONSTRAINT "FK_recommendation_themes_recommendation"`);
    await queryRunner.query(`ALTER TABLE "recommendation_revisions" DROP CONSTRAINT "FK_recommendation_revisions_recommendation"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "FK_recommendations_root"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "FK_recommendations_parent"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "FK_recommendations_section"`);
    await queryRunner.query(`ALTER TABLE "recommendations" DROP CONSTRAINT "FK_recommendations_session"`);
    await queryRunner.query(`ALTER TABLE "sections" DROP CONSTRAINT "FK_sections_parent"`);
    await queryRunner.query(`ALTER TABLE "sections" DROP CONSTRAINT "FK_sections_session"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_session_attendance_state"`);
    await queryRunner.query(`ALTER TABLE "session_attendance" DROP CONSTRAINT "FK_session_attendance_session"`);
    await queryRunner.query(`ALTER TABLE "session_documents" DROP CONSTRAINT "FK_session_documents_session"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_imports_session"`);
    await queryRunner.query(`DROP TABLE "imports"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendation_links_to"`);
    await queryRunner.query(`DROP TABLE "recommendation_links"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendation_themes_theme"`);
    await queryRunner.query(`DROP TABLE "recommendation_themes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendation_revisions_recommendation"`);
    await queryRunner.query(`DROP TABLE "recommendation_revisions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendations_section"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendations_parent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendations_root"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendations_session_ordinal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_recommendations_requires_state_report"`);
    await queryRunner.query(`DROP TABLE "recommendations"`);
    await queryRunner.query(`DROP TABLE "themes"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_sections_parent"`);
    await queryRunner.query(`DROP TABLE "sections"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_session_attendance_state"`);
    await queryRunner.query(`DROP TABLE "session_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_session_documents_symbol"`);
    await queryRunner.query(`DROP TABLE "session_documents"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_states_regional_group"`);
    await queryRunner.query(`DROP TABLE "states"`);
  }
}
