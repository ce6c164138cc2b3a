/**
 * The SQL behind every summary, as text builders, so the service and the benchmark run the very same statements.
 * Every figure is an aggregate computed by PostgreSQL (GROUP BY, FILTER, GROUPING SETS); JavaScript only shapes the
 * handful of aggregate rows into the response.
 *
 * Parameters shared by all statements:
 *   $1 uuid[]       the cycles
 *   $2 text[]       the workflow states that count (['accepted'], or with 'submitted' and 'under_review')
 *   $3 timestamptz  asOf, or NULL for "now"
 * Statement-specific parameters follow from $4.
 */
import { recommendationTextSql } from '#catalogue';
import { isoTimestampSql } from '#common';
import { IMPLEMENTATION_STATUSES } from '#contracts';

/** A State's name in the asked language (`langParam`, may be NULL), else English, else its code. */
const stateNameSql = (st: string, langParam: string) => `COALESCE(${st}.names->>${langParam}, ${st}.names->>'en', ${st}.code)`;

/** The time the figures describe: the asked `asOf`, else the statement's own start. */
const AT = `COALESCE($3::timestamptz, statement_timestamp())`;

/**
 * `states_then`: every report of the cycles as it stood — now: the reports table itself; as of a time: the last
 * recorded state change of each report before that time (report_state_changes keeps the counted figures as they were).
 * `counted`: those whose workflow state counts.
 */
export function countedCte(asOf: boolean, stateParam?: string, recommendationParam?: string): string {
  const one = (stateParam ? ` AND c.state_code = ${stateParam}` : '') + (recommendationParam ? ` AND c.recommendation_id = ${recommendationParam}` : '');
  const states = asOf
    ? `states_then AS NOT MATERIALIZED (
      SELECT DISTINCT ON (c.report_id) c.report_id, c.cycle_id, c.state_code, c.recommendation_id, c.to_state AS workflow_state,
             c.implementation_status, c.assistance_needed, c.assistance_type, c.late, c.version_number
        FROM report_state_changes c
       WHERE c.cycle_id = ANY($1::uuid[]) AND c.changed_at <= $3::timestamptz${one}
       ORDER BY c.report_id, c.changed_at DESC)`
    : `states_then AS NOT MATERIALIZED (
      SELECT c.id AS report_id, c.cycle_id, c.state_code, c.recommendation_id, c.workflow_state, c.implementation_status,
             c.assistance_needed, c.assistance_type, c.late, c.submissions AS version_number
        FROM implementation_reports c
       WHERE c.cycle_id = ANY($1::uuid[])${one})`;
  return `${states},
    counted AS (SELECT * FROM states_then WHERE workflow_state = ANY($2::text[]))`;
}

/** Each cycle's frozen scope, reduced to the recommendations that ask something of States. */
export const SCOPE_CTE = `scope AS (
      SELECT cr.cycle_id, r.id AS recommendation_id, r.session_id
        FROM cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id
       WHERE cr.cycle_id = ANY($1::uuid[]) AND r.requires_state_report AND NOT r.is_container)`;

/** The scope narrowed to the recommendations linked to one article (`$4`, its code; rejected links excluded). */
export const ARTICLE_SCOPE_CTE = `scope AS (
      SELECT cr.cycle_id, r.id AS recommendation_id, r.session_id
        FROM cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id
       WHERE cr.cycle_id = ANY($1::uuid[]) AND r.requires_state_report AND NOT r.is_container
         AND EXISTS (SELECT 1 FROM recommendation_articles ra JOIN articles a ON a.id = ra.article_id
                      WHERE ra.recommendation_id = r.id AND a.code = $4::text AND ra.status <> 'rejected'))`;

/**
 * The value a State's or a user's field had at the time: the "from" of the first audited change after it, else the
 * current value. Protocol status and focal-point accounts change rarely, and every change is in the audit trail.
 */
const valueAt = (entity: string, idSql: string, field: string, current: string) =>
  `COALESCE((SELECT a.changes->'${field}'->>'from' FROM audit_events a
              WHERE a.entity = '${entity}' AND a.entity_id = ${idSql} AND a.occurred_at > ${AT} AND a.changes ? '${field}'
              ORDER BY a.occurred_at LIMIT 1), ${current}::text)`;

/** At the time (`$3`, else now): the account was a focal point and active. */
export const activeFocalPointAt = (u: string) =>
  `${u}.created_at <= ${AT} AND ${valueAt('user', `${u}.id::text`, 'role', `${u}.role`)} = 'focal_point' AND ${valueAt('user', `${u}.id::text`, 'active', `${u}.active`)} = 'true'`;
/** At the time: the State the account reported for. */
export const focalPointStateAt = (u: string) => valueAt('user', `${u}.id::text`, 'stateCode', `${u}.state_code`);

/**
 * At the time: each State's protocol status, the focal-point accounts active then (with their State), and the expected
 * States — Protocol parties (the EU included) and every State with an active focal point.
 */
export const EXPECTED_CTE = `state_status AS (
      SELECT s.code, ${valueAt('state', 's.code', 'protocolStatus', 's.protocol_status')} AS protocol_status FROM states s),
    focal_points AS (
      SELECT u.id, ${focalPointStateAt('u')} AS state_code FROM users u WHERE ${activeFocalPointAt('u')}),
    expected AS (
      SELECT code FROM state_status WHERE protocol_status = 'party'
      UNION
      SELECT state_code FROM focal_points WHERE state_code IS NOT NULL)`;

