import { dropTestDatabase } from '#database/testing';
import { startBuiltApp, type BuiltApp } from './support/built-app.js';
import { cloneTemplate, scalar, withPg } from './support/db.js';
import { Figures } from './support/figures.js';
import { Api, histogram, inPool, percentile, type Reply } from './support/http.js';
import { ADMIN, allStateCodes, createUser, focalPoints, login, openCycle, questionnaire, reportsPath, scopeOf, type Who } from './support/scenario.js';

interface Report {
  id: string;
  version: number;
  challenges: string | null;
  narrative: Record<string, string>;
  implementationStatus: string;
  workflowState: string;
}

const isProblem = (r: Reply) => /application\/problem\+json/.test(r.headers.get('content-type') ?? '');

describe('races through HTTP against the built API', () => {
  const figures = new Figures(process.env.WG4_TEST_POOLER_PORT ? 'races through PgBouncer' : 'races');
  let databaseUrl: string;
  let app: BuiltApp;
  let api: Api;
  let admin: Who;
  let secretariat: Who;

  beforeAll(async () => {
    databaseUrl = await cloneTemplate();
    app = await startBuiltApp({ databaseUrl, logName: 'races-api' });
    api = new Api(app.baseUrl);
    admin = await login(api, ADMIN.email, ADMIN.password);
    secretariat = await createUser(api, admin, { email: 'sec.races@example.org', role: 'secretariat' });
  });

  afterAll(async () => {
    figures.print();
    await app?.stop();
    if (databaseUrl) await dropTestDatabase(databaseUrl);
  });

  it('50 clients saving one report with the same If-Match: one winner, 49 × 412, one version step, one audit row', async () => {
    const CLIENTS = 50;
    const cycle = await openCycle(api, secretariat, 'race cycle', [4]);
    // Fifty focal points of one State, each with its own session: fifty real clients.
    const fps = await inPool(
      8,
      Array.from({ length: CLIENTS }, (_, i) => () => createUser(api, admin, { email: `fp.ken.${i}@example.org`, role: 'focal_point', stateCode: 'KEN' })),
    );
    const [recommendationId] = await scopeOf(api, fps[0], cycle.id);
    const path = `${reportsPath(cycle.id, 'KEN')}/${recommendationId}`;

    // The first save, raced too: without If-Match exactly one creates the report. The others saw no ETag of it: 412
    // when they raced the insert itself, 428 (If-Match required) when the report already existed when they looked.
    const firstSaves = await Promise.all(fps.map((fp, i) => api.put<Report>(path, { implementationStatus: 'planned', narrative: { en: `first draft by client ${i}` } }, { token: fp.token })));
    const created = firstSaves.filter((r) => r.status === 201);
    const refusedFirst = firstSaves.filter((r) => (r.status === 412 || r.status === 428) && isProblem(r));
    expect(created).toHaveLength(1);
    expect(refusedFirst).toHaveLength(CLIENTS - 1);
    const etag = created[0].headers.get('etag');
    expect(etag).toBe('"v1"');

    const started = performance.now();
    const saves = await Promise.all(
      fps.map((fp, i) =>
        api.put<Report>(path, { challenges: `client ${i} wins`, narrative: { en: `narrative written by client ${i}` }, implementationStatus: 'in_progress' }, { token: fp.token, headers: { 'If-Match': etag! } }),
      ),
    );
    const raceMs = performance.now() - started;
    const winners = saves.map((r, i) => ({ r, i })).filter(({ r }) => r.status === 200 || r.status === 201);
    const losers = saves.filter((r) => r.status === 412);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(CLIENTS - 1);
    expect(losers.every((r) => isProblem(r) && (r.body as unknown as { code: string }).code === 'PRECONDITION_FAILED')).toBe(true);
    const winner = winners[0];
    expect(winner.r.headers.get('etag')).toBe('"v2"');

    // What is stored is the winner's content, one version step later.
    const stored = await api.expect<Report>(200, 'GET', path, undefined, { token: fps[0].token });
    expect(stored.body).toMatchObject({ version: 2, challenges: `client ${winner.i} wins`, narrative: { en: `narrative written by client ${winner.i}` }, implementationStatus: 'in_progress' });
    const reportId = stored.body.id;
    const audit = await withPg(databaseUrl, async (db) => {
      const rows = await db.query<{ action: string; actor_id: string; changes: unknown; metadata: { changedFields?: string[] } }>(
        `SELECT action, actor_id, changes, metadata FROM audit_events WHERE entity = 'report' AND entity_id = $1 ORDER BY occurred_at`,
        [reportId],
      );
      return rows.rows;
    });
    expect(audit.map((a) => a.action)).toEqual(['report.created', 'report.saved']);
    // The trail names the changed field, never its value (a draft's content is the State's: issue 13, hole 2).
    expect(audit[1]).toMatchObject({ actor_id: fps[winner.i].id, changes: null, metadata: { changedFields: expect.arrayContaining(['challenges']) } });

    // History: submitting freezes exactly the winner's content as version 1.
    await api.expect(200, 'POST', `${path}/submit`, undefined, { token: fps[0].token });
    const history = await api.expect<{ versions: { number: number; content: { challenges: string } }[] }>(200, 'GET', `/api/reports/${reportId}/history`, undefined, { token: fps[0].token });
    expect(history.body.versions.map((v) => [v.number, v.content.challenges])).toEqual([[1, `client ${winner.i} wins`]]);

    figures.add('same-If-Match race: clients', CLIENTS);
    const firstSplit = histogram(firstSaves.map((r) => r.status));
    figures.add('  first save (no If-Match): 201 / 412 / 428', `${firstSplit['201'] ?? 0} / ${firstSplit['412'] ?? 0} / ${firstSplit['428'] ?? 0}`);
    figures.add('  save with If-Match "v1": 200 / 412', `${winners.length} / ${losers.length} (winner: client ${winner.i})`);
    figures.add('  stored version / audit rows', `v${stored.body.version} / ${audit.map((a) => a.action).join(', ')}`);
    figures.add('  race wall time / slowest reply (ms)', `${Math.round(raceMs)} / ${Math.round(Math.max(...saves.map((r) => r.ms)))}`);
  });

  it('every State submits its whole questionnaire at once: each report stored once, exact counts, no 5xx', async () => {
    const codes = await allStateCodes(api, admin);
    expect(codes.length).toBeGreaterThanOrEqual(190);
    const setupStarted = performance.now();
    const fps = await focalPoints(api, admin, codes, 'all');
    const setupMs = performance.now() - setupStarted;
    const sessions = (process.env.RELIABILITY_SESSIONS ?? '4').split(',').map(Number);
    const cycle = await openCycle(api, secretariat, 'all States cycle', sessions);
    const scope = await scopeOf(api, fps[0], cycle.id);
    expect(scope).toHaveLength(cycle.scopeCount);
    const expected = codes.length * scope.length;

    // Phase 1: every State saves its whole questionnaire in one request, all at once.
    const t0 = performance.now();
    const bulk = await Promise.all(fps.map((fp) => api.attempt('PUT', reportsPath(cycle.id, fp.stateCode!), { items: questionnaire(fp.stateCode!, scope) }, { token: fp.token, timeoutMs: 120_000 })));
    const bulkMs = performance.now() - t0;
    // Phase 2: every State submits each of its reports (its own items in order, all States in parallel).
    const t1 = performance.now();
    const submits = (
      await Promise.all(
        fps.map(async (fp) => {
          const replies: Reply[] = [];
          for (const rec of scope) replies.push(await api.attempt('POST', `${reportsPath(cycle.id, fp.stateCode!)}/${rec}/submit`, undefined, { token: fp.token, timeoutMs: 120_000 }));
          return replies;
        }),
      )
    ).flat();
    const submitMs = performance.now() - t1;

    const statuses = [...bulk, ...submits].map((r) => r.status);
    if (statuses.some((s) => s >= 500 || s === 0)) process.stderr.write(`API log (last lines):\n${app.logTail()}\n`);
    expect(histogram(bulk.map((r) => r.status))).toEqual({ '200': codes.length });
    expect(histogram(submits.map((r) => r.status))).toEqual({ '200': expected });
    expect(statuses.filter((s) => s >= 500 || s === 0)).toEqual([]);

    const counts = await withPg(databaseUrl, async (db) => ({
      reports: await scalar(db, `SELECT count(*)::int FROM implementation_reports WHERE cycle_id = $1`, [cycle.id]),
      distinctKeys: await scalar(db, `SELECT count(DISTINCT (state_code, recommendation_id))::int FROM implementation_reports WHERE cycle_id = $1`, [cycle.id]),
      submitted: await scalar(db, `SELECT count(*)::int FROM implementation_reports WHERE cycle_id = $1 AND workflow_state = 'submitted' AND submissions = 1 AND version = 2`, [cycle.id]),
      states: await scalar(db, `SELECT count(DISTINCT state_code)::int FROM implementation_reports WHERE cycle_id = $1`, [cycle.id]),
      versions: await scalar(db, `SELECT count(*)::int FROM report_versions v JOIN implementation_reports r ON r.id = v.report_id WHERE r.cycle_id = $1 AND v.number = 1`, [cycle.id]),
      allVersions: await scalar(db, `SELECT count(*)::int FROM report_versions v JOIN implementation_reports r ON r.id = v.report_id WHERE r.cycle_id = $1`, [cycle.id]),
      versionMatchesReport: await scalar(
        db,
        `SELECT count(*)::int FROM report_versions v JOIN implementation_reports r ON r.id = v.report_id
          WHERE r.cycle_id = $1 AND v.content->>'implementationStatus' = r.implementation_status AND v.content->'narrative' = r.narrative`,
        [cycle.id],
      ),
      auditByAction: Object.fromEntries(
        (
          await db.query<{ action: string; n: number }>(
            `SELECT a.action, count(*)::int AS n FROM audit_events a JOIN implementation_reports r ON a.entity = 'report' AND a.entity_id = r.id::text
              WHERE r.cycle_id = $1 GROUP BY a.action ORDER BY a.action`,
            [cycle.id],
          )
        ).rows.map((r) => [r.action, r.n]),
      ),
    }));
    expect(counts).toEqual({
      reports: expected,
      distinctKeys: expected,
      submitted: expected,
      states: codes.length,
      versions: expected,
      allVersions: expected,
      versionMatchesReport: expected,
      auditByAction: { 'report.created': expected, 'report.submitted': expected },
    });

    figures.add('all-States run: States (focal points)', `${codes.length} (created and signed in in ${Math.round(setupMs)} ms)`);
    figures.add('  scope (sessions ' + sessions.join(',') + ')', `${scope.length} recommendations per State`);
    figures.add('  bulk saves at once', `${bulk.length} × ${scope.length} items in ${Math.round(bulkMs)} ms (p50 ${Math.round(percentile(bulk.map((r) => r.ms), 50))} ms, max ${Math.round(Math.max(...bulk.map((r) => r.ms)))} ms)`);
    figures.add('  submits', `${submits.length} in ${Math.round(submitMs)} ms (${Math.round(submits.length / (submitMs / 1000))}/s, p50 ${Math.round(percentile(submits.map((r) => r.ms), 50))} ms, p95 ${Math.round(percentile(submits.map((r) => r.ms), 95))} ms)`);
    figures.add('  statuses', histogram(statuses));
    figures.add('  stored reports / versions / audit', `${counts.reports} / ${counts.versions} / created ${counts.auditByAction['report.created']}, submitted ${counts.auditByAction['report.submitted']} (expected ${expected} each)`);
  });
});
