import JSZip from 'jszip';
import pg from 'pg';
import { labelledCodes, labels } from '#exports';
import { binaryBody, extractPdfText, parseCsv, pdfPageTexts, pdfScreenshots, readXlsx, stateNameProblems, xlsxText } from './support/export-readers.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

/**
 * A small hand-built cycle whose every figure is known, checked against each summary.
 *
 * Expected States: KEN, FRA, BRA (made parties here), JPN (not a party, but has a focal point). Nobody else is a party.
 * Scope: R1, R2 (session 4), R3, R4 (session 9).
 *   KEN  R1 fully_implemented accepted · R2 not_applicable accepted · R3 partially_implemented + assistance accepted · R4 draft
 *   FRA  R1 in_progress submitted · R2 planned accepted · R3 returned · R4 nothing
 *   JPN  R1 planned, submitted late, under review
 *   BRA  nothing
 */
const iso = (d: Date) => d.toISOString().slice(0, 10);
const daysFromNow = (n: number) => iso(new Date(Date.now() + n * 86_400_000));
/** Every group figure is shown to the secretariat. */
const shown = { suppressed: false, suppressedReason: null };
const dist = (d: Partial<Record<string, number>>) => ({
  not_started: 0,
  planned: 0,
  in_progress: 0,
  partially_implemented: 0,
  fully_implemented: 0,
  not_applicable: 0,
  no_information: 0,
  ...d,
});