/**
 * The secretariat's own assessment of a report as it stood at the time: the last review that gave one (the reviews
 * keep every assessment, so an asOf reproduces it).
 */
const secretariatStatusAt = (reportId: string) =>
  `(SELECT rr.assessment->>'status' FROM report_reviews rr
     WHERE rr.report_id = ${reportId} AND rr.assessment IS NOT NULL AND rr.created_at <= ${AT}
     ORDER BY rr.created_at DESC LIMIT 1)`;

/**
 * The States of the population in no regional group (the documents' "Other / not assigned", which they name), with
 * their names in every language. Needs the statement's `population` (code).
 */
const UNASSIGNED_JSON = `(SELECT json_agg(json_build_object('code', s.code, 'names', s.names) ORDER BY s.code)
                           FROM population p JOIN states s ON s.code = p.code WHERE s.regional_group IS NULL)`;

/** JSON object of the status counts of the rows of `c`. */
const STATUS_JSON = `json_build_object(${IMPLEMENTATION_STATUSES.map((s) => `'${s}', count(*) FILTER (WHERE c.implementation_status = '${s}')`).join(', ')})`;

/** JSON object `{ status: n }` of the status rows `x` (columns status, n) matching `where`. */
const statusObject = (from: string, where: string) => `(SELECT json_object_agg(x.status, x.n) FROM ${from} x WHERE ${where})`;

/** The cycle row as JSON (null when there is none), so a summary needs no separate lookup. */
const CYCLE_JSON = `(SELECT json_build_object('id', y.id, 'name', y.name, 'status', y.status, 'opensOn', y.opens_on, 'closesOn', y.closes_on)
                       FROM reporting_cycles y WHERE y.id = ($1::uuid[])[1])`;

/**
 * Cycle overview: one statement answering a JSON document of aggregates. The counted reports are read once and folded
 * by GROUPING SETS into small cells — per (State, status), per (recommendation, status), per assistance type — from
 * which every breakdown is summed. The population is the expected States plus any other State with a counted report;
 * "no information" is computed from it as population × scope − answers.
 */
