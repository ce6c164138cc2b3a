import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 21: the scope's own counts (recommendations of each cycle that ask something of States — in all, per session,
 * per theme), kept as the scope changes, so the overview no longer reads the whole scope per request (10,000
 * recommendations in the 10× cycle). The definition stays `SCOPE_CTE` in libs/summaries (cycle_recommendations ⋈
 * recommendations, requires_state_report AND NOT is_container); `verify-rollups` compares the two.
 * - `summary_scope_add(cycles, recommendations, sign)`: the pairs' contributions (cycle, session, each theme) added.
 * - cycle_recommendations: statement-level triggers with transition tables (a cycle's scope is one INSERT … SELECT).
 * - recommendations (requires_state_report, is_container, session_id): out BEFORE the change, back AFTER it.
 * - recommendation_themes: the theme cell of every cycle the (qualifying) recommendation is in.
 * Rows are upserted in key order (one lock order for concurrent writers). Then the backfill.
 */
export class SummaryScopeCounts1796200000001 implements MigrationInterface {
  name = 'SummaryScopeCounts1796200000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "summary_scope_counts" ("cycle_id" uuid NOT NULL, "dimension" character varying(10) NOT NULL, "key" character varying(36) NOT NULL, "n" integer NOT NULL, CONSTRAINT "CHK_summary_scope_counts_dimension" CHECK ("dimension" IN ('cycle', 'session', 'theme')), CONSTRAINT "PK_summary_scope_counts" PRIMARY KEY ("cycle_id", "dimension", "key"))`);
    await queryRunner.query(`CREATE FUNCTION "summary_scope_add"(p_cycles uuid[], p_recommendations uuid[], p_sign int) RETURNS void LANGUAGE sql AS $$
      WITH x AS (
        SELECT u.cycle_id, r.id AS recommendation_id, r.session_id
          FROM unnest(p_cycles, p_recommendations) AS u(cycle_id, recommendation_id)
          JOIN recommendations r ON r.id = u.recommendation_id
         WHERE r.requires_state_report AND NOT r.is_container)
      INSERT INTO summary_scope_counts AS s (cycle_id, dimension, key, n)
      SELECT d.cycle_id, d.dimension, d.key, p_sign * count(*)::int FROM (
          SELECT x.cycle_id, 'cycle'::varchar AS dimension, ''::varchar AS key FROM x
          UNION ALL SELECT x.cycle_id, 'session', x.session_id::text FROM x WHERE x.session_id IS NOT NULL
          UNION ALL SELECT x.cycle_id, 'theme', rt.theme_id::text FROM x JOIN recommendation_themes rt ON rt.recommendation_id = x.recommendation_id) d
       GROUP BY d.cycle_id, d.dimension, d.key
       ORDER BY d.cycle_id, d.dimension, d.key
      ON CONFLICT (cycle_id, dimension, key) DO UPDATE SET n = s.n + EXCLUDED.n
    $$`);
    await queryRunner.query(`CREATE FUNCTION "summary_scope_cycle_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM summary_scope_add(array(SELECT o.cycle_id FROM old_rows o ORDER BY o.cycle_id, o.recommendation_id),
                              array(SELECT o.recommendation_id FROM old_rows o ORDER BY o.cycle_id, o.recommendation_id), -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM summary_scope_add(array(SELECT n.cycle_id FROM new_rows n ORDER BY n.cycle_id, n.recommendation_id),
                              array(SELECT n.recommendation_id FROM new_rows n ORDER BY n.cycle_id, n.recommendation_id), 1);
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_cycle_recommendations_scope_insert" AFTER INSERT ON "cycle_recommendations"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_scope_cycle_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_cycle_recommendations_scope_update" AFTER UPDATE ON "cycle_recommendations"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_scope_cycle_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_cycle_recommendations_scope_delete" AFTER DELETE ON "cycle_recommendations"
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_scope_cycle_changed"()`);
    await queryRunner.query(`CREATE FUNCTION "summary_scope_catalogue_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_row record;
  v_sign int;
BEGIN
  IF TG_WHEN = 'BEFORE' THEN v_row := OLD; v_sign := -1; ELSE v_row := NEW; v_sign := 1; END IF;
  IF TG_TABLE_NAME = 'recommendations' THEN
    -- BEFORE: the row still as it was (its contribution out); AFTER: as it is now (back in).
    PERFORM summary_scope_add(array_agg(cr.cycle_id ORDER BY cr.cycle_id), array_agg(cr.recommendation_id ORDER BY cr.cycle_id), v_sign)
       FROM cycle_recommendations cr WHERE cr.recommendation_id = v_row.id;
  ELSE
    INSERT INTO summary_scope_counts AS s (cycle_id, dimension, key, n)
    SELECT cr.cycle_id, 'theme', v_row.theme_id::text, v_sign
      FROM cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id
     WHERE cr.recommendation_id = v_row.recommendation_id AND r.requires_state_report AND NOT r.is_container
     ORDER BY cr.cycle_id
    ON CONFLICT (cycle_id, dimension, key) DO UPDATE SET n = s.n + EXCLUDED.n;
  END IF;
  IF TG_WHEN = 'BEFORE' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  RETURN NULL;
END $$`);
    const scopeFieldsChanged = `WHEN (OLD.requires_state_report IS DISTINCT FROM NEW.requires_state_report OR OLD.is_container IS DISTINCT FROM NEW.is_container OR OLD.session_id IS DISTINCT FROM NEW.session_id)`;
    await queryRunner.query(`CREATE TRIGGER "TRG_recommendations_scope_before" BEFORE UPDATE ON "recommendations" FOR EACH ROW ${scopeFieldsChanged} EXECUTE FUNCTION "summary_scope_catalogue_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_recommendations_scope_after" AFTER UPDATE ON "recommendations" FOR EACH ROW ${scopeFieldsChanged} EXECUTE FUNCTION "summary_scope_catalogue_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_recommendation_themes_scope_before" BEFORE UPDATE OR DELETE ON "recommendation_themes" FOR EACH ROW EXECUTE FUNCTION "summary_scope_catalogue_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_recommendation_themes_scope_after" AFTER INSERT OR UPDATE ON "recommendation_themes" FOR EACH ROW EXECUTE FUNCTION "summary_scope_catalogue_changed"()`);
    // Backfill: every cycle's scope as it is.
    await queryRunner.query(`SELECT summary_scope_add(array_agg(cycle_id ORDER BY cycle_id, recommendation_id), array_agg(recommendation_id ORDER BY cycle_id, recommendation_id), 1) FROM cycle_recommendations`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "TRG_recommendation_themes_scope_after" ON "recommendation_themes"`);
    await queryRunner.query(`DROP TRIGGER "TRG_recommendation_themes_scope_before" ON "recommendation_themes"`);
    await queryRunner.query(`DROP TRIGGER "TRG_recommendations_scope_after" ON "recommendations"`);
    await queryRunner.query(`DROP TRIGGER "TRG_recommendations_scope_before" ON "recommendations"`);
    await queryRunner.query(`DROP FUNCTION "summary_scope_catalogue_changed"()`);
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "TRG_cycle_recommendations_scope_${op}" ON "cycle_recommendations"`);
    await queryRunner.query(`DROP FUNCTION "summary_scope_cycle_changed"()`);
    await queryRunner.query(`DROP FUNCTION "summary_scope_add"(uuid[], uuid[], int)`);
    await queryRunner.query(`DROP TABLE "summary_scope_counts"`);
  }
}
