/**
 * The rollup's proof (issue 21): the counted cells computed afresh from the reports, compared with summary_rollups to
 * the unit, and the rollup's history summed, compared with the rollup. Written from the definition (ADR 0008), not
 * from the trigger's SQL, so the trigger is checked against something it does not share.
 */

/** Anything that runs a statement: a TypeORM DataSource or EntityManager, or a pg client wrapped. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown[]>;
}

export interface RollupCell {
  cycleId: string;
  stateCode: string;
  dimension: string;
  key: string;
  status: string;
  counting: string;
}

export interface RollupDifference extends RollupCell {
  /** What the reports say (reference) and what the rollup (or its summed history) holds. */
  expected: { n: number; late: number; assistance: number };
  actual: { n: number; late: number; assistance: number };
}

export interface RollupVerification {
  /** Non-zero cells in the reference. */
  cells: number;
  /** Cells where the rollup differs from the reports. */
  differences: RollupDifference[];
  /** Cells where the rollup differs from the sum of its history. */
  historyDifferences: RollupDifference[];
  /** Cells where the totals (summary_rollup_totals, State '' here) differ from the rollup summed over States. */
  totalsDifferences: RollupDifference[];
  /** Cells where the scope counts (summary_scope_counts; State, status, counting '') differ from the scope counted afresh. */
  scopeDifferences: RollupDifference[];
}

/** Every counted cell of the cycles $1 (all cycles when NULL), from implementation_reports and the catalogue now. */
export const ROLLUP_REFERENCE_SQL = `
  WITH r AS (
    SELECT ir.cycle_id, ir.state_code, COALESCE(ir.implementation_status, '') AS status,
           CASE WHEN ir.workflow_state = 'accepted' THEN 'accepted' ELSE 'pending' END AS counting,
           ir.late, ir.assistance_needed, ir.assistance_type, ir.recommendation_id, rec.session_id,
           (cr.cycle_id IS NOT NULL AND rec.requires_state_report AND NOT rec.is_container) AS in_scope
      FROM implementation_reports ir
      JOIN recommendations rec ON rec.id = ir.recommendation_id
      LEFT JOIN cycle_recommendations cr ON cr.cycle_id = ir.cycle_id AND cr.recommendation_id = ir.recommendation_id
     WHERE ir.workflow_state IN ('submitted', 'under_review', 'accepted') AND ($1::uuid[] IS NULL OR ir.cycle_id = ANY($1::uuid[]))),
  keyed AS (
    SELECT r.*, 'any' AS dimension, '' AS key FROM r
    UNION ALL SELECT r.*, 'state', '' FROM r WHERE in_scope
    UNION ALL SELECT r.*, 'session', r.session_id::text FROM r WHERE in_scope
    UNION ALL SELECT r.*, 'assistance', COALESCE(r.assistance_type, 'unspecified') FROM r WHERE in_scope AND assistance_needed
    UNION ALL SELECT r.*, 'theme', rt.theme_id::text FROM r JOIN recommendation_themes rt ON rt.recommendation_id = r.recommendation_id WHERE in_scope)
  SELECT cycle_id, state_code, dimension, key, status, counting,
         count(*)::int AS n, (count(*) FILTER (WHERE late))::int AS late, (count(*) FILTER (WHERE assistance_needed))::int AS assistance
    FROM keyed GROUP BY cycle_id, state_code, dimension, key, status, counting`;

const KEY = `cycle_id, state_code, dimension, key, status, counting`;

/** The cells where `a` and `b` (each a query of KEY + n, late, assistance) differ, zero cells being absent cells. */
const compareSql = (a: string, b: string) => `
  WITH a AS (${a}), b AS (${b})
  SELECT COALESCE(a.cycle_id, b.cycle_id) AS "cycleId", COALESCE(a.state_code, b.state_code) AS "stateCode",
         COALESCE(a.dimension, b.dimension) AS dimension, COALESCE(a.key, b.key) AS key, COALESCE(a.status, b.status) AS status,
         COALESCE(a.counting, b.counting) AS counting,
         json_build_object('n', COALESCE(a.n, 0), 'late', COALESCE(a.late, 0), 'assistance', COALESCE(a.assistance, 0)) AS expected,
         json_build_object('n', COALESCE(b.n, 0), 'late', COALESCE(b.late, 0), 'assistance', COALESCE(b.assistance, 0)) AS actual
    FROM (SELECT * FROM a WHERE n <> 0 OR late <> 0 OR assistance <> 0) a
    FULL JOIN (SELECT * FROM b WHERE n <> 0 OR late <> 0 OR assistance <> 0) b USING (${KEY})
   WHERE a.n IS DISTINCT FROM b.n OR a.late IS DISTINCT FROM b.late OR a.assistance IS DISTINCT FROM b.assistance
   ORDER BY 1, 2, 3, 4, 5, 6
   LIMIT $2`;