export function overviewSql(asOf: boolean, contributors = false, byArticle = false): string {
  // For a focal point: also the States behind each group's figures (grouping set (State, recommendation), g = 1, and
  // (State, assistance type), g = 2), so the service can suppress the groups with too few other States.
  const extraSets = contributors ? ', (c.state_code, c.recommendation_id), (c.state_code, c.assistance_type)' : '';
  const contributorsJson = contributors
    ? `,
      'contributors', json_build_object(
        'total', (SELECT json_agg(b.state_code) FROM by_state b),
        'regions', (SELECT json_object_agg(x.regional_group, x.codes) FROM (
            SELECT COALESCE(s.regional_group, '') AS regional_group, json_agg(b.state_code) AS codes
              FROM by_state b JOIN states s ON s.code = b.state_code GROUP BY 1) x),
        'sessions', (SELECT json_object_agg(x.number, x.codes) FROM (
            SELECT se.number, json_agg(DISTINCT c.state_code) AS codes
              FROM cells c JOIN scope sc ON sc.recommendation_id = c.recommendation_id JOIN sessions se ON se.id = sc.session_id
             WHERE c.g = 1 GROUP BY se.number) x),
        'themes', (SELECT json_object_agg(x.code, x.codes) FROM (
            SELECT t.code, json_agg(DISTINCT c.state_code) AS codes
              FROM cells c JOIN recommendation_themes rt ON rt.recommendation_id = c.recommendation_id JOIN themes t ON t.id = rt.theme_id
             WHERE c.g = 1 GROUP BY t.code) x),
        'assistance', (SELECT json_object_agg(x.type, x.codes) FROM (
            SELECT COALESCE(c.assistance_type, 'unspecified') AS type, json_agg(DISTINCT c.state_code) AS codes
              FROM cells c WHERE c.g = 2 AND c.assistance > 0 GROUP BY 1) x))`
    : '';
  return `WITH ${countedCte(asOf)}, ${byArticle ? ARTICLE_SCOPE_CTE : SCOPE_CTE}, ${EXPECTED_CTE},
    cells AS MATERIALIZED (
      SELECT GROUPING(c.state_code, c.recommendation_id, c.assistance_type) AS g, c.state_code, c.recommendation_id, c.assistance_type,
             c.implementation_status AS status, count(*)::int AS n,
             count(*) FILTER (WHERE c.workflow_state = 'accepted')::int AS accepted,
             count(*) FILTER (WHERE c.late)::int AS late,
             count(*) FILTER (WHERE c.assistance_needed)::int AS assistance
        FROM counted c
       WHERE EXISTS (SELECT 1 FROM scope sc WHERE sc.cycle_id = c.cycle_id AND sc.recommendation_id = c.recommendation_id)
       GROUP BY GROUPING SETS ((c.state_code, c.implementation_status), (c.recommendation_id, c.implementation_status), (c.assistance_type)${extraSets})),
    by_state AS (
      SELECT state_code, sum(n)::int AS n, sum(accepted)::int AS accepted, sum(late)::int AS late, sum(assistance)::int AS assistance
        FROM cells WHERE g = 3 GROUP BY state_code),
    population AS (SELECT code FROM expected UNION SELECT state_code FROM by_state),
    statuses_by_region AS (
      SELECT s.regional_group, c.status, sum(c.n)::int AS n FROM cells c JOIN states s ON s.code = c.state_code WHERE c.g = 3 GROUP BY 1, 2),
    statuses_by_session AS (
      SELECT sc.session_id, c.status, sum(c.n)::int AS n FROM cells c JOIN scope sc ON sc.recommendation_id = c.recommendation_id WHERE c.g = 5 GROUP BY 1, 2),
    statuses_by_theme AS (
      SELECT rt.theme_id, c.status, sum(c.n)::int AS n
        FROM cells c JOIN recommendation_themes rt ON rt.recommendation_id = c.recommendation_id WHERE c.g = 5 GROUP BY 1, 2)
    SELECT json_build_object(
      'at', ${AT},
      'cycle', ${CYCLE_JSON},
      'scope', (SELECT count(*) FROM scope),
      'total', (SELECT json_build_object('reports', COALESCE(sum(n), 0), 'accepted', COALESCE(sum(accepted), 0), 'states', count(*),
                         'lateStates', count(*) FILTER (WHERE late > 0), 'assistanceStates', count(*) FILTER (WHERE assistance > 0),
                         'assistanceReports', COALESCE(sum(assistance), 0)) FROM by_state),
      'statuses', (SELECT json_object_agg(x.status, x.n) FROM (SELECT status, sum(n)::int AS n FROM cells WHERE g = 3 GROUP BY status) x),
      'regions', (SELECT json_agg(json_build_object('regionalGroup', r.regional_group, 'states', r.n, 'expected', r.e, 'reporting', r.reporting,
                         'reportingExpected', r.re, 'statuses', ${statusObject('statuses_by_region', 'x.regional_group IS NOT DISTINCT FROM r.regional_group')}))
          FROM (SELECT s.regional_group, count(*)::int AS n, count(x.code)::int AS e, count(b.state_code)::int AS reporting,
                       count(b.state_code) FILTER (WHERE x.code IS NOT NULL)::int AS re
                  FROM population p JOIN states s ON s.code = p.code LEFT JOIN expected x ON x.code = p.code
                  LEFT JOIN by_state b ON b.state_code = p.code
                 GROUP BY s.regional_group) r),
      'sessions', (SELECT json_agg(json_build_object('number', s.number, 'startDate', s.start_date, 'recommendations', x.n,
                          'statuses', ${statusObject('statuses_by_session', 'x.session_id = s.id')}) ORDER BY s.number)
          FROM (SELECT session_id, count(*)::int AS n FROM scope GROUP BY session_id) x JOIN sessions s ON s.id = x.session_id),
      'themes', (SELECT json_agg(json_build_object('code', t.code, 'names', t.names, 'recommendations', x.n,
                        'statuses', ${statusObject('statuses_by_theme', 'x.theme_id = t.id')}) ORDER BY t.code)
          FROM (SELECT rt.theme_id, count(*)::int AS n FROM scope sc JOIN recommendation_themes rt ON rt.recommendation_id = sc.recommendation_id
                 GROUP BY rt.theme_id) x JOIN themes t ON t.id = x.theme_id),
      'unassigned', ${UNASSIGNED_JSON},
      'assistanceByType', (SELECT json_object_agg(COALESCE(c.assistance_type, 'unspecified'), c.assistance) FROM cells c WHERE c.g = 6 AND c.assistance > 0)${contributorsJson}
    ) AS summary`;
}

/**
 * A State profile's items, one per in-scope recommendation (`mine`: the State's counted reports; `latest`: its pending
 * or counted workflow state), shared by both State profile statements. $5 = the asked language of the texts.
 */
const STATE_PROFILE_ITEMS = (() => {
  const text = recommendationTextSql('r.text', '$5::text');
  return `(SELECT json_agg(json_build_object(
                  'recommendationId', r.id, 'reference', r.reference, 'session', s.number,
                  'text', ${text.text}, 'textLanguage', ${text.textLanguage},
                  'status', COALESCE(c.implementation_status, 'no_information'),
                  'workflowState', COALESCE(c.workflow_state, l.workflow_state),
                  'counted', c.report_id IS NOT NULL,
                  'lastUpdate', ${isoTimestampSql('v.submitted_at')}, 'late', COALESCE(c.late, false),
                  'assistanceNeeded', COALESCE(c.assistance_needed, false), 'assistanceType', c.assistance_type,
                  'assistanceDetails', CASE WHEN c.assistance_needed THEN v.content->>'assistanceDetails' END,
                  'secretariatStatus', ${secretariatStatusAt('c.report_id')},
                  'narrative', CASE WHEN c.report_id IS NOT NULL THEN v.content->'narrative' END)
                  ORDER BY s.number, r.ordinal)
                 FROM scope sc JOIN recommendations r ON r.id = sc.recommendation_id JOIN sessions s ON s.id = r.session_id
                 LEFT JOIN mine c ON c.recommendation_id = sc.recommendation_id
                 LEFT JOIN report_versions v ON v.report_id = c.report_id AND v.number = c.version_number
                 LEFT JOIN latest l ON l.recommendation_id = sc.recommendation_id)`;
})();

