import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import pg from 'pg';
import {
  nonReportingRollupSql,
  nonReportingSql,
  overviewRollupSql,
  overviewSql,
  stateProfileRollupSql,
  stateProfileSql,
  trendsRollupSql,
  trendsSql,
  verifyRollups,
} from '#summaries';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

/**
 * Issue 21: the summaries' rollup equals the aggregate computed from the reports, to the unit, after any sequence of
 * saves, submits, withdrawals, reviews, implementation-status changes and scope changes (a recommendation's
 * requiresStateReport / isContainer / session, its themes), some of them concurrent, through the API and the real
 * PostgreSQL. After every sequence: `verifyRollups` (rollup = reports, rollup = its history, totals = rollup) and
 * every summary read from the rollup = the same summary computed from the reports; and every earlier "now" answer
 * is reproduced by `?asOf=` its time from the rollup's history.
 */
const STATES = ['KEN', 'FRA', 'BRA', 'JPN'] as const;
const STATUSES = ['not_started', 'planned', 'in_progress', 'partially_implemented', 'fully_implemented', 'not_applicable'] as const;
const ASSISTANCE = [null, 'training', 'equipment'] as const;
const DECISIONS = ['start_review', 'accept', 'return'] as const;

type Op =
  | { kind: 'save'; state: number; rec: number; status: (typeof STATUSES)[number] | null; assistance: (typeof ASSISTANCE)[number] | 'none' }
  | { kind: 'submit' | 'withdraw'; state: number; rec: number }
  | { kind: 'review'; state: number; rec: number; decision: (typeof DECISIONS)[number] }
  | { kind: 'rawStatus'; state: number; rec: number; status: (typeof STATUSES)[number] }
  | { kind: 'scope'; rec: number; field: 'requires_state_report' | 'is_container' }
  | { kind: 'theme'; rec: number; theme: number }
  | { kind: 'session'; rec: number; session: number };

const N_RECS = 5;
const index = (n: number) => fc.integer({ min: 0, max: n - 1 });
const reportOp: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('save' as const), state: index(STATES.length), rec: index(N_RECS), status: fc.constantFrom(null, ...STATUSES), assistance: fc.constantFrom('none' as const, ...ASSISTANCE) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('submit' as const), state: index(STATES.length), rec: index(N_RECS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('withdraw' as const), state: index(STATES.length), rec: index(N_RECS) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('review' as const), state: index(STATES.length), rec: index(N_RECS), decision: fc.constantFrom(...DECISIONS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('rawStatus' as const), state: index(STATES.length), rec: index(N_RECS), status: fc.constantFrom(...STATUSES) }) },
);
const catalogueOp: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('scope' as const), rec: index(N_RECS), field: fc.constantFrom('requires_state_report' as const, 'is_container' as const) }),
  fc.record({ kind: fc.constant('theme' as const), rec: index(N_RECS), theme: index(4) }),
  fc.record({ kind: fc.constant('session' as const), rec: index(N_RECS), session: index(2) }),
);
const step = fc.oneof(
  { weight: 6, arbitrary: reportOp.map((op) => [op]) },
  { weight: 1, arbitrary: catalogueOp.map((op) => [op]) },
  // Concurrent: several moves at once (different or the same reports), each in its own transaction.
  { weight: 3, arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: reportOp }, { weight: 1, arbitrary: catalogueOp }), { minLength: 2, maxLength: 5 }) },
);

/** The documents compared without their `at` (each statement's own time) and with arrays in a stable order. */
const normal = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(normal).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([k]) => k !== 'at').map(([k, x]) => [k, normal(x)]))
      : v;