describe('summaries: counting rules, access and asOf reproduction', () => {
  let t: TestApp;
  let db: pg.Client;
  let admin: Session;
  let sec: Session;
  let ken: Session;
  let fra: Session;
  let jpn: Session & { id: string };
  let cycleId: string;
  let R: string[];
  const reportIds: Record<string, string> = {};

  const path = (code: string, rec: string) => `/api/cycles/${cycleId}/states/${code}/reports/${rec}`;
  const save = async (who: Session, code: string, rec: string, body: object) => {
    const res = await t.http.put(path(code, rec)).set(bearer(who)).send(body);
    if (res.status >= 300) throw new Error(`save ${code} ${rec}: ${res.status} ${JSON.stringify(res.body)}`);
    reportIds[`${code}:${rec}`] = res.body.id;
  };
  const submit = (who: Session, code: string, rec: string) => t.http.post(`${path(code, rec)}/submit`).set(bearer(who)).expect(200);
  const review = (code: string, rec: string, decision: string, comment?: string) =>
    t.http.post(`/api/reports/${reportIds[`${code}:${rec}`]}/review`).set(bearer(sec)).send({ decision, comment }).expect(200);
  const get = (url: string, who: Session = sec) => t.http.get(url).set(bearer(who));

  beforeAll(async () => {
    t = await startTestApp();
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    // A known set of parties: nobody, then three through the API (audited, as in real life).
    await db.query(`UPDATE states SET protocol_status = 'non_party' WHERE protocol_status = 'party'`);
    for (const code of ['KEN', 'FRA', 'BRA']) await t.http.patch(`/api/states/${code}`).set(bearer(sec)).send({ protocolStatus: 'party' }).expect(200);
    ken = await createUserAndLogin(t.http, admin, { email: 'fp.ken@example.org', role: 'focal_point', stateCode: 'KEN' });
    fra = await createUserAndLogin(t.http, admin, { email: 'fp.fra@example.org', role: 'focal_point', stateCode: 'FRA' });
    jpn = await createUserAndLogin(t.http, admin, { email: 'fp.jpn@example.org', role: 'focal_point', stateCode: 'JPN' });

    const pick = async (session: number) => {
      const r = await get(`/api/recommendations?session=${session}&limit=100`).expect(200);
      const flat = (items: { id: string; requiresStateReport: boolean; isContainer: boolean; children: never[] }[]): typeof items =>
        items.flatMap((i) => [i, ...flat(i.children ?? [])]);
      return flat(r.body.items)
        .filter((i) => i.requiresStateReport && !i.isContainer)
        .slice(0, 2)
        .map((i) => i.id);
    };
    R = [...(await pick(4)), ...(await pick(9))];
    const cycle = await t.http
      .post('/api/cycles')
      .set(bearer(sec))
      .send({ name: 'Summaries test cycle', opensOn: daysFromNow(-10), closesOn: daysFromNow(30), recommendationIds: R })
      .expect(201);
    cycleId = cycle.body.id;
    await t.http.post(`/api/cycles/${cycleId}/open`).set(bearer(sec)).expect(200);

    await save(ken, 'KEN', R[0], { implementationStatus: 'fully_implemented', narrative: { en: 'Law 12 of 2024 criminalises all forms of trafficking.' } });
    await save(ken, 'KEN', R[1], { implementationStatus: 'not_applicable', narrative: { en: 'No such institution exists in Kenya.' } });
    await save(ken, 'KEN', R[2], {
      implementationStatus: 'partially_implemented',
      narrative: { en: 'Training started.' },
      assistanceNeeded: true,
      assistanceType: 'capacity_building',
      assistanceDetails: 'Train 200 labour inspectors.',
    });
    await save(ken, 'KEN', R[3], { implementationStatus: 'planned' });
    for (const r of R.slice(0, 3)) await submit(ken, 'KEN', r);
    for (const r of R.slice(0, 3)) await review('KEN', r, 'accept');

    await save(fra, 'FRA', R[0], { implementationStatus: 'in_progress', narrative: { fr: 'Un plan national est en cours.' } });
    await save(fra, 'FRA', R[1], { implementationStatus: 'planned' });
    await save(fra, 'FRA', R[2], { implementationStatus: 'fully_implemented' });
    for (const r of R.slice(0, 3)) await submit(fra, 'FRA', r);
    await review('FRA', R[1], 'accept');
    await review('FRA', R[2], 'return', 'Please cite the law.');

    await save(jpn, 'JPN', R[0], { implementationStatus: 'planned' });
    // Past the closing day while the cycle is still open: the submission is accepted and marked late.
    await db.query(`UPDATE reporting_cycles SET closes_on = current_date - 1 WHERE id = $1`, [cycleId]);
    await submit(jpn, 'JPN', R[0]);
    await db.query(`UPDATE reporting_cycles SET closes_on = current_date + 30 WHERE id = $1`, [cycleId]);
    await review('JPN', R[0], 'start_review');
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  describe('overview', () => {
    it('counts accepted reports only by default', async () => {
      const res = await get(`/api/summaries/cycles/${cycleId}`).expect(200);
      expect(res.body).toMatchObject({
        cycle: { id: cycleId, name: 'Summaries test cycle', status: 'open' },
        counting: 'accepted',
        recommendations: 4,
        states: { expected: 4, reporting: 2, reportingExpected: 2, responseRate: 0.5, late: 0 },
        reports: { accepted: 4, pending: 0 },
        // 4 States × 4 recommendations = 16 pairs; 4 answered; the rest is "no information", never "not implemented".
        statusDistribution: dist({ fully_implemented: 1, not_applicable: 1, partially_implemented: 1, planned: 1, no_information: 12 }),
        assistance: { states: 1, reports: 1, byType: { capacity_building: 1 } },
      });
      expect(Date.parse(res.body.asOf)).toBeGreaterThan(Date.now() - 60_000);
      expect(res.body.bySession).toEqual([
        { session: 4, startDate: expect.any(String), recommendations: 2, reports: 3, statusDistribution: dist({ fully_implemented: 1, not_applicable: 1, planned: 1, no_information: 5 }), ...shown },
        { session: 9, startDate: expect.any(String), recommendations: 2, reports: 1, statusDistribution: dist({ partially_implemented: 1, no_information: 7 }), ...shown },
      ]);
      const groups = Object.fromEntries(res.body.byRegionalGroup.map((g: { regionalGroup: string }) => [g.regionalGroup, g]));
      expect(groups).toEqual({
        AFRICAN: { regionalGroup: 'AFRICAN', states: 1, expected: 1, reporting: 1, responseRate: 1, statusDistribution: dist({ fully_implemented: 1, not_applicable: 1, partially_implemented: 1, no_information: 1 }), ...shown },
        WEOG: { regionalGroup: 'WEOG', states: 1, expected: 1, reporting: 1, responseRate: 1, statusDistribution: dist({ planned: 1, no_information: 3 }), ...shown },
        LATIN_AMERICAN_CARIBBEAN: { regionalGroup: 'LATIN_AMERICAN_CARIBBEAN', states: 1, expected: 1, reporting: 0, responseRate: 0, statusDistribution: dist({ no_information: 4 }), ...shown },
        ASIA_PACIFIC: { regionalGroup: 'ASIA_PACIFIC', states: 1, expected: 1, reporting: 0, responseRate: 0, statusDistribution: dist({ no_information: 4 }), ...shown },
      });
    });

    it('byTheme: each theme’s figures over its own in-scope recommendations', async () => {
      const res = await get(`/api/summaries/cycles/${cycleId}`).expect(200);
      const { rows: themed } = await db.query<{ code: string; recs: string[] }>(
        `SELECT t.code, array_agg(rt.recommendation_id) AS recs FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id
          WHERE rt.recommendation_id = ANY($1::uuid[]) GROUP BY t.code ORDER BY t.code`,
        [R],
      );
      const accepted: Record<string, string> = { [R[0]]: 'KEN fully', [R[1]]: 'KEN na', [R[2]]: 'KEN partial' };
      expect(res.body.byTheme.map((t: { theme: string }) => t.theme)).toEqual(themed.map((t) => t.code));
      for (const theme of themed) {
        const row = res.body.byTheme.find((t: { theme: string }) => t.theme === theme.code);
        const reports = theme.recs.filter((r) => accepted[r]).length + (theme.recs.includes(R[1]) ? 1 : 0); // + FRA R2
        expect(row).toMatchObject({ recommendations: theme.recs.length, reports });
        expect(row.statusDistribution.no_information).toBe(4 * theme.recs.length - reports);
      }
    });

    it('?include=submitted also counts submitted and under-review reports, labelled so', async () => {
      const res = await get(`/api/summaries/cycles/${cycleId}?include=submitted`).expect(200);
      expect(res.body).toMatchObject({
        counting: 'accepted_and_submitted',
        states: { expected: 4, reporting: 3, reportingExpected: 3, responseRate: 0.75, late: 1 },
        reports: { accepted: 4, pending: 2 },
        statusDistribution: dist({ fully_implemented: 1, not_applicable: 1, partially_implemented: 1, planned: 2, in_progress: 1, no_information: 10 }),
      });
    });

    it('a focal point sees the overview (anonymous figures); admins see no summary', async () => {
      await get(`/api/summaries/cycles/${cycleId}`, ken).expect(200);
      await get(`/api/summaries/cycles/${cycleId}`, admin).expect(403);
      const missing = await get(`/api/summaries/cycles/00000000-0000-4000-8000-000000000000`).expect(404);
      expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });

  describe('State profile', () => {
    it('KEN: applicable excludes its accepted not_applicable answer; drafts are not shown', async () => {
      const res = await get(`/api/summaries/cycles/${cycleId}/states/KEN`).expect(200);
      expect(res.body).toMatchObject({
        state: { code: 'KEN', regionalGroup: 'AFRICAN', protocolStatus: 'party', expected: true },
        applicable: 3,
        reported: 3,
        accepted: 3,
        coverage: 0.6667,
        late: 0,
        statusDistribution: dist({ fully_implemented: 1, not_applicable: 1, partially_implemented: 1, no_information: 1 }),
        assistanceNeeded: [{ recommendationId: R[2], reference: expect.any(String), assistanceType: 'capacity_building', details: 'Train 200 labour inspectors.' }],
      });
      expect(res.body.items.map((i: { recommendationId: string }) => i.recommendationId)).toEqual(R);
      expect(res.body.items[0]).toMatchObject({ status: 'fully_implemented', workflowState: 'accepted', counted: true, lastUpdate: expect.any(String) });
      expect(res.body.items[3]).toMatchObject({ status: 'no_information', workflowState: null, counted: false, lastUpdate: null });
    });

    it('FRA: a submitted report shows as pending, a returned one as no information; include=submitted counts the former', async () => {
      const accepted = await get(`/api/summaries/cycles/${cycleId}/states/FRA`).expect(200);
      expect(accepted.body).toMatchObject({ applicable: 4, reported: 1, accepted: 1, coverage: 0.25, statusDistribution: dist({ planned: 1, no_information: 3 }) });
      expect(accepted.body.items[0]).toMatchObject({ status: 'no_information', workflowState: 'submitted', counted: false });
      expect(accepted.body.items[2]).toMatchObject({ status: 'no_information', workflowState: null, counted: false });
      const withSubmitted = await get(`/api/summaries/cycles/${cycleId}/states/FRA?include=submitted`).expect(200);
      expect(withSubmitted.body).toMatchObject({ applicable: 4, reported: 2, accepted: 1, coverage: 0.5, statusDistribution: dist({ planned: 1, in_progress: 1, no_information: 2 }) });
    });

    it('JPN: late, and expected because it has a focal point', async () => {
      const res = await get(`/api/summaries/cycles/${cycleId}/states/JPN?include=submitted`).expect(200);
      expect(res.body).toMatchObject({ state: { expected: true, protocolStatus: 'non_party' }, reported: 1, late: 1 });
      expect(res.body.items[0]).toMatchObject({ late: true, workflowState: 'under_review' });
    });

    it('a focal point sees its own State only', async () => {
      await get(`/api/summaries/cycles/${cycleId}/states/KEN`, ken).expect(200);
      const other = await get(`/api/summaries/cycles/${cycleId}/states/FRA`, ken).expect(403);
      expect(other.body.code).toBe('OTHER_STATE');
      await get(`/api/summaries/cycles/${cycleId}/states/ZZZ`).expect(404);
      await get(`/api/summaries/cycles/${cycleId}/states/KE`).expect(400);
    });
  });

  describe('per recommendation and non-reporting', () => {
    it('R1 across States, with narrative excerpts of what was counted', async () => {
      const res = await get(`/api/summaries/cycles/${cycleId}/recommendations/${R[0]}`).expect(200);
      expect(res.body).toMatchObject({ statesReporting: 1, statusDistribution: dist({ fully_implemented: 1, no_information: 3 }) });
      expect(res.body.states).toEqual([
        expect.objectContaining({ code: 'KEN', status: 'fully_implemented', workflowState: 'accepted', narrativeExcerpt: 'Law 12 of 2024 criminalises all forms of trafficking.' }),
      ]);
      const all = await get(`/api/summaries/cycles/${cycleId}/recommendations/${R[0]}?include=submitted`).expect(200);
      expect(all.body.states.map((s: { code: string; status: string }) => `${s.code}:${s.status}`)).toEqual(['FRA:in_progress', 'JPN:planned', 'KEN:fully_implemented']);
      expect(all.body.states[0].narrativeExcerpt).toBe('Un plan national est en cours.');
      expect(all.body.statusDistribution).toEqual(dist({ fully_implemented: 1, in_progress: 1, planned: 1, no_information: 1 }));
    });

    it('non-reporting: expected States with nothing accepted, and whether a submission awaits review', async () => {
      const res = await get(`/api/summaries/cycles/${cycleId}/non-reporting`).expect(200);
      expect(res.body.expected).toBe(4);
      expect(res.body.states).toEqual([
        expect.objectContaining({ code: 'BRA', pendingSubmissions: 0, hasPendingSubmission: false, activeFocalPoints: 0 }),
        expect.objectContaining({ code: 'JPN', pendingSubmissions: 1, hasPendingSubmission: true, activeFocalPoints: 1 }),
      ]);
    });

    it('both name States: the secretariat only', async () => {
      await get(`/api/summaries/cycles/${cycleId}/recommendations/${R[0]}`, ken).expect(403);
      await get(`/api/summaries/cycles/${cycleId}/non-reporting`, ken).expect(403);
      const outOfScope = await get(`/api/recommendations?session=5&limit=1`).expect(200);
      await get(`/api/summaries/cycles/${cycleId}/recommendations/${outOfScope.body.items[0].id}`).expect(404);
    });
  });

  describe('text rule: the recommendation text in ?lang=, else English, else the source, and which (issue 14)', () => {
    it('State profile items and the per-recommendation summary pick the same text and say textLanguage', async () => {
      const [{ text: source }] = (await db.query(`SELECT text FROM recommendations WHERE id = $1`, [R[0]])).rows;
      expect(source.en).toBeUndefined();
      const [sourceLanguage] = Object.keys(source);
      const item = async (q: string) => (await get(`/api/summaries/cycles/${cycleId}/states/KEN${q}`).expect(200)).body.items[0];
      const summary = async (q: string) => (await get(`/api/summaries/cycles/${cycleId}/recommendations/${R[0]}${q}`).expect(200)).body.recommendation;
      // No English: the source language, asked or not.
      expect(await item('')).toMatchObject({ text: source[sourceLanguage], textLanguage: sourceLanguage });
      expect(await summary('?lang=fr')).toMatchObject({ text: source[sourceLanguage], textLanguage: sourceLanguage });
      await db.query(`UPDATE recommendations SET text = text || '{"fr":"Texte français","en":"English text"}' WHERE id = $1`, [R[0]]);
      try {
        expect(await item('?lang=fr')).toMatchObject({ text: 'Texte français', textLanguage: 'fr' });
        expect(await item('?lang=es')).toMatchObject({ text: 'English text', textLanguage: 'en' });
        expect(await summary('?lang=fr')).toMatchObject({ text: 'Texte français', textLanguage: 'fr' });
        expect(await summary('')).toMatchObject({ text: 'English text', textLanguage: 'en' });
        await get(`/api/summaries/cycles/${cycleId}/states/KEN?lang=xx`).expect(400);
      } finally {
        await db.query(`UPDATE recommendations SET text = text - 'fr' - 'en' WHERE id = $1`, [R[0]]);
      }
    });
  });

  describe('exports: CSV, XLSX and PDF carry the same figures', () => {
    const file = (url: string, who: Session = sec) => get(url, who).buffer(true).parse(binaryBody);

    it('overview as CSV: UTF-8 with BOM, the headline block, one block per table, the distribution as numbers', async () => {
      const res = await file(`/api/summaries/cycles/${cycleId}?format=csv`).expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="overview-summaries-test-cycle\.csv"/);
      expect([...(res.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const all = parseCsv(res.body);
      expect(all[0]).toEqual(['Implementation overview: Summaries test cycle']);
      const headline = Object.fromEntries(all.slice(1, all.findIndex((r) => r.length === 1 && r[0] === '')).map((r) => [r[0], r[1]]));
      expect(headline).toMatchObject({ 'Counting rule': 'Accepted reports only', 'Expected States': '4', 'States reporting': '2', 'Response rate': '50.0%' });
      expect(headline['Reporting cycle']).toMatch(/^Summaries test cycle: \d{1,2} \w+ \d{4} – \d{1,2} \w+ \d{4}$/);
      expect(headline['Figures as of']).toMatch(/\d{4} at \d{2}:\d{2} UTC$/);
      const rows = all.slice(all.findIndex((r) => r[0] === 'Status of implementation'));
      const dist = Object.fromEntries(rows.slice(2, 9).map((r) => [r[0], Number(r[1])]));
      expect(dist).toEqual({ 'Not started': 0, Planned: 1, 'In progress': 0, 'Partially implemented': 1, 'Fully implemented': 1, 'Not applicable': 1, 'No information': 12 });
      const regionsAt = rows.findIndex((r) => r[0] === 'By regional group');
      expect(rows[regionsAt + 1].slice(0, 4)).toEqual(['Regional group', 'Expected', 'Reporting', 'Response rate']);
      expect(rows.slice(regionsAt + 2, regionsAt + 7).map((r) => r.slice(0, 4))).toContainEqual(['African States', '1', '1', '1']);
    });

    it('State profile as XLSX: About sheet, frozen header, the items', async () => {
      const res = await file(`/api/summaries/cycles/${cycleId}/states/KEN?format=xlsx`).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.headers['content-disposition']).toContain('state-ken-summaries-test-cycle.xlsx');
      const book = await readXlsx(res.body);
      expect(book.worksheets.map((w) => w.name)).toEqual(['About', 'Status of implementation', 'Recommendations', 'Narratives (excerpts)', 'Assistance needed']);
      const about = book.getWorksheet('About')!;
      const meta = Object.fromEntries(about.getSheetValues().slice(2).map((r) => [(r as string[])[1], (r as string[])[2]]));
      expect(meta).toMatchObject({ 'Applicable recommendations': '3', Reported: '3', Accepted: '3', Coverage: '66.7%', 'Regional group': 'African States', Protocol: 'Party' });
      const items = book.getWorksheet('Recommendations')!;
      expect(items.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(items.rowCount).toBe(5);
      expect(items.getRow(2).getCell(3).value).toBe('Fully implemented');
      expect(items.getRow(2).getCell(5).value).toBe('Accepted');
      expect(items.getRow(2).getCell(6).value).toBeInstanceOf(Date);
      expect(items.getRow(2).getCell(7).value).toBe('no');
      expect(items.getRow(5).getCell(3).value).toBe('No information');
      expect(items.getRow(5).getCell(7).value).toBeNull();
      const assistance = book.getWorksheet('Assistance needed')!;
      expect(assistance.getRow(2).getCell(2).value).toBe('Capacity-building');
      expect(assistance.getRow(2).getCell(3).value).toBe('Train 200 labour inspectors.');
    });

    it('overview as PDF: the figures and the chart are text a reader can find', async () => {
      const res = await file(`/api/summaries/cycles/${cycleId}?format=pdf`).expect(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = (await extractPdfText(res.body)).replace(/\s+/g, ' ');
      expect(text).toContain('Implementation overview: Summaries test cycle');
      expect(text).toContain('Response rate 50.0%');
      expect(text).toMatch(/No information 12/);
      expect(text).toContain('African States');
      expect(text).not.toContain('AFRICAN');
    }, 30_000);

    it('a focal point gets its own profile as PDF, never another State’s; a bad format is a 400', async () => {
      const own = await file(`/api/summaries/cycles/${cycleId}/states/KEN?format=pdf`, ken).expect(200);
      expect(await extractPdfText(own.body)).toContain('KEN');
      await get(`/api/summaries/cycles/${cycleId}/states/FRA?format=pdf`, ken).expect(403);
      const bad = await get(`/api/summaries/cycles/${cycleId}?format=docx`).expect(400);
      expect(bad.body.errors[0].field).toBe('format');
    }, 30_000);
  });

  describe('asOf', () => {
    it('reproduces every summary after later changes (acceptances, a focal point deactivated, a new party)', async () => {
      const urls = [
        `/api/summaries/cycles/${cycleId}`,
        `/api/summaries/cycles/${cycleId}?include=submitted`,
        `/api/summaries/cycles/${cycleId}/states/FRA`,
        `/api/summaries/cycles/${cycleId}/states/JPN?include=submitted`,
        `/api/summaries/cycles/${cycleId}/recommendations/${R[0]}`,
        `/api/summaries/cycles/${cycleId}/non-reporting`,
        `/api/summaries/trends`,
      ];
      const before = [];
      for (const url of urls) before.push((await get(url).expect(200)).body);

      await review('FRA', R[0], 'accept');
      await review('JPN', R[0], 'accept');
      await t.http.patch(`/api/users/${jpn.id}`).set(bearer(admin)).send({ active: false }).expect(200);
      await t.http.patch(`/api/states/BRA`).set(bearer(sec)).send({ protocolStatus: 'signatory' }).expect(200);
      await t.http.patch(`/api/states/MEX`).set(bearer(sec)).send({ protocolStatus: 'party' }).expect(200);

      const now = (await get(urls[0]).expect(200)).body;
      // JPN and BRA are no longer expected, MEX is; JPN still reported, so it stays in the population.
      expect(now.states).toEqual({ expected: 3, reporting: 3, reportingExpected: 2, responseRate: 0.6667, late: 1 });
      expect(now.statusDistribution).toEqual(dist({ fully_implemented: 1, not_applicable: 1, partially_implemented: 1, planned: 2, in_progress: 1, no_information: 10 }));

      for (const [i, url] of urls.entries()) {
        const sep = url.includes('?') ? '&' : '?';
        const again = await get(`${url}${sep}asOf=${encodeURIComponent(before[i].asOf)}`).expect(200);
        expect(again.body).toEqual(before[i]);
      }
    });

    it('refuses a future or malformed asOf', async () => {
      const future = await get(`/api/summaries/cycles/${cycleId}?asOf=${new Date(Date.now() + 3_600_000).toISOString()}`).expect(400);
      expect(future.body.errors).toEqual([{ field: 'asOf', message: 'asOf cannot be in the future' }]);
      await get(`/api/summaries/cycles/${cycleId}?asOf=yesterday`).expect(400);
      await get(`/api/summaries/cycles/${cycleId}?include=drafts`).expect(400);
    });
  });

  describe('trends', () => {
    it('the same figures across cycles, narrowed by State, recommendation or theme', async () => {
      const all = await get(`/api/summaries/trends?include=submitted`).expect(200);
      const point = all.body.cycles.find((c: { cycle: { id: string } }) => c.cycle.id === cycleId);
      expect(point).toMatchObject({ recommendations: 4, expected: 3, reporting: 3, reports: 6 });
      const ken1 = await get(`/api/summaries/trends?state=ken`, ken).expect(200);
      expect(ken1.body.filters.state).toBe('KEN');
      expect(ken1.body.cycles.find((c: { cycle: { id: string } }) => c.cycle.id === cycleId)).toMatchObject({
        recommendations: 4,
        expected: 1,
        reporting: 1,
        reports: 3,
        statusDistribution: dist({ fully_implemented: 1, not_applicable: 1, partially_implemented: 1, no_information: 1 }),
      });
      const r1 = await get(`/api/summaries/trends?recommendation=${R[0]}`).expect(200);
      expect(r1.body.cycles.find((c: { cycle: { id: string } }) => c.cycle.id === cycleId)).toMatchObject({
        recommendations: 1,
        reports: 3,
        statusDistribution: dist({ fully_implemented: 1, in_progress: 1, planned: 1, no_information: 1 }),
      });
      await get(`/api/summaries/trends?state=FRA`, ken).expect(403);
      await get(`/api/summaries/trends?theme=no_such_theme`).expect(404);
      await get(`/api/summaries/trends?recommendation=nope`).expect(400);
    });
  });
  describe('asOf after a withdrawal', () => {
    it('a submission withdrawn later still counts in the figures as they stood', async () => {
      const put = await t.http.get(path('FRA', R[2])).set(bearer(fra)).expect(200);
      await t.http.put(path('FRA', R[2])).set(bearer(fra)).set('If-Match', put.headers.etag).send({ implementationStatus: 'in_progress', narrative: { en: 'The law is before parliament.' } }).expect(200);
      await submit(fra, 'FRA', R[2]);
      const before = (await get(`/api/summaries/cycles/${cycleId}/states/FRA?include=submitted`).expect(200)).body;
      expect(before.items[2]).toMatchObject({ status: 'in_progress', workflowState: 'submitted', counted: true });
      await t.http.post(`${path('FRA', R[2])}/withdraw`).set(bearer(fra)).expect(200);
      const now = (await get(`/api/summaries/cycles/${cycleId}/states/FRA?include=submitted`).expect(200)).body;
      expect(now.items[2]).toMatchObject({ status: 'no_information', workflowState: null, counted: false });
      expect(now.reported).toBe(before.reported - 1);
      const again = await get(`/api/summaries/cycles/${cycleId}/states/FRA?include=submitted&asOf=${encodeURIComponent(before.asOf)}`).expect(200);
      expect(again.body).toEqual(before);
    });
  });

  describe('documents in English, Chinese and Arabic (issue 18)', () => {
    const file = (url: string, who: Session = sec) => get(url, who).buffer(true).parse(binaryBody);
    const summaries = () => [
      ['overview', `/api/summaries/cycles/${cycleId}`],
      ['state', `/api/summaries/cycles/${cycleId}/states/KEN`],
      ['recommendation', `/api/summaries/cycles/${cycleId}/recommendations/${R[0]}`],
      ['non-reporting', `/api/summaries/cycles/${cycleId}/non-reporting`],
      ['trends', `/api/summaries/trends`],
    ];

    beforeAll(async () => {
      // The secretariat assesses KEN's R1 otherwise than KEN did.
      await t.http
        .post(`/api/reports/${reportIds['KEN:' + R[0]]}/review`)
        .set(bearer(sec))
        .send({ decision: 'accept', assessment: { status: 'partially_implemented', note: 'Implementing regulations pending.' } })
        .expect(200);
    });

    it('the secretariat assessment beside the self-assessment, and the count where they differ', async () => {
      const profile = (await get(`/api/summaries/cycles/${cycleId}/states/KEN`).expect(200)).body;
      expect(profile.assessmentsDiffer).toBe(1);
      expect(profile.items[0]).toMatchObject({ status: 'fully_implemented', secretariatStatus: 'partially_implemented', narrativeExcerpt: 'Law 12 of 2024 criminalises all forms of trafficking.' });
      const rec = (await get(`/api/summaries/cycles/${cycleId}/recommendations/${R[0]}`).expect(200)).body;
      expect(rec.assessmentsDiffer).toBe(1);
      expect(rec.states.find((st: { code: string }) => st.code === 'KEN')).toMatchObject({ status: 'fully_implemented', secretariatStatus: 'partially_implemented' });
      const pdf = await extractPdfText((await file(`/api/summaries/cycles/${cycleId}/states/KEN?format=pdf`).expect(200)).body);
      expect(pdf.replace(/\s+/g, ' ')).toContain('Secretariat assessment');
      expect(pdf).toContain('Law 12 of 2024');
    }, 30_000);

    it.each(['en', 'zh', 'ar'])('every summary in %s: PDF pages numbered and without codes, CSV headline, XLSX typed', async (lang) => {
      const l = labels(lang);
      for (const [name, url] of summaries()) {
        const pdf = await file(`${url}?format=pdf&lang=${lang}`).expect(200);
        expect(pdf.headers['content-disposition']).toContain(lang === 'en' ? '.pdf' : `-${lang}.pdf`);
        const pages = await pdfPageTexts(pdf.body);
        await pdfScreenshots(pdf.body, `${name}-${lang}`);
        for (const [i, page] of pages.entries()) expect(page.replace(/\s+/g, '')).toContain(l.t('page', { n: i + 1, m: pages.length }).replace(/\s+/g, ''));
        const text = pages.join('\n');
        expect(labelledCodes().filter((c) => /_|^[A-Z]+$/.test(c) && new RegExp(`(^|[^\\p{L}_])${c}([^\\p{L}_]|$)`, 'u').test(text))).toEqual([]);
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
        expect(text.replace(/\s+/g, '')).toContain(l.t(name === 'trends' ? 'asOf' : 'cycle').replace(/\s+/g, ''));
        const csv = parseCsv((await file(`${url}?format=csv&lang=${lang}`).expect(200)).body);
        expect(csv[1][0]).toBe(l.t(name === 'trends' ? 'asOf' : 'cycle'));
        const book = await readXlsx((await file(`${url}?format=xlsx&lang=${lang}`).expect(200)).body);
        expect(book.worksheets[1].views[0]).toMatchObject({ rightToLeft: lang === 'ar' });
      }
    }, 120_000);

    it.each(['en', 'ar'])('the session document in %s: an editable DOCX with numbered paragraphs, chapters, tables and the annex', async (lang) => {
      const res = await file(`/api/summaries/cycles/${cycleId}/session-document?lang=${lang}&asOf=${encodeURIComponent(new Date().toISOString())}`).expect(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(res.headers['content-disposition']).toContain(`session-document-summaries-test-cycle${lang === 'en' ? '' : '-ar'}.docx`);
      const zip = await JSZip.loadAsync(res.body);
      const xml = await zip.file('word/document.xml')!.async('string');
      const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
      const text = (p: string) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
      const l = labels(lang);
      expect(paragraphs.map(text)).toContain(l.t('sessionDocTitle'));
      // Word's own numbering on the body paragraphs, numbered 1., 2., … by numbering.xml.
      const numbered = paragraphs.filter((p) => p.includes('<w:numPr>'));
      expect(numbered.length).toBeGreaterThanOrEqual(5);
      expect(text(numbered[0])).toContain('Summaries test cycle');
      expect(await zip.file('word/numbering.xml')!.async('string')).toContain('%1.');
      const headings = paragraphs.filter((p) => /<w:pStyle w:val="Heading1"\/>/.test(p)).map(text);
      expect(headings.slice(0, 4)).toEqual([`I. ${l.t('introduction')}`, `II. ${l.t('figuresBySession')}`, `III. ${l.t('figuresByTheme')}`, `IV. ${l.t('conclusions')}`]);
      expect(headings).toContain(l.t('annex'));
      expect(paragraphs.filter((p) => /<w:pStyle w:val="Heading2"\/>/.test(p)).some((p) => text(p).startsWith(l.t('sessionN', { n: 4 })))).toBe(true);
      expect((xml.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
      // The annex: the States that reported, with their regional group.
      expect(xml).toContain(l.region('AFRICAN'));
      if (lang === 'en') expect(xml).toContain('Kenya');
      if (lang === 'ar') expect(xml).toContain('<w:bidi/>');
      expect(xml).not.toMatch(/AFRICAN|states_parties|fully_implemented/);
    }, 60_000);

    it('an unchanged document is served from the cache; a change renders it anew; too many renders at once get 429', async () => {
      const url = `/api/compilation?format=pdf&groupBy=theme&lang=fr`;
      let t0 = performance.now();
      const first = await file(url).expect(200);
      const cold = performance.now() - t0;
      t0 = performance.now();
      const second = await file(url).expect(200);
      const warm = performance.now() - t0;
      expect(Buffer.compare(first.body, second.body)).toBe(0);
      expect(warm).toBeLessThan(cold);
      // A change to the catalogue (even one made outside the API) is a new document.
      await db.query(`UPDATE themes SET names = names || '{"fr":"Thème modifié"}' WHERE code = (SELECT min(code) FROM themes)`);
      const third = await file(url).expect(200);
      expect(Buffer.compare(first.body, third.body)).not.toBe(0);
      expect(await extractPdfText(third.body)).toContain('Thème modifié');
      // Six different documents at once for one user: each is rendered, or refused beyond two at a time with a 429
      // and its code (how many are refused depends on how the requests interleave; the limit itself has a unit spec).
      const many = await Promise.all(['ar', 'es', 'ru', 'zh', 'en', 'fr'].map((lang) => get(`/api/compilation?format=docx&groupBy=theme&lang=${lang}&session=4`)));
      expect(many.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(1);
      for (const r of many.filter((x) => x.status !== 200)) expect([r.status, r.body.code]).toEqual([429, 'TOO_MANY_RENDERS']);
    }, 120_000);

    it.each(['en', 'zh', 'ar'])('the compilation by session in %s: every page has content and its number', async (lang) => {
      const l = labels(lang);
      const res = await file(`/api/compilation?format=pdf&lang=${lang}`).expect(200);
      const pages = await pdfPageTexts(res.body);
      await pdfScreenshots(res.body, `compilation-${lang}`, [1, 2, pages.length]);
      for (const [i, page] of pages.entries()) {
        const footer = l.t('page', { n: i + 1, m: pages.length }).replace(/\s+/g, '');
        expect(page.replace(/\s+/g, '')).toContain(footer);
        expect(page.replace(/\s+/g, '').length).toBeGreaterThan(footer.length + 100);
      }
      expect(pages.join(' ')).not.toMatch(/states_parties|should_consider/);
    }, 120_000);
  });

  describe('State names in the document’s language, and which States “Other / not assigned” stands for (issue 18)', () => {
    const file = (url: string, who: Session = sec) => get(url, who).buffer(true).parse(binaryBody);
    const SHOWN = ['KEN', 'FRA', 'JPN', 'BRA', 'EUU', 'VAT'];
    let names: Record<string, Record<string, string>>;

    beforeAll(async () => {
      // Two States in no regional group: the European Union (reports on R1, accepted) and the Holy See (expected, silent).
      for (const code of ['EUU', 'VAT']) await t.http.patch(`/api/states/${code}`).set(bearer(sec)).send({ protocolStatus: 'party' }).expect(200);
      const euu = await createUserAndLogin(t.http, admin, { email: 'fp.euu@example.org', role: 'focal_point', stateCode: 'EUU' });
      await save(euu, 'EUU', R[0], { implementationStatus: 'in_progress', narrative: { en: 'A directive is being transposed.' } });
      await submit(euu, 'EUU', R[0]);
      await review('EUU', R[0], 'accept');
      // Every State's names: earlier tests may have made other States expected, and the documents then list them too.
      const rows = (await db.query(`SELECT code, names FROM states`)).rows as { code: string; names: Record<string, string> }[];
      names = Object.fromEntries(rows.map((r) => [r.code, r.names]));
      for (const code of SHOWN) expect(Object.keys(names[code]).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    });

    it.each(['en', 'zh', 'ar', 'fr'])('JSON in %s: every State name in the language, the unassigned States listed', async (lang) => {
      const rec = (await get(`/api/summaries/cycles/${cycleId}/recommendations/${R[0]}?lang=${lang}`).expect(200)).body;
      const pairs = (list: { code: string; name: string }[]) => list.map((st) => [st.code, st.name]);
      expect(pairs(rec.states)).toEqual(rec.states.map((st: { code: string }) => [st.code, names[st.code][lang]]));
      expect(pairs(rec.states)).toEqual(expect.arrayContaining([['EUU', names.EUU[lang]], ['KEN', names.KEN[lang]]]));
      const non = (await get(`/api/summaries/cycles/${cycleId}/non-reporting?lang=${lang}`).expect(200)).body;
      expect(pairs(non.states)).toEqual(non.states.map((st: { code: string }) => [st.code, names[st.code][lang]]));
      expect(pairs(non.states)).toContainEqual(['VAT', names.VAT[lang]]);
      const overview = (await get(`/api/summaries/cycles/${cycleId}?lang=${lang}`).expect(200)).body;
      expect(overview.unassignedStates).toEqual(['EUU', 'VAT'].map((code) => ({ code, name: names[code][lang] })));
      expect(overview.byRegionalGroup.find((g: { regionalGroup: string | null }) => g.regionalGroup === null)).toMatchObject({ states: 2, expected: 2, reporting: 1 });
    });

    it.each(['en', 'zh', 'ar'])('PDF, CSV and XLSX in %s: no English State name, and the note naming the unassigned States', async (lang) => {
      const l = labels(lang);
      type Listed = { code: string; regionalGroup: string | null }[];
      const documents: [string, string, (body: { states: Listed }) => Listed][] = [
        ['overview', `/api/summaries/cycles/${cycleId}`, () => ['EUU', 'VAT'].map((code) => ({ code, regionalGroup: null }))],
        ['recommendation', `/api/summaries/cycles/${cycleId}/recommendations/${R[0]}`, (b) => b.states],
        ['non-reporting', `/api/summaries/cycles/${cycleId}/non-reporting`, (b) => b.states],
      ];
      for (const [name, url, listedIn] of documents) {
        // The States the document shows, from its JSON twin; those in no group are what the note must name.
        const listed = listedIn((await get(`${url}?lang=${lang}`).expect(200)).body);
        const states = [...new Set([...SHOWN, ...listed.map((st) => st.code)])].map((c) => ({ names: names[c] }));
        const unassigned = listed.filter((st) => !st.regionalGroup).map((st) => names[st.code][lang]);
        expect(unassigned.length).toBeGreaterThan(0);
        const pdf = await file(`${url}?format=pdf&lang=${lang}`).expect(200);
        await pdfScreenshots(pdf.body, `${name}-names-${lang}`, [1, 2]);
        const csv = parseCsv((await file(`${url}?format=csv&lang=${lang}`).expect(200)).body)
          .map((r) => r.join(' '))
          .join('\n');
        const xlsx = xlsxText(await readXlsx((await file(`${url}?format=xlsx&lang=${lang}`).expect(200)).body));
        for (const [format, text] of [['pdf', await extractPdfText(pdf.body)], ['csv', csv], ['xlsx', xlsx]]) {
          expect([name, format, stateNameProblems(text, l, states, unassigned)]).toEqual([name, format, []]);
          // "Other / not assigned" is printed (each of these documents has a State in no group), and each State by its name.
          const squeezed = text.replace(/\s+/g, '');
          expect([name, format, squeezed.includes(l.region(null).replace(/\s+/g, ''))]).toEqual([name, format, true]);
          for (const st of listed) expect([name, format, st.code, squeezed.includes(names[st.code][lang].replace(/\s+/g, ''))]).toEqual([name, format, st.code, true]);
        }
      }
    }, 180_000);

    it.each(['zh', 'ar'])('trends narrowed to a State and a theme in %s: both by name in the title, no code', async (lang) => {
      const theme = (await db.query(`SELECT names FROM themes WHERE code = 'organ_removal'`)).rows[0].names as Record<string, string>;
      const url = `/api/summaries/trends?state=KEN&theme=organ_removal&lang=${lang}`;
      expect((await get(url).expect(200)).body.filterNames).toEqual({ state: names.KEN[lang], theme: theme[lang] });
      const pdf = (await extractPdfText((await file(`${url}&format=pdf`).expect(200)).body)).replace(/\s+/g, '');
      expect(pdf).toContain(names.KEN[lang].replace(/\s+/g, ''));
      expect(pdf).toContain(theme[lang].replace(/\s+/g, ''));
      expect(pdf).not.toContain('organ_removal');
    }, 60_000);

    it.each(['zh', 'ar'])('the session document in %s: State names in the language, both notes naming the unassigned States', async (lang) => {
      const l = labels(lang);
      const res = await file(`/api/summaries/cycles/${cycleId}/session-document?lang=${lang}`).expect(200);
      const xml = await (await JSZip.loadAsync(res.body)).file('word/document.xml')!.async('string');
      const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
      expect(stateNameProblems(text, l, SHOWN.map((c) => ({ names: names[c] })), ['EUU', 'VAT'].map((c) => names[c][lang]))).toEqual([]);
      // The annex (States that reported: EUU, FRA, KEN) has its own note: of them, only the European Union.
      expect(text).toContain(l.noneGroupNote([names.EUU[lang]]));
      for (const code of ['EUU', 'FRA', 'KEN']) expect(text).toContain(names[code][lang]);
    }, 60_000);
  });
});