/**
 * One State's profile: aggregates plus one item per in-scope recommendation. $4 = State code, $5 = the asked language of
 * the recommendation texts (or NULL), picked by the text rule's SQL twin.
 */
export function stateProfileSql(asOf: boolean): string {
  return `WITH ${countedCte(asOf, '$4')}, ${SCOPE_CTE}, ${EXPECTED_CTE},
    mine AS (SELECT * FROM counted WHERE state_code = $4),
    latest AS (
      SELECT t.recommendation_id, t.workflow_state FROM states_then t
       WHERE t.state_code = $4 AND t.workflow_state IN ('submitted', 'under_review', 'accepted'))
    SELECT json_build_object(
      'at', ${AT},
      'cycle', ${CYCLE_JSON},
      'state', (SELECT json_build_object('code', s.code, 'names', s.names, 'regionalGroup', s.regional_group) FROM states s WHERE s.code = $4),
      'scope', (SELECT count(*) FROM scope),
      'expected', EXISTS (SELECT 1 FROM expected WHERE code = $4),
      'protocolStatus', (SELECT protocol_status FROM state_status WHERE code = $4),
      'totals', (SELECT json_build_object('reported', count(*), 'accepted', count(*) FILTER (WHERE c.workflow_state = 'accepted'),
                         'acceptedNotApplicable', count(*) FILTER (WHERE c.workflow_state = 'accepted' AND c.implementation_status = 'not_applicable'),
                         'late', count(*) FILTER (WHERE c.late), 'statuses', ${STATUS_JSON})
                   FROM mine c JOIN scope sc ON sc.cycle_id = c.cycle_id AND sc.recommendation_id = c.recommendation_id),
      'items', ${STATE_PROFILE_ITEMS}
    ) AS summary`;
}

/** One recommendation across States. $4 = recommendation id, $5 = the asked language of the State names (or NULL). */
export function recommendationSql(asOf: boolean): string {
  return `WITH ${countedCte(asOf)}, ${SCOPE_CTE}, ${EXPECTED_CTE},
    these AS (SELECT c.* FROM counted c JOIN scope sc ON sc.cycle_id = c.cycle_id AND sc.recommendation_id = c.recommendation_id
               WHERE c.recommendation_id = $4::uuid),
    population AS (SELECT code FROM expected UNION SELECT state_code FROM these)
    SELECT json_build_object(
      'at', ${AT},
      'inScope', EXISTS (SELECT 1 FROM scope WHERE recommendation_id = $4::uuid),
      'population', (SELECT count(*) FROM population),
      'statuses', (SELECT ${STATUS_JSON} FROM these c),
      'states', (SELECT json_agg(json_build_object('code', c.state_code, 'name', ${stateNameSql('st', '$5::text')}, 'regionalGroup', st.regional_group,
                        'status', c.implementation_status, 'workflowState', c.workflow_state, 'lastUpdate', ${isoTimestampSql('v.submitted_at')}, 'late', c.late,
                        'assistanceNeeded', c.assistance_needed, 'narrative', v.content->'narrative',
                        'secretariatStatus', ${secretariatStatusAt('c.report_id')}, 'reportId', c.report_id,
                        'fileCount', (SELECT count(*) FROM jsonb_array_elements(COALESCE(v.content->'files', '[]'::jsonb)) vf
                                        JOIN evidence_files f ON f.id = (vf->>'id')::uuid AND f.removed_at IS NULL)) ORDER BY c.state_code)
                   FROM these c JOIN states st ON st.code = c.state_code
                   LEFT JOIN report_versions v ON v.report_id = c.report_id AND v.number = c.version_number)
    ) AS summary`;
}

/** Expected States with nothing accepted, and whether a submission of theirs awaits review. $4 = the asked language of the State names (or NULL). */
export function nonReportingSql(asOf: boolean): string {
  return `WITH ${countedCte(asOf)}, ${SCOPE_CTE}, ${EXPECTED_CTE},
    reported AS (SELECT DISTINCT c.state_code FROM counted c JOIN scope sc ON sc.cycle_id = c.cycle_id AND sc.recommendation_id = c.recommendation_id
                  WHERE c.workflow_state = 'accepted'),
    pending AS (SELECT c.state_code, count(*) AS n FROM states_then c WHERE c.workflow_state IN ('submitted', 'under_review') GROUP BY c.state_code)
    SELECT json_build_object(
      'at', ${AT},
      'expected', (SELECT count(*) FROM expected),
      'states', (SELECT json_agg(json_build_object('code', st.code, 'name', ${stateNameSql('st', '$4::text')}, 'regionalGroup', st.regional_group,
                        'protocolStatus', (SELECT ss.protocol_status FROM state_status ss WHERE ss.code = st.code), 'pendingSubmissions', COALESCE(p.n, 0),
                        'activeFocalPoints', (SELECT count(*) FROM focal_points f WHERE f.state_code = st.code))
                        ORDER BY st.code)
                   FROM expected x JOIN states st ON st.code = x.code LEFT JOIN pending p ON p.state_code = x.code
                  WHERE NOT EXISTS (SELECT 1 FROM reported r WHERE r.state_code = x.code))
    ) AS summary`;
}