describe('summary rollups (property: rollup = aggregate of the reports)', () => {
  let t: TestApp;
  let db: pg.Client;
  /** The direct writes of concurrent steps, each on its own connection. */
  let writers: pg.Pool;
  let sec: Session;
  const fp: Session[] = [];
  let cycleId: string;
  let recs: string[];
  let themes: string[];
  let sessions: string[];
  const ids = new Map<string, string>();
  const serverErrors: string[] = [];
  /** Earlier "now" overviews, to be reproduced with asOf. */
  const reproductions: { at: string; counting: string[]; doc: unknown }[] = [];
  /**
   * The scope's own counts (recommendations per cycle, session, theme) are read as they are now, also as of a time
   * (ADR 0003's limit), so an answer is reproduced only while the catalogue has not changed since.
   */
  let catalogueChanged = false;

  const path = (s: number, r: number) => `/api/cycles/${cycleId}/states/${STATES[s]}/reports/${recs[r]}`;
  const note = (what: string, res: { status: number; body: unknown }) => {
    if (res.status >= 500) serverErrors.push(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  };

  async function apply(op: Op): Promise<void> {
    switch (op.kind) {
      case 'save': {
        const body: Record<string, unknown> = { implementationStatus: op.status, narrative: { en: `Measures (${op.status ?? 'none'}).` } };
        if (op.assistance !== 'none') Object.assign(body, { assistanceNeeded: op.assistance !== null, assistanceType: op.assistance, assistanceDetails: op.assistance ? 'Help asked.' : null });
        const key = `${op.state}:${op.rec}`;
        let res = await t.http.put(path(op.state, op.rec)).set(bearer(fp[op.state])).set(ids.has(key) ? { 'If-Match': '*' } : {}).send(body);
        if (res.status === 412 || res.status === 428) res = await t.http.put(path(op.state, op.rec)).set(bearer(fp[op.state])).set(res.status === 428 ? { 'If-Match': '*' } : {}).send(body);
        if (res.body?.id) ids.set(key, res.body.id);
        return note('save', res);
      }
      case 'submit':
      case 'withdraw':
        return note(op.kind, await t.http.post(`${path(op.state, op.rec)}/${op.kind}`).set(bearer(fp[op.state])));
      case 'review': {
        const id = ids.get(`${op.state}:${op.rec}`);
        if (!id) return;
        return note('review', await t.http.post(`/api/reports/${id}/review`).set(bearer(sec)).send({ decision: op.decision, comment: op.decision === 'return' ? 'Please complete.' : undefined }));
      }
      case 'rawStatus':
        // Not a move the API offers (a counted report's status is frozen): the triggers must follow any UPDATE.
        await writers.query(`UPDATE implementation_reports SET implementation_status = $3 WHERE cycle_id = $1 AND state_code = $2 AND recommendation_id = $4`, [cycleId, STATES[op.state], op.status, recs[op.rec]]);
        return;
      case 'scope':
        catalogueChanged = true;
        await writers.query(`UPDATE recommendations SET ${op.field} = NOT ${op.field} WHERE id = $1`, [recs[op.rec]]);
        return;
      case 'theme': {
        catalogueChanged = true;
        const removed = await writers.query(`DELETE FROM recommendation_themes WHERE recommendation_id = $1 AND theme_id = $2`, [recs[op.rec], themes[op.theme]]);
        if (removed.rowCount === 0) await writers.query(`INSERT INTO recommendation_themes (recommendation_id, theme_id, source) VALUES ($1, $2, 'manual') ON CONFLICT DO NOTHING`, [recs[op.rec], themes[op.theme]]);
        return;
      }
      case 'session':
        catalogueChanged = true;
        // The number is made unique in the target session; a clash would only fail this move.
        await writers.query(`UPDATE recommendations SET session_id = $2, number = 'p' || left(md5(random()::text), 8) WHERE id = $1`, [recs[op.rec], sessions[op.session]]);
        return;
    }
  }

  /** One snapshot: the verification, then each summary from the rollup beside the same summary from the reports. */
  async function check(): Promise<void> {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      const q = async (sql: string, params: unknown[]) => (await db.query(sql, params)).rows[0].summary as unknown;
      const result = await verifyRollups({ query: async (sql, params) => (await db.query(sql, params)).rows }, [cycleId]);
      expect(result.differences).toEqual([]);
      expect(result.historyDifferences).toEqual([]);
      expect(result.totalsDifferences).toEqual([]);
      expect(result.scopeDifferences).toEqual([]);
      const pairs: [string, string, string, unknown[]][] = [];
      for (const counting of [['accepted'], ['submitted', 'under_review', 'accepted']]) {
        const p = [[cycleId], counting, null];
        pairs.push(['overview', overviewSql(false), overviewRollupSql(false), p]);
        pairs.push(['overview (focal point)', overviewSql(false, true), overviewRollupSql(false, true), p]);
        pairs.push(['non-reporting', nonReportingSql(false), nonReportingRollupSql(false), [...p, null]]);
        for (const s of STATES) pairs.push([`State profile ${s}`, stateProfileSql(false), stateProfileRollupSql(false), [...p, s, null]]);
        for (const [state, theme] of [[null, null], ['KEN', null], [null, 'T0'], ['FRA', 'T1']]) {
          const code = theme ? (await db.query(`SELECT code FROM themes WHERE id = $1`, [themes[Number(theme.slice(1))]])).rows[0].code : null;
          pairs.push([`trends ${state} ${code}`, trendsSql(false, true), trendsRollupSql(false, true), [[cycleId], counting, null, null, state, code]]);
        }
      }
      for (const [name, reference, rollup, params] of pairs) {
        const [a, b] = [normal(await q(reference, params)), normal(await q(rollup, params))];
        if (!isDeepStrictEqual(a, b)) throw new Error(`${name} differs:\n${JSON.stringify(a)}\n${JSON.stringify(b)}`);
      }
      // Earlier answers, reproduced from the rollup's history.
      if (catalogueChanged) reproductions.length = 0;
      catalogueChanged = false;
      for (const r of reproductions) {
        const again = await q(overviewRollupSql(true, true), [[cycleId], r.counting, r.at]);
        if (!isDeepStrictEqual(normal(again), r.doc)) throw new Error(`overview asOf ${r.at} differs:\n${JSON.stringify(r.doc)}\n${JSON.stringify(normal(again))}`);
      }
      for (const counting of [['accepted'], ['submitted', 'under_review', 'accepted']]) {
        const now = (await db.query(overviewRollupSql(false, true), [[cycleId], counting, null])).rows[0].summary as { at: string };
        reproductions.push({ at: now.at, counting, doc: normal(now) });
      }
      reproductions.splice(0, Math.max(0, reproductions.length - 6));
    } finally {
      await db.query('ROLLBACK');
    }
  }

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    writers = new pg.Pool({ connectionString: t.databaseUrl, max: 4 });
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec.rollups@example.org', role: 'secretariat' });
    for (const code of STATES) fp.push(await createUserAndLogin(t.http, admin, { email: `fp.${code.toLowerCase()}@example.org`, role: 'focal_point', stateCode: code }));
    recs = (
      await db.query(`SELECT r.id FROM recommendations r JOIN sessions s ON s.id = r.session_id
                        WHERE r.requires_state_report AND NOT r.is_container AND s.status = 'final' ORDER BY r.reference LIMIT $1`, [N_RECS])
    ).rows.map((r) => r.id);
    themes = (await db.query(`SELECT id FROM themes ORDER BY code LIMIT 4`)).rows.map((r) => r.id);
    sessions = (await db.query(`SELECT id FROM sessions WHERE status = 'final' ORDER BY number LIMIT 2`)).rows.map((r) => r.id);
    const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const cycle = await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'Rollup property cycle', opensOn: iso(-5), closesOn: iso(30), recommendationIds: recs }).expect(201);
    cycleId = cycle.body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
  });
  afterAll(async () => {
    await db?.end();
    await writers?.end();
    await t?.close();
  });

  it('holds after random sequences of workflow moves and scope changes, some concurrent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 3, maxLength: 12 }), async (steps) => {
        for (const ops of steps) await Promise.all(ops.map(apply));
        await check();
        expect(serverErrors).toEqual([]);
      }),
      { numRuns: Number(process.env.ROLLUP_RUNS ?? 15), endOnFailure: true },
    );
    // The sequences did reach counted states (the property is not vacuous).
    const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM summary_rollups WHERE cycle_id = $1 AND n > 0`, [cycleId])).rows;
    expect(n).toBeGreaterThan(0);
  }, 600_000);
});