const ROLLUP_SQL = `SELECT ${KEY}, n, late, assistance FROM summary_rollups WHERE $1::uuid[] IS NULL OR cycle_id = ANY($1::uuid[])`;
const HISTORY_SQL = `SELECT ${KEY}, sum(n)::int AS n, sum(late)::int AS late, sum(assistance)::int AS assistance FROM summary_rollup_changes
                      WHERE $1::uuid[] IS NULL OR cycle_id = ANY($1::uuid[]) GROUP BY ${KEY}`;

const TOTALS_SQL = `SELECT cycle_id, ''::text AS state_code, dimension, key, status, counting || ':' || shard AS counting, n, late, assistance
                       FROM summary_rollup_totals WHERE $1::uuid[] IS NULL OR cycle_id = ANY($1::uuid[])`;
const SUMMED_SQL = `SELECT cycle_id, ''::text AS state_code, dimension, key, status, counting || ':' || (ascii(substr(state_code, 3, 1)) % 8) AS counting,
                           sum(n)::int AS n, sum(late)::int AS late, sum(assistance)::int AS assistance
                      FROM summary_rollups WHERE dimension IN ('session', 'theme', 'assistance') AND ($1::uuid[] IS NULL OR cycle_id = ANY($1::uuid[]))
                     GROUP BY 1, 2, 3, 4, 5, 6`;

/** The scope counted from its definition (SCOPE_CTE), and as kept (summary_scope_counts), in compareSql's shape. */
const SCOPE_REFERENCE_SQL = `
  WITH scope AS (
    SELECT cr.cycle_id, r.id AS recommendation_id, r.session_id
      FROM cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id
     WHERE r.requires_state_report AND NOT r.is_container AND ($1::uuid[] IS NULL OR cr.cycle_id = ANY($1::uuid[]))),
  keyed AS (
    SELECT cycle_id, 'cycle' AS dimension, '' AS key FROM scope
    UNION ALL SELECT cycle_id, 'session', session_id::text FROM scope WHERE session_id IS NOT NULL
    UNION ALL SELECT s.cycle_id, 'theme', rt.theme_id::text FROM scope s JOIN recommendation_themes rt ON rt.recommendation_id = s.recommendation_id)
  SELECT cycle_id, ''::text AS state_code, dimension, key, ''::text AS status, ''::text AS counting, count(*)::int AS n, 0 AS late, 0 AS assistance
    FROM keyed GROUP BY cycle_id, dimension, key`;
const SCOPE_COUNTS_SQL = `SELECT cycle_id, ''::text AS state_code, dimension, key, ''::text AS status, ''::text AS counting, n, 0 AS late, 0 AS assistance
                            FROM summary_scope_counts WHERE $1::uuid[] IS NULL OR cycle_id = ANY($1::uuid[])`;

/**
 * Compares the rollup with the reports, its history with the rollup, the totals with the rollup, and the scope counts
 * with the scope (the cycles given, else all). Runs in one
 * REPEATABLE READ snapshot when `db` is a fresh transaction; the CLI and the test give it one.
 */
export async function verifyRollups(db: Queryable, cycleIds: string[] | null = null, limit = 50): Promise<RollupVerification> {
  const [{ cells }] = (await db.query(`SELECT count(*)::int AS cells FROM (${ROLLUP_REFERENCE_SQL}) x WHERE n <> 0`, [cycleIds])) as { cells: number }[];
  const differences = (await db.query(compareSql(ROLLUP_REFERENCE_SQL, ROLLUP_SQL), [cycleIds, limit])) as RollupDifference[];
  const historyDifferences = (await db.query(compareSql(ROLLUP_SQL, HISTORY_SQL), [cycleIds, limit])) as RollupDifference[];
  const totalsDifferences = (await db.query(compareSql(SUMMED_SQL, TOTALS_SQL), [cycleIds, limit])) as RollupDifference[];
  const scopeDifferences = (await db.query(compareSql(SCOPE_REFERENCE_SQL, SCOPE_COUNTS_SQL), [cycleIds, limit])) as RollupDifference[];
  return { cells, differences, historyDifferences, totalsDifferences, scopeDifferences };
}
