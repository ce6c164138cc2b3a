import type { EntityManager } from 'typeorm';

/**
 * The late flag, in one place. A submission is late when it was made (UTC day) after its State's deadline: the
 * cycle's closing day, or the State's extension when that is later. The flag is stored on the report (the summaries,
 * the rollups and their triggers read the column), so whenever a deadline moves — the cycle's dates, a reopen, a
 * State's extension granted, changed or withdrawn — `recomputeLate` sets it again on every submitted report and version
 * of the cycle (or of the State) whose flag no longer matches, in the caller's transaction. The rollup triggers turn
 * those updates into their cells and history (ADR 0008), so the figures stay exact. Callers hold the cycle row
 * `FOR UPDATE`; a submission holds it `FOR SHARE`, so the two never interleave.
 */

/** SQL: the deadline of State `state` in cycle `cycle` (SQL expressions). */
export const stateDeadlineSql = (cycle: string, state: string) =>
  `(SELECT GREATEST(c.closes_on, e.closes_on) FROM reporting_cycles c
     LEFT JOIN cycle_state_extensions e ON e.cycle_id = c.id AND e.state_code = ${state}
    WHERE c.id = ${cycle})`;

/** The deadline of one State in a cycle, `YYYY-MM-DD`. */
export async function stateDeadline(em: EntityManager, cycleId: string, stateCode: string): Promise<string> {
  const [row]: { d: string }[] = await em.query(`SELECT to_char(${stateDeadlineSql('$1::uuid', '$2::char(3)')}, 'YYYY-MM-DD') AS d`, [cycleId, stateCode]);
  return row.d;
}

/** Whether a submission made now (its UTC day) is late against `deadline`. */
export const lateNow = (deadline: string) => new Date().toISOString().slice(0, 10) > deadline;

/**
 * Sets the late flag again on the cycle's submitted reports and versions (of one State, or all): true when submitted
 * after the State's deadline as it is now. Returns how many reports changed.
 */
export async function recomputeLate(em: EntityManager, cycleId: string, stateCode: string | null = null): Promise<number> {
  const params = [cycleId, stateCode];
  const joins = `JOIN reporting_cycles c ON c.id = r.cycle_id
       LEFT JOIN cycle_state_extensions e ON e.cycle_id = r.cycle_id AND e.state_code = r.state_code
      WHERE r.cycle_id = $1 AND ($2::char(3) IS NULL OR r.state_code = $2)`;
  // An UPDATE answers [rows, affected] through TypeORM on PostgreSQL.
  const [, changed]: [unknown[], number] = await em.query(
    `UPDATE implementation_reports ir SET late = x.late
       FROM (SELECT r.id, (r.submitted_at AT TIME ZONE 'UTC')::date > GREATEST(c.closes_on, e.closes_on) AS late
               FROM implementation_reports r ${joins} AND r.submissions > 0 AND r.submitted_at IS NOT NULL) x
      WHERE ir.id = x.id AND ir.late IS DISTINCT FROM x.late`,
    params,
  );
  await em.query(
    `UPDATE report_versions v SET late = x.late
       FROM (SELECT rv.id, (rv.submitted_at AT TIME ZONE 'UTC')::date > GREATEST(c.closes_on, e.closes_on) AS late
               FROM report_versions rv JOIN implementation_reports r ON r.id = rv.report_id ${joins}) x
      WHERE v.id = x.id AND v.late IS DISTINCT FROM x.late`,
    params,
  );
  return changed;
}