/**
 * The overview's headline figures for every cycle at once, optionally narrowed: $4 recommendation id, $5 State code,
 * $6 theme code (each NULL for "all"). With `contributors`, each cycle also lists the States behind its figures.
 */
export function trendsSql(asOf: boolean, contributors = false, byRecommendation = false): string {
  const contributorsColumn = contributors ? `,
             (SELECT json_agg(b.state_code) FROM by_state b WHERE b.cycle_id = y.id) AS contributors` : '';
  // Narrowed to one recommendation ($4 not NULL), the reports are read by recommendation (its index), not all of them.
  return `WITH ${countedCte(asOf, undefined, byRecommendation ? '$4::uuid' : undefined)}, ${SCOPE_CTE}, ${EXPECTED_CTE},
    narrowed AS (
      SELECT sc.* FROM scope sc
       WHERE ($4::uuid IS NULL OR sc.recommendation_id = $4::uuid)
         AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
                                            WHERE rt.recommendation_id = sc.recommendation_id AND t.code = $6::text))),
    cells AS MATERIALIZED (
      SELECT c.cycle_id, c.state_code, c.implementation_status AS status, count(*)::int AS n, count(*) FILTER (WHERE c.late)::int AS late
        FROM counted c
       WHERE EXISTS (SELECT 1 FROM narrowed sc WHERE sc.cycle_id = c.cycle_id AND sc.recommendation_id = c.recommendation_id)
         AND ($5::text IS NULL OR c.state_code = $5::text)
       GROUP BY c.cycle_id, c.state_code, c.implementation_status),
    by_state AS (SELECT cycle_id, state_code, sum(late) AS late FROM cells GROUP BY cycle_id, state_code),
    wanted AS (SELECT code FROM expected WHERE $5::text IS NULL OR code = $5::text),
    per_cycle AS (
      SELECT y.id AS cycle_id,
             (SELECT count(*) FROM narrowed n WHERE n.cycle_id = y.id) AS scope,
             (SELECT count(*) FROM (SELECT code FROM wanted UNION SELECT state_code FROM by_state b WHERE b.cycle_id = y.id) p) AS population,
             (SELECT count(*) FROM wanted) AS expected,
             (SELECT count(*) FROM by_state b WHERE b.cycle_id = y.id) AS reporting,
             (SELECT count(*) FROM by_state b JOIN wanted x ON x.code = b.state_code WHERE b.cycle_id = y.id) AS reporting_expected,
             (SELECT count(*) FROM by_state b WHERE b.cycle_id = y.id AND b.late > 0) AS late,
             (SELECT COALESCE(sum(n), 0) FROM cells c WHERE c.cycle_id = y.id) AS reports,
             (SELECT json_object_agg(x.status, x.n) FROM (SELECT status, sum(n)::int AS n FROM cells c WHERE c.cycle_id = y.id GROUP BY status) x) AS statuses${contributorsColumn}
        FROM reporting_cycles y WHERE y.id = ANY($1::uuid[]))
    SELECT json_build_object('at', ${AT}, 'cycles', (SELECT json_agg(p) FROM per_cycle p)) AS summary`;
}

/*
 * ---------------------------------------------------------------------------------------------------------------
 * The same summaries read from the rollup (summary_rollups, kept by triggers; migration SummaryRollups, ADR 0008):
 * a few rows per cycle × State × dimension key × status × accepted/pending instead of every report. The statements
 * above stay the definition: `verify-rollups` and the property test compare the two, figure by figure.
 * ---------------------------------------------------------------------------------------------------------------
 */

/** Whether a rollup cell's `counting` is counted under $2 (['accepted'], or with the pending states). */
const ROLLUP_COUNTED = `(c.counting = 'accepted' OR (c.counting = 'pending' AND 'submitted' = ANY($2::text[])))`;

/**
 * `cells`: the rollup of the cycles $1 — now: its rows; as of $3: its rows minus every delta of its history after
 * $3 (the history is complete from the epoch on; the service reads the statements above for an earlier time).
 * `counted`: the cells counted under $2. `where` narrows both (on `r`: dimension, key, state_code). With `totals`,
 * the cells are summed over States (summary_rollup_totals: session, theme and assistance only), without state_code.
 */
export function rollupCte(asOf: boolean, where = '', names = { cells: 'cells', counted: 'counted' }, totals = false): string {
  const w = where ? ` AND ${where}` : '';
  const cols = totals ? `r.cycle_id, r.dimension, r.key, r.status, r.counting` : `r.cycle_id, r.dimension, r.key, r.state_code, r.status, r.counting`;
  const table = totals ? 'summary_rollup_totals' : 'summary_rollups';
  const cells = asOf
    ? `${names.cells} AS MATERIALIZED (
      SELECT ${cols}, sum(r.n)::int AS n, sum(r.late)::int AS late, sum(r.assistance)::int AS assistance
        FROM (SELECT ${cols}, r.n, r.late, r.assistance FROM ${table} r WHERE r.cycle_id = ANY($1::uuid[])${w}
              UNION ALL
              SELECT ${cols}, -r.n, -r.late, -r.assistance FROM summary_rollup_changes r
               WHERE r.cycle_id = ANY($1::uuid[]) AND r.changed_at > $3::timestamptz${w}) r
       GROUP BY ${cols} HAVING sum(r.n) <> 0)`
    : totals
      ? `${names.cells} AS MATERIALIZED (
      SELECT ${cols}, sum(r.n)::int AS n, sum(r.late)::int AS late, sum(r.assistance)::int AS assistance
        FROM ${table} r WHERE r.cycle_id = ANY($1::uuid[])${w} GROUP BY ${cols} HAVING sum(r.n) <> 0)`
      : `${names.cells} AS MATERIALIZED (
      SELECT ${cols}, r.n, r.late, r.assistance FROM ${table} r WHERE r.cycle_id = ANY($1::uuid[]) AND r.n <> 0${w})`;
  return `${cells},
    ${names.counted} AS (SELECT * FROM ${names.cells} c WHERE ${ROLLUP_COUNTED})`;
}

