/**
 * The catalogue's last change, as one short text: for each table a document of the record is made of, its row count
 * and the newest row version (PostgreSQL's `xmin`, which every insert and update sets, whoever writes — a service,
 * an import or a migration). Equal stamps, equal catalogue: a rendered document keyed by it is still right.
 */
export const tableStamp = (table: string, where = 'true') => `(SELECT count(*) || '.' || COALESCE(max(xmin::text::bigint), 0) FROM ${table} WHERE ${where})`;

export const CATALOGUE_STAMP_SQL = `SELECT concat_ws(':', ${['recommendations', 'sessions', 'sections', 'themes', 'recommendation_themes', 'states'].map((t) => tableStamp(t)).join(', ')}) AS stamp`;

/**
 * A set of cycles' last change (all cycles when $1 is NULL): the cycles, their scope, their reports (a submission,
 * a review, a withdrawal each update the report's row), the users (focal points make States expected) and the newest
 * audit event (protocol status, roles and activity as they were). With the catalogue's stamp, what a summary depends on.
 */
export const CYCLES_STAMP_SQL = `SELECT concat_ws(':',
    ${tableStamp('reporting_cycles')},
    ${tableStamp('cycle_recommendations', '$1::uuid[] IS NULL OR cycle_id = ANY($1::uuid[])')},
    ${tableStamp('implementation_reports', '$1::uuid[] IS NULL OR cycle_id = ANY($1::uuid[])')},
    ${tableStamp('users')},
    (SELECT COALESCE(max(occurred_at)::text, '') FROM audit_events)) AS stamp`;
