import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 21 (ADR 0007): the counted figures of the summaries, kept as the data changes.
 *
 * Tables as generated from the entities (summary_rollups, summary_rollup_totals, summary_rollup_changes,
 * summary_rollup_epoch), plus
 * hand-written triggers and the backfill:
 * - `summary_rollup_apply(minus, plus, theme)` turns report rows into signed cells — per cycle × State × dimension
 *   (state, session, theme, assistance, any) × status × accepted/pending — reading the scope (cycle_recommendations,
 *   requires_state_report, is_container), the session and the themes as they are at the time of the call, adds them
 *   to summary_rollups (upsert, in key order so concurrent writers lock rows in one order), the session, theme and
 *   assistance cells summed over States to summary_rollup_totals (8 shards by State), and appends them to
 *   summary_rollup_changes (the rollup's history).
 * - implementation_reports: statement-level AFTER INSERT / UPDATE / DELETE triggers with transition tables, so a bulk
 *   insert is one aggregate, and an update that changes nothing counted (every draft save) does nothing.
 * - recommendations (requires_state_report, is_container, session_id), recommendation_themes and
 *   cycle_recommendations: row triggers taking the recommendation's reports out BEFORE the change and back AFTER it.
 * - summary_rollup_changes is append-only, like report_state_changes.
 * - Backfill: every report in a counted state, one cycle at a time; then the epoch: from it on the history is complete.
 */
export class SummaryRollups1796160000000 implements MigrationInterface {
  name = 'SummaryRollups1796160000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "summary_rollups" ("cycle_id" uuid NOT NULL, "state_code" character(3) NOT NULL, "dimension" character varying(10) NOT NULL, "key" character varying(36) NOT NULL, "status" character varying(24) NOT NULL, "counting" character varying(8) NOT NULL, "n" integer NOT NULL, "late" integer NOT NULL, "assistance" integer NOT NULL, CONSTRAINT "CHK_summary_rollups_counting" CHECK ("counting" IN ('accepted', 'pending')), CONSTRAINT "CHK_summary_rollups_dimension" CHECK ("dimension" IN ('state', 'session', 'theme', 'assistance', 'any')), CONSTRAINT "PK_summary_rollups" PRIMARY KEY ("cycle_id", "dimension", "key", "state_code", "status", "counting"))`);
    await queryRunner.query(`CREATE TABLE "summary_rollup_totals" ("cycle_id" uuid NOT NULL, "dimension" character varying(10) NOT NULL, "key" character varying(36) NOT NULL, "status" character varying(24) NOT NULL, "counting" character varying(8) NOT NULL, "shard" smallint NOT NULL, "n" integer NOT NULL, "late" integer NOT NULL, "assistance" integer NOT NULL, CONSTRAINT "PK_summary_rollup_totals" PRIMARY KEY ("cycle_id", "dimension", "key", "status", "counting", "shard"))`);
    await queryRunner.query(`CREATE TABLE "summary_rollup_changes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "state_code" character(3) NOT NULL, "dimension" character varying(10) NOT NULL, "key" character varying(36) NOT NULL, "status" character varying(24) NOT NULL, "counting" character varying(8) NOT NULL, "n" integer NOT NULL, "late" integer NOT NULL, "assistance" integer NOT NULL, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_summary_rollup_changes" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_summary_rollup_changes_cycle_changed" ON "summary_rollup_changes" ("cycle_id", "changed_at") `);
    await queryRunner.query(`CREATE TABLE "summary_rollup_epoch" ("singleton" boolean NOT NULL DEFAULT true, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "CHK_summary_rollup_epoch_single" CHECK ("singleton"), CONSTRAINT "PK_summary_rollup_epoch" PRIMARY KEY ("singleton"))`);
    // A State profile as of a time reads one State's history of the cycle, not the whole cycle's.
    await queryRunner.query(`CREATE INDEX "IDX_report_state_changes_cycle_state_changed" ON "report_state_changes" ("cycle_id", "state_code", "changed_at")`);

    await queryRunner.query(`CREATE TYPE "summary_rollup_report" AS (cycle_id uuid, state_code character(3), recommendation_id uuid, workflow_state character varying,
      implementation_status character varying, late boolean, assistance_needed boolean, assistance_type character varying)`);
    await queryRunner.query(`CREATE FUNCTION "summary_rollup_apply"(p_minus summary_rollup_report[], p_plus summary_rollup_report[], p_theme uuid)
RETURNS void LANGUAGE sql AS $$
  WITH r AS (
    SELECT -1 AS sign, m.* FROM unnest(p_minus) m WHERE m.workflow_state IN ('submitted', 'under_review', 'accepted')
    UNION ALL
    SELECT 1, p.* FROM unnest(p_plus) p WHERE p.workflow_state IN ('submitted', 'under_review', 'accepted')),
  c AS (
    SELECT r.sign, r.cycle_id, r.state_code, r.recommendation_id, COALESCE(r.implementation_status, '') AS status,
           CASE WHEN r.workflow_state = 'accepted' THEN 'accepted' ELSE 'pending' END AS counting,
           r.late::int AS late, r.assistance_needed, r.assistance_needed::int AS assistance, r.assistance_type, rec.session_id,
           (rec.requires_state_report AND NOT rec.is_container
             AND EXISTS (SELECT 1 FROM cycle_recommendations cr WHERE cr.cycle_id = r.cycle_id AND cr.recommendation_id = r.recommendation_id)) AS in_scope
      FROM r JOIN recommendations rec ON rec.id = r.recommendation_id),
  cells AS (
    SELECT c.sign, c.cycle_id, c.state_code, 'any' AS dimension, '' AS key, c.status, c.counting, c.late, c.assistance FROM c WHERE p_theme IS NULL
    UNION ALL
    SELECT c.sign, c.cycle_id, c.state_code, 'state', '', c.status, c.counting, c.late, c.assistance FROM c WHERE c.in_scope AND p_theme IS NULL
    UNION ALL
    SELECT c.sign, c.cycle_id, c.state_code, 'session', c.session_id::text, c.status, c.counting, c.late, c.assistance FROM c WHERE c.in_scope AND p_theme IS NULL
    UNION ALL
    SELECT c.sign, c.cycle_id, c.state_code, 'assistance', COALESCE(c.assistance_type, 'unspecified'), c.status, c.counting, c.late, c.assistance
      FROM c WHERE c.in_scope AND c.assistance_needed AND p_theme IS NULL
    UNION ALL
    SELECT c.sign, c.cycle_id, c.state_code, 'theme', rt.theme_id::text, c.status, c.counting, c.late, c.assistance
      FROM c JOIN recommendation_themes rt ON rt.recommendation_id = c.recommendation_id
     WHERE c.in_scope AND (p_theme IS NULL OR rt.theme_id = p_theme)),
  deltas AS (
    SELECT cycle_id, state_code, dimension, key, status, counting,
           sum(sign)::int AS n, sum(sign * late)::int AS late, sum(sign * assistance)::int AS assistance
      FROM cells GROUP BY cycle_id, state_code, dimension, key, status, counting
    HAVING sum(sign) <> 0 OR sum(sign * late) <> 0 OR sum(sign * assistance) <> 0),
  applied AS (
    INSERT INTO summary_rollups AS s (cycle_id, dimension, key, state_code, status, counting, n, late, assistance)
    SELECT cycle_id, dimension, key, state_code, status, counting, n, late, assistance FROM deltas
     ORDER BY cycle_id, dimension, key, state_code, status, counting
    ON CONFLICT ON CONSTRAINT "PK_summary_rollups"
    DO UPDATE SET n = s.n + EXCLUDED.n, late = s.late + EXCLUDED.late, assistance = s.assistance + EXCLUDED.assistance
    RETURNING 1),
  totals AS (
    INSERT INTO summary_rollup_totals AS t (cycle_id, dimension, key, status, counting, shard, n, late, assistance)
    SELECT cycle_id, dimension, key, status, counting, ascii(substr(state_code, 3, 1)) % 8, sum(n), sum(late), sum(assistance) FROM deltas
     WHERE dimension IN ('session', 'theme', 'assistance')
     GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6
    ON CONFLICT ON CONSTRAINT "PK_summary_rollup_totals"
    DO UPDATE SET n = t.n + EXCLUDED.n, late = t.late + EXCLUDED.late, assistance = t.assistance + EXCLUDED.assistance
    RETURNING 1)
  INSERT INTO summary_rollup_changes (cycle_id, state_code, dimension, key, status, counting, n, late, assistance)
  SELECT cycle_id, state_code, dimension, key, status, counting, n, late, assistance FROM deltas
$$`);

    const row = (t: string) =>
      `ROW(${t}.cycle_id, ${t}.state_code, ${t}.recommendation_id, ${t}.workflow_state, ${t}.implementation_status, ${t}.late, ${t}.assistance_needed, ${t}.assistance_type)::summary_rollup_report`;
    const counted = (t: string) => `${t}.workflow_state IN ('submitted', 'under_review', 'accepted')`;
    await queryRunner.query(`CREATE FUNCTION "summary_rollups_reports_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_minus summary_rollup_report[];
  v_plus summary_rollup_report[];
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    SELECT array_agg(${row('o')}) INTO v_minus FROM old_rows o WHERE ${counted('o')};
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    SELECT array_agg(${row('n')}) INTO v_plus FROM new_rows n WHERE ${counted('n')};
  END IF;
  IF v_minus IS NOT NULL OR v_plus IS NOT NULL THEN
    PERFORM summary_rollup_apply(v_minus, v_plus, NULL);
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_implementation_reports_rollup_insert" AFTER INSERT ON "implementation_reports"
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_rollups_reports_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_implementation_reports_rollup_update" AFTER UPDATE ON "implementation_reports"
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_rollups_reports_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_implementation_reports_rollup_delete" AFTER DELETE ON "implementation_reports"
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "summary_rollups_reports_changed"()`);

    // The counted reports of one recommendation (optionally of one cycle), in or out with the catalogue row.
    const reportsOf = (rec: string, cycle: string) =>
      `(SELECT array_agg(${row('ir')}) FROM implementation_reports ir WHERE ir.recommendation_id = ${rec}${cycle ? ` AND ir.cycle_id = ${cycle}` : ''} AND ${counted('ir')})`;
    await queryRunner.query(`CREATE FUNCTION "summary_rollups_catalogue_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_row record;
  v_sign int;
BEGIN
  IF TG_WHEN = 'BEFORE' THEN v_row := OLD; v_sign := -1; ELSE v_row := NEW; v_sign := 1; END IF;
  IF TG_TABLE_NAME = 'recommendations' THEN
    IF OLD.requires_state_report IS DISTINCT FROM NEW.requires_state_report OR OLD.is_container IS DISTINCT FROM NEW.is_container
       OR OLD.session_id IS DISTINCT FROM NEW.session_id THEN
      IF v_sign < 0 THEN PERFORM summary_rollup_apply(${reportsOf('OLD.id', '')}, NULL, NULL);
      ELSE PERFORM summary_rollup_apply(NULL, ${reportsOf('NEW.id', '')}, NULL); END IF;
    END IF;
  ELSIF TG_TABLE_NAME = 'recommendation_themes' THEN
    IF v_sign < 0 THEN PERFORM summary_rollup_apply(${reportsOf('v_row.recommendation_id', '')}, NULL, v_row.theme_id);
    ELSE PERFORM summary_rollup_apply(NULL, ${reportsOf('v_row.recommendation_id', '')}, v_row.theme_id); END IF;
  ELSIF TG_TABLE_NAME = 'cycle_recommendations' THEN
    IF v_sign < 0 THEN PERFORM summary_rollup_apply(${reportsOf('v_row.recommendation_id', 'v_row.cycle_id')}, NULL, NULL);
    ELSE PERFORM summary_rollup_apply(NULL, ${reportsOf('v_row.recommendation_id', 'v_row.cycle_id')}, NULL); END IF;
  END IF;
  IF TG_WHEN = 'BEFORE' THEN
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
  END IF;
  RETURN NULL;
END $$`);
    await queryRunner.query(`CREATE TRIGGER "TRG_recommendations_rollup_before" BEFORE UPDATE ON "recommendations" FOR EACH ROW EXECUTE FUNCTION "summary_rollups_catalogue_changed"()`);
    await queryRunner.query(`CREATE TRIGGER "TRG_recommendations_rollup_after" AFTER UPDATE ON "recommendations" FOR EACH ROW EXECUTE FUNCTION "summary_rollups_catalogue_changed"()`);
    for (const table of ['recommendation_themes', 'cycle_recommendations']) {
      await queryRunner.query(`CREATE TRIGGER "TRG_${table}_rollup_before" BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "summary_rollups_catalogue_changed"()`);
      await queryRunner.query(`CREATE TRIGGER "TRG_${table}_rollup_after" AFTER INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION "summary_rollups_catalogue_changed"()`);
    }

    await queryRunner.query(`CREATE FUNCTION "summary_rollup_changes_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'summary_rollup_changes is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "TRG_summary_rollup_changes_no_update_delete" BEFORE UPDATE OR DELETE ON "summary_rollup_changes" FOR EACH ROW EXECUTE FUNCTION "summary_rollup_changes_append_only"()`,
    );

    // Backfill, one cycle at a time (each one aggregate), then the epoch.
    const cycles: { id: string }[] = await queryRunner.query(`SELECT DISTINCT cycle_id AS id FROM implementation_reports`);
    for (const { id } of cycles) {
      await queryRunner.query(
        `SELECT summary_rollup_apply(NULL, (SELECT array_agg(${row('ir')}) FROM implementation_reports ir WHERE ir.cycle_id = $1 AND ${counted('ir')}), NULL)`,
        [id],
      );
    }
    await queryRunner.query(`INSERT INTO summary_rollup_epoch (singleton, started_at) VALUES (true, clock_timestamp())`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['recommendation_themes', 'cycle_recommendations', 'recommendations']) {
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_rollup_before" ON "${table}"`);
      await queryRunner.query(`DROP TRIGGER "TRG_${table}_rollup_after" ON "${table}"`);
    }
    for (const op of ['insert', 'update', 'delete']) await queryRunner.query(`DROP TRIGGER "TRG_implementation_reports_rollup_${op}" ON "implementation_reports"`);
    await queryRunner.query(`DROP FUNCTION "summary_rollups_catalogue_changed"()`);
    await queryRunner.query(`DROP FUNCTION "summary_rollups_reports_changed"()`);
    await queryRunner.query(`DROP FUNCTION "summary_rollup_apply"(summary_rollup_report[], summary_rollup_report[], uuid)`);
    await queryRunner.query(`DROP TYPE "summary_rollup_report"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_report_state_changes_cycle_state_changed"`);
    await queryRunner.query(`DROP TABLE "summary_rollup_epoch"`);
    await queryRunner.query(`DROP TRIGGER "TRG_summary_rollup_changes_no_update_delete" ON "summary_rollup_changes"`);
    await queryRunner.query(`DROP FUNCTION "summary_rollup_changes_append_only"()`);
    await queryRunner.query(`DROP INDEX "public"."IDX_summary_rollup_changes_cycle_changed"`);
    await queryRunner.query(`DROP TABLE "summary_rollup_changes"`);
    await queryRunner.query(`DROP TABLE "summary_rollup_totals"`);
    await queryRunner.query(`DROP TABLE "summary_rollups"`);
  }
}