const GROUP_DIMENSIONS = `r.dimension IN ('session', 'theme', 'assistance')`;

/**
 * `groups`: the States with a counted report in each session, theme and assistance group (one row per group and
 * State, its `assistance` the reports asking), for a focal point's suppression — summed in the scan, so the JSON
 * aggregates work on ~(groups × States) rows, not every status cell.
 */
function contributorsCte(asOf: boolean): string {
  const cols = `r.dimension, r.key, r.state_code`;
  const counted = ROLLUP_COUNTED.replaceAll('c.', 'r.');
  const history = asOf
    ? `
              UNION ALL
              SELECT ${cols}, -r.n, -r.assistance FROM summary_rollup_changes r
               WHERE r.cycle_id = ANY($1::uuid[]) AND r.changed_at > $3::timestamptz AND ${GROUP_DIMENSIONS} AND ${counted}`
    : '';
  return `groups AS MATERIALIZED (
      SELECT ${cols}, sum(r.assistance)::int AS assistance
        FROM (SELECT ${cols}, r.n, r.assistance FROM summary_rollups r WHERE r.cycle_id = ANY($1::uuid[]) AND ${GROUP_DIMENSIONS} AND ${counted}${history}) r
       GROUP BY ${cols} HAVING sum(r.n) > 0)`;
}

/**
 * The scope's own counts (summary_scope_counts, kept by triggers as the scope changes): the same figures as
 * counting {@link SCOPE_CTE}'s rows, without reading the scope. `scopeCount`: one cell's count (0 when absent);
 * `scopeCells`: the non-empty cells of a dimension as rows (key, n).
 */
const scopeCount = (dimension: string, key: string) =>
  `(SELECT COALESCE(sum(sc.n), 0) FROM summary_scope_counts sc WHERE sc.cycle_id = ANY($1::uuid[]) AND sc.dimension = ${dimension} AND sc.key = ${key})`;
const scopeCells = (dimension: 'session' | 'theme') =>
  `(SELECT sc.key, sum(sc.n)::int AS n FROM summary_scope_counts sc WHERE sc.cycle_id = ANY($1::uuid[]) AND sc.dimension = '${dimension}'
     GROUP BY sc.key HAVING sum(sc.n) > 0)`;

