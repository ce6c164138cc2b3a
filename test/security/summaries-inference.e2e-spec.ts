import pg from 'pg';
import { binaryBody, extractPdfText, parseCsv, readXlsx } from '../support/export-readers.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from '../support/test-app.js';
import { labels } from '#exports';

/**
 * Hole 10: a focal point inferring other States' answers from the summaries. With `include=submitted`, a regional
 * group holding one other State showed that State's pending (not yet accepted) answers; accepted figures over one or
 * two other States give theirs away too, directly or by subtracting the shown groups from the total.
 *
 * Cast: KEN's focal point is the viewer (AFRICAN, alone in its group). WEOG: FRA, DEU, ITA. One State each in
 * EASTERN_EUROPEAN (POL), LATIN_AMERICAN_CARIBBEAN (BRA), ASIA_PACIFIC (JPN). Scope: R0, R1 (session 4), R2 (session 9).
 */
const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysFromNow = (n: number) => iso(new Date(Date.now() + n * 86_400_000));
type Group = { regionalGroup?: string; session?: number; suppressed: boolean; suppressedReason: string | null; statusDistribution: unknown };

describe('hole 10: summaries give a focal point no figure over fewer than 3 other States', () => {
  let t: TestApp;
  let db: pg.Client;
  let admin: Session;
  let sec: Session;
  const fp: Record<string, Session> = {};
  let cycleId: string;
  let R: string[];
  const reportIds: Record<string, string> = {};
  const get = (url: string, who: Session) => t.http.get(url).set(bearer(who));
  const file = (url: string, who: Session) => get(url, who).buffer(true).parse(binaryBody);
  const overview = () => `/api/summaries/cycles/${cycleId}`;
  const region = (body: { byRegionalGroup: Group[] }, g: string) => body.byRegionalGroup.find((x) => x.regionalGroup === g)!;

  /** Saves and submits `code`'s answer to R[i]; accepts it unless `pending`. */
  const answer = async (code: string, i: number, status: string, pending = false) => {
    const url = `/api/cycles/${cycleId}/states/${code}/reports/${R[i]}`;
    const saved = await t.http.put(url).set(bearer(fp[code])).send({ implementationStatus: status }).expect(201);
    reportIds[`${code}:${i}`] = saved.body.id;
    await t.http.post(`${url}/submit`).set(bearer(fp[code])).expect(200);
    if (!pending) await accept(code, i);
  };
  const accept = (code: string, i: number) => t.http.post(`/api/reports/${reportIds[`${code}:${i}`]}/review`).set(bearer(sec)).send({ decision: 'accept' }).expect(200);

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    await db.query(`UPDATE states SET protocol_status = 'non_party' WHERE protocol_status = 'party'`);
    for (const code of ['KEN', 'FRA', 'DEU', 'ITA', 'POL', 'BRA', 'JPN']) {
      fp[code] = await createUserAndLogin(t.http, admin, { email: `fp.${code.toLowerCase()}@example.org`, role: 'focal_point', stateCode: code });
    }
    const pick = async (session: number, n: number) => {
      const r = await t.http.get(`/api/recommendations?session=${session}&limit=100`).set(bearer(sec)).expect(200);
      const flat = (items: { id: string; requiresStateReport: boolean; isContainer: boolean; children: never[] }[]): typeof items =>
        items.flatMap((i) => [i, ...flat(i.children ?? [])]);
      return flat(r.body.items)
        .filter((i) => i.requiresStateReport && !i.isContainer)
        .slice(0, n)
        .map((i) => i.id);
    };
    R = [...(await pick(4, 2)), ...(await pick(9, 1))];
    cycleId = (
      await t.http
        .post('/api/cycles')
        .set(bearer(sec))
        .send({ name: 'Inference cycle', opensOn: daysFromNow(-10), closesOn: daysFromNow(30), recommendationIds: R })
        .expect(201)
    ).body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);
    // KEN accepted; FRA only submitted: its answer is pending, and alone in WEOG.
    await answer('KEN', 0, 'fully_implemented');
    await answer('FRA', 0, 'in_progress', true);
  }, 60_000);
  afterAll(async () => {
    await db?.end();
    await t?.close();
  }, 30_000);

  it('include=submitted: refused to a focal point over other States (coded 403), allowed on its own State; the secretariat keeps it', async () => {
    // The attack: WEOG held FRA alone, so WEOG's distribution was FRA's pending answer.
    const res = await get(`${overview()}?include=submitted`, fp.KEN);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('PENDING_FIGURES_OWN_STATE_ONLY');
    expect((await get(`/api/summaries/trends?include=submitted`, fp.KEN).expect(403)).body.code).toBe('PENDING_FIGURES_OWN_STATE_ONLY');
    await get(`${overview()}?include=submitted&format=csv`, fp.KEN).expect(403);
    await get(`/api/summaries/trends?state=KEN&include=submitted`, fp.KEN).expect(200);
    await get(`${overview()}/states/KEN?include=submitted`, fp.KEN).expect(200);
    const full = await get(`${overview()}?include=submitted`, sec).expect(200);
    expect(region(full.body, 'WEOG')).toMatchObject({ suppressed: false, statusDistribution: expect.objectContaining({ in_progress: 1 }) });
  }, 30_000);

  it('accepted figures over fewer than 3 other States are null and marked, for the cycle and every group', async () => {
    await accept('FRA', 0); // now WEOG holds one accepted answer: FRA's
    const res = await get(overview(), fp.KEN).expect(200);
    expect(res.body).toMatchObject({ suppressed: true, suppression: { minOtherStates: 3 }, states: null, reports: null, statusDistribution: null, assistance: null });
    for (const g of [...res.body.byRegionalGroup, ...res.body.bySession, ...res.body.byTheme] as Group[]) {
      expect(g).toMatchObject({ suppressed: true, suppressedReason: 'FEWER_THAN_MIN_STATES', statusDistribution: null });
    }
    expect(region(res.body, 'WEOG')).toMatchObject({ states: null, expected: null, reporting: null, responseRate: null });
    const trend = (await get(`/api/summaries/trends`, fp.KEN).expect(200)).body.cycles.find((c: { cycle: { id: string } }) => c.cycle.id === cycleId);
    expect(trend).toMatchObject({ suppressed: true, reports: null, reporting: null, statusDistribution: null, recommendations: 3 });
    // Its own State alone: nothing to hide.
    const own = (await get(`/api/summaries/trends?state=KEN`, fp.KEN).expect(200)).body;
    expect(own.suppression).toBeNull();
    expect(own.cycles.find((c: { cycle: { id: string } }) => c.cycle.id === cycleId)).toMatchObject({ suppressed: false, reports: 1 });
    // The secretariat keeps every figure.
    const full = await get(overview(), sec).expect(200);
    expect(full.body).toMatchObject({ suppressed: false, suppression: null, states: { reporting: 2 } });
    expect(region(full.body, 'WEOG')).toMatchObject({ suppressed: false, suppressedReason: null, statusDistribution: expect.objectContaining({ in_progress: 1 }) });
  }, 30_000);

  it('a group is shown with 3 other States, unless subtracting it from the total would give a smaller group away', async () => {
    await answer('DEU', 0, 'planned');
    await answer('ITA', 0, 'planned');
    await answer('POL', 2, 'not_started');
    // KEN: 4 other States in all, WEOG has 3, EASTERN_EUROPEAN 1 (POL). Showing WEOG would give POL away
    // (total − WEOG − KEN's own = POL), so WEOG is suppressed too; likewise session 4 beside session 9 (POL alone).
    let res = (await get(overview(), fp.KEN).expect(200)).body;
    expect(res).toMatchObject({ suppressed: false, states: { reporting: 5 } });
    expect(region(res, 'EASTERN_EUROPEAN')).toMatchObject({ suppressed: true, suppressedReason: 'FEWER_THAN_MIN_STATES', statusDistribution: null });
    expect(region(res, 'AFRICAN')).toMatchObject({ suppressed: true, suppressedReason: 'FEWER_THAN_MIN_STATES' });
    expect(region(res, 'WEOG')).toMatchObject({ suppressed: true, suppressedReason: 'COMPLEMENT', statusDistribution: null });
    expect(res.bySession.map((g: Group) => `${g.session}:${g.suppressedReason}`)).toEqual(['4:COMPLEMENT', '9:FEWER_THAN_MIN_STATES']);

    // Two more lone States: the small groups together hold 3 other States (POL, BRA, JPN), so WEOG can be shown.
    await answer('BRA', 2, 'in_progress');
    await answer('JPN', 2, 'in_progress');
    res = (await get(overview(), fp.KEN).expect(200)).body;
    expect(region(res, 'WEOG')).toMatchObject({ suppressed: false, suppressedReason: null, reporting: 3, statusDistribution: expect.objectContaining({ planned: 2, in_progress: 1 }) });
    for (const g of ['EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'ASIA_PACIFIC', 'AFRICAN']) expect(region(res, g)).toMatchObject({ suppressed: true, statusDistribution: null });
    expect(res.bySession.map((g: Group) => `${g.session}:${g.suppressed}`)).toEqual(['4:false', '9:false']);
    // "Outside their own": FRA's focal point sees WEOG over DEU and ITA only, two States: suppressed for FRA.
    const fra = (await get(overview(), fp.FRA).expect(200)).body;
    expect(region(fra, 'WEOG')).toMatchObject({ suppressed: true, statusDistribution: null });
    // No shown theme stands on fewer than 3 other States.
    const { rows } = await db.query<{ code: string; states: string[] }>(
      `SELECT t.code, array_agg(DISTINCT r.state_code) AS states FROM implementation_reports r
         JOIN recommendation_themes rt ON rt.recommendation_id = r.recommendation_id JOIN themes t ON t.id = rt.theme_id
        WHERE r.cycle_id = $1 AND r.workflow_state = 'accepted' GROUP BY t.code`,
      [cycleId],
    );
    const others = new Map(rows.map((r) => [r.code, r.states.filter((s) => s !== 'KEN').length]));
    for (const g of res.byTheme as (Group & { theme: string })[]) if (!g.suppressed) expect(others.get(g.theme)).toBeGreaterThanOrEqual(3);
  }, 30_000);

  it('exports carry the same suppression: no figure in CSV, XLSX or PDF, a note instead', async () => {
    await db.query(`UPDATE implementation_reports SET workflow_state = 'submitted' WHERE cycle_id = $1 AND state_code IN ('BRA', 'JPN')`, [cycleId]);
    const csv = parseCsv((await file(`${overview()}?format=csv`, fp.KEN).expect(200)).body);
    const at = csv.findIndex((r) => r[0] === 'By regional group');
    const header = csv[at + 1];
    expect(header.at(-1)).toBe('Note');
    // The documents print the regional group's name in the document's language, never the code.
    const WEOG = labels('en').region('WEOG');
    const weog = csv.slice(at + 2).find((r) => r[0] === WEOG)!;
    expect(weog.slice(1, -1).every((cell) => cell === '')).toBe(true);
    expect(weog.at(-1)).toMatch(/^suppressed/);
    const xlsx = await readXlsx((await file(`${overview()}?format=xlsx`, fp.KEN).expect(200)).body);
    const sheet = xlsx.getWorksheet('By regional group')!;
    const rowsX = sheet.getSheetValues().slice(2) as unknown[][];
    const weogX = rowsX.find((r) => r[1] === WEOG)!;
    expect(weogX.slice(2, -1).filter((v) => v !== null && v !== undefined)).toEqual([]);
    expect(String(weogX.at(-1))).toMatch(/^suppressed/);
    const pdf = (await extractPdfText((await file(`${overview()}?format=pdf`, fp.KEN).expect(200)).body)).replace(/\s+/g, ' ');
    expect(pdf).toContain('suppressed');
    // The secretariat's export is unchanged: no Note column, every figure.
    const full = parseCsv((await file(`${overview()}?format=csv`, sec).expect(200)).body);
    const fat = full.findIndex((r) => r[0] === 'By regional group');
    expect(full[fat + 1]).not.toContain('Note');
    expect(full.slice(fat + 2).find((r) => r[0] === WEOG)!.slice(0, 3)).toEqual([WEOG, '3', '3']);
  }, 30_000);
});
