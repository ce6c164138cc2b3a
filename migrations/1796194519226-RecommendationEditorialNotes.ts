import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RecommendationEditorialNotes1796194519226 implements MigrationInterface {
  name = 'RecommendationEditorialNotes1796194519226';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recommendations" ADD "editorial_notes" jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "recommendations" DROP COLUMN "editorial_notes"`);
  }
}