/** The overview from the rollup: the same document as {@link overviewSql}. */
export function overviewRollupSql(asOf: boolean, contributors = false): string {
  const contributorsJson = contributors
    ? `,
      'contributors', json_build_object(
        'total', (SELECT json_agg(b.state_code) FROM by_state b),
        'regions', (SELECT json_object_agg(x.regional_group, x.codes) FROM (
            SELECT COALESCE(s.regional_group, '') AS regional_group, json_agg(b.state_code) AS codes
              FROM by_state b JOIN states s ON s.code = b.state_code GROUP BY 1) x),
        'sessions', (SELECT json_object_agg(x.number, x.codes) FROM (
            SELECT se.number, json_agg(DISTINCT c.state_code) AS codes
              FROM groups c JOIN sessions se ON se.id::text = c.key WHERE c.dimension = 'session' GROUP BY se.number) x),
        'themes', (SELECT json_object_agg(x.code, x.codes) FROM (
            SELECT t.code, json_agg(DISTINCT c.state_code) AS codes
              FROM groups c JOIN themes t ON t.id::text = c.key WHERE c.dimension = 'theme' GROUP BY t.code) x),
        'assistance', (SELECT json_object_agg(x.key, x.codes) FROM (
            SELECT c.key, json_agg(DISTINCT c.state_code) AS codes FROM groups c WHERE c.dimension = 'assistance' AND c.assistance > 0 GROUP BY c.key) x))`
    : '';
  // The States behind each group (a focal point's suppression) need the per-State cells of the groups; the figures
  // themselves come from the totals.
  const groups = contributors ? `,
    ${contributorsCte(asOf)}` : '';
  return `WITH ${rollupCte(asOf, `r.dimension = 'state'`)},
    ${rollupCte(asOf, GROUP_DIMENSIONS, { cells: 'total_cells', counted: 'totals' }, true)}${groups}, ${EXPECTED_CTE},
    by_state AS (
      SELECT state_code, sum(n)::int AS n, (sum(n) FILTER (WHERE counting = 'accepted'))::int AS accepted, sum(late)::int AS late, sum(assistance)::int AS assistance
        FROM counted WHERE dimension = 'state' GROUP BY state_code),
    population AS (SELECT code FROM expected UNION SELECT state_code FROM by_state),
    statuses_by_region AS (
      SELECT s.regional_group, c.status, sum(c.n)::int AS n FROM counted c JOIN states s ON s.code = c.state_code WHERE c.dimension = 'state' GROUP BY 1, 2),
    statuses_by_session AS (SELECT c.key AS session_id, c.status, sum(c.n)::int AS n FROM totals c WHERE c.dimension = 'session' GROUP BY 1, 2),
    statuses_by_theme AS (SELECT c.key AS theme_id, c.status, sum(c.n)::int AS n FROM totals c WHERE c.dimension = 'theme' GROUP BY 1, 2)
    SELECT json_build_object(
      'at', ${AT},
      'cycle', ${CYCLE_JSON},
      'scope', ${scopeCount(`'cycle'`, `''`)},
      'total', (SELECT json_build_object('reports', COALESCE(sum(n), 0), 'accepted', COALESCE(sum(accepted), 0), 'states', count(*),
                         'lateStates', count(*) FILTER (WHERE late > 0), 'assistanceStates', count(*) FILTER (WHERE assistance > 0),
                         'assistanceReports', COALESCE(sum(assistance), 0)) FROM by_state),
      'statuses', (SELECT json_object_agg(x.status, x.n) FROM (SELECT status, sum(n)::int AS n FROM counted WHERE dimension = 'state' GROUP BY status) x),
      'regions', (SELECT json_agg(json_build_object('regionalGroup', r.regional_group, 'states', r.n, 'expected', r.e, 'reporting', r.reporting,
                         'reportingExpected', r.re, 'statuses', ${statusObject('statuses_by_region', 'x.regional_group IS NOT DISTINCT FROM r.regional_group')}))
          FROM (SELECT s.regional_group, count(*)::int AS n, count(x.code)::int AS e, count(b.state_code)::int AS reporting,
                       count(b.state_code) FILTER (WHERE x.code IS NOT NULL)::int AS re
                  FROM population p JOIN states s ON s.code = p.code LEFT JOIN expected x ON x.code = p.code
                  LEFT JOIN by_state b ON b.state_code = p.code
                 GROUP BY s.regional_group) r),
      'sessions', (SELECT json_agg(json_build_object('number', s.number, 'startDate', s.start_date, 'recommendations', x.n,
                          'statuses', ${statusObject('statuses_by_session', 'x.session_id = s.id::text')}) ORDER BY s.number)
          FROM ${scopeCells('session')} x JOIN sessions s ON s.id::text = x.key),
      'themes', (SELECT json_agg(json_build_object('code', t.code, 'names', t.names, 'recommendations', x.n,
                        'statuses', ${statusObject('statuses_by_theme', 'x.theme_id = t.id::text')}) ORDER BY t.code)
          FROM ${scopeCells('theme')} x JOIN themes t ON t.id::text = x.key),
      'unassigned', ${UNASSIGNED_JSON},
      'assistanceByType', (SELECT json_object_agg(x.key, x.n) FROM (SELECT key, sum(assistance)::int AS n FROM totals WHERE dimension = 'assistance' GROUP BY key) x WHERE x.n > 0)${contributorsJson}
    ) AS summary`;
}

/**
 * A State's profile with its totals from the rollup (the items are per recommendation, so they still read the State's
 * own reports, or its history as of a time): the same document as {@link stateProfileSql}.
 */
export function stateProfileRollupSql(asOf: boolean): string {
  return `WITH ${countedCte(asOf, '$4')}, ${SCOPE_CTE}, ${EXPECTED_CTE},
    ${rollupCte(asOf, `r.dimension = 'state' AND r.key = '' AND r.state_code = $4`, { cells: 'rollup_cells', counted: 'rolled' })},
    mine AS (SELECT * FROM counted WHERE state_code = $4),
    latest AS (
      SELECT t.recommendation_id, t.workflow_state FROM states_then t
       WHERE t.state_code = $4 AND t.workflow_state IN ('submitted', 'under_review', 'accepted'))
    SELECT json_build_object(
      'at', ${AT},
      'cycle', ${CYCLE_JSON},
      'state', (SELECT json_build_object('code', s.code, 'names', s.names, 'regionalGroup', s.regional_group) FROM states s WHERE s.code = $4),
      'scope', ${scopeCount(`'cycle'`, `''`)},
      'expected', EXISTS (SELECT 1 FROM expected WHERE code = $4),
      'protocolStatus', (SELECT protocol_status FROM state_status WHERE code = $4),
      'totals', (SELECT json_build_object('reported', COALESCE(sum(c.n), 0), 'accepted', COALESCE(sum(c.n) FILTER (WHERE c.counting = 'accepted'), 0),
                         'acceptedNotApplicable', COALESCE(sum(c.n) FILTER (WHERE c.counting = 'accepted' AND c.status = 'not_applicable'), 0),
                         'late', COALESCE(sum(c.late), 0),
                         'statuses', json_build_object(${IMPLEMENTATION_STATUSES.map((s) => `'${s}', COALESCE(sum(c.n) FILTER (WHERE c.status = '${s}'), 0)`).join(', ')}))
                   FROM rolled c WHERE c.dimension = 'state'),
      'items', ${STATE_PROFILE_ITEMS}
    ) AS summary`;
}

/** Non-reporting from the rollup: the same document as {@link nonReportingSql} ($4 the same). */
export function nonReportingRollupSql(asOf: boolean): string {
  return `WITH ${rollupCte(asOf, `r.dimension IN ('state', 'any') AND r.key = ''`)}, ${EXPECTED_CTE},
    reported AS (SELECT DISTINCT c.state_code FROM cells c WHERE c.dimension = 'state' AND c.counting = 'accepted'),
    pending AS (SELECT c.state_code, sum(c.n)::int AS n FROM cells c WHERE c.dimension = 'any' AND c.counting = 'pending' GROUP BY c.state_code)
    SELECT json_build_object(
      'at', ${AT},
      'expected', (SELECT count(*) FROM expected),
      'states', (SELECT json_agg(json_build_object('code', st.code, 'name', ${stateNameSql('st', '$4::text')}, 'regionalGroup', st.regional_group,
                        'protocolStatus', (SELECT ss.protocol_status FROM state_status ss WHERE ss.code = st.code), 'pendingSubmissions', COALESCE(p.n, 0),
                        'activeFocalPoints', (SELECT count(*) FROM focal_points f WHERE f.state_code = st.code))
                        ORDER BY st.code)
                   FROM expected x JOIN states st ON st.code = x.code LEFT JOIN pending p ON p.state_code = x.code
                  WHERE NOT EXISTS (SELECT 1 FROM reported r WHERE r.state_code = x.code))
    ) AS summary`;
}

/**
 * Trends from the rollup: the same document as {@link trendsSql}, narrowed by $5 State and $6 theme ($4 must be NULL:
 * the rollup has no per-recommendation cells; the service answers a recommendation filter with {@link trendsSql}).
 */
export function trendsRollupSql(asOf: boolean, contributors = false): string {
  const contributorsColumn = contributors ? `,
             (SELECT json_agg(b.state_code) FROM by_state b WHERE b.cycle_id = y.id) AS contributors` : '';
  // One dimension key: the State cells, or one theme's (the index's prefix: cycle, dimension, key).
  const picked = `r.dimension = (CASE WHEN $6::text IS NULL THEN 'state' ELSE 'theme' END)
       AND r.key = COALESCE((SELECT t.id::text FROM themes t WHERE t.code = $6::text), '') AND ($5::text IS NULL OR r.state_code = $5::text)`;
  // The scope of each cycle, or of one theme in it, from the scope counts ($4 is NULL here: see above).
  const scope = `(SELECT COALESCE(sum(sc.n), 0) FROM summary_scope_counts sc
                   WHERE sc.cycle_id = y.id AND $4::uuid IS NULL AND sc.dimension = (CASE WHEN $6::text IS NULL THEN 'cycle' ELSE 'theme' END)
                     AND sc.key = COALESCE((SELECT t.id::text FROM themes t WHERE t.code = $6::text), ''))`;
  return `WITH ${rollupCte(asOf, picked)}, ${EXPECTED_CTE},
    picked AS (
      SELECT c.cycle_id, c.state_code, c.status, sum(c.n)::int AS n, sum(c.late)::int AS late FROM counted c
       GROUP BY c.cycle_id, c.state_code, c.status),
    by_state AS (SELECT cycle_id, state_code, sum(late) AS late FROM picked GROUP BY cycle_id, state_code),
    wanted AS (SELECT code FROM expected WHERE $5::text IS NULL OR code = $5::text),
    per_cycle AS (
      SELECT y.id AS cycle_id,
             ${scope} AS scope,
             (SELECT count(*) FROM (SELECT code FROM wanted UNION SELECT state_code FROM by_state b WHERE b.cycle_id = y.id) p) AS population,
             (SELECT count(*) FROM wanted) AS expected,
             (SELECT count(*) FROM by_state b WHERE b.cycle_id = y.id) AS reporting,
             (SELECT count(*) FROM by_state b JOIN wanted x ON x.code = b.state_code WHERE b.cycle_id = y.id) AS reporting_expected,
             (SELECT count(*) FROM by_state b WHERE b.cycle_id = y.id AND b.late > 0) AS late,
             (SELECT COALESCE(sum(n), 0) FROM picked c WHERE c.cycle_id = y.id) AS reports,
             (SELECT json_object_agg(x.status, x.n) FROM (SELECT status, sum(n)::int AS n FROM picked c WHERE c.cycle_id = y.id GROUP BY status) x) AS statuses${contributorsColumn}
        FROM reporting_cycles y WHERE y.id = ANY($1::uuid[]))
    SELECT json_build_object('at', ${AT}, 'cycles', (SELECT json_agg(p) FROM per_cycle p)) AS summary`;
}

/** The States with a counted report in the cycle's scope (the session document's annex). */
export function reportingStatesSql(asOf: boolean): string {
  return `WITH ${countedCte(asOf)}, ${SCOPE_CTE}
    SELECT json_build_object(
      'at', ${AT},
      'states', (SELECT json_agg(json_build_object('code', st.code, 'names', st.names, 'regionalGroup', st.regional_group, 'reports', x.n) ORDER BY st.code)
                   FROM (SELECT c.state_code, count(*)::int AS n FROM counted c
                           JOIN scope sc ON sc.cycle_id = c.cycle_id AND sc.recommendation_id = c.recommendation_id GROUP BY c.state_code) x
                   JOIN states st ON st.code = x.state_code)
    ) AS summary`;
}
