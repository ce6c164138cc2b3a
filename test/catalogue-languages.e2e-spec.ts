/**
 * Issue 19: one record, several language versions. The English original of the 2011 report (4th meeting), imported
 * over the Chinese record, attaches its texts to the same recommendations: 0 duplicates, no Chinese text touched.
 */
import { readFileSync } from 'node:fs';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

interface Rec {
  id: string;
  number: string;
  text: Record<string, string>;
  children: Rec[];
}
const flatten = (recs: Rec[]): Rec[] => recs.flatMap((r) => [r, ...flatten(r.children)]);
const EN_2011 = readFileSync('test/fixtures/importer/2011-wg4-4th-meeting.lines.en.txt', 'utf8');
const EN_2011_PDF = readFileSync('test/fixtures/importer/2011-wg4-4th-meeting.pdf.en.txt', 'utf8');

describe('catalogue: language versions merged into one record', () => {
  let t: TestApp;
  let secretariat: Session;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    secretariat = await createUserAndLogin(t.http, admin, { email: 'sec-lang@example.org', role: 'secretariat' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const session4 = async (): Promise<Rec[]> => {
    const items: Rec[] = [];
    for (let page = 1; ; page++) {
      const res = await t.http.get(`/api/recommendations?session=4&limit=100&page=${page}`).set(bearer(secretariat)).expect(200);
      items.push(...res.body.items);
      if (items.length >= res.body.total) return flatten(items);
    }
  };
  const post = (body: string, dryRun: boolean) =>
    t.http.post(`/api/imports?dryRun=${dryRun}`).set(bearer(secretariat)).set('Content-Type', 'text/plain').send(body);

  it('the dry run lists what matches, what is missing in either version and what differs in structure', async () => {
    const before = await session4();
    const plan = (await post(EN_2011, true).expect(200)).body;
    expect(plan.versions).toMatchObject({ session: 4, language: 'en', recordLanguages: ['zh'], missingInRecord: [], missingInVersion: [] });
    expect(plan.versions.matched).toBe(before.length);
    expect(plan.versions.structuralDifferences).toEqual([]);
    // One paragraph left out of the English text: listed as missing in this version.
    const shorter = EN_2011.replace(/^21\. .*\n/m, '');
    const partial = (await post(shorter, true).expect(200)).body;
    expect(partial.versions.missingInVersion).toEqual(['21']);
  });

  it('importing the English original attaches its texts: 0 duplicates, Chinese texts untouched, session fields kept', async () => {
    const before = await session4();
    const sessionBefore = (await t.http.get('/api/sessions/4').set(bearer(secretariat)).expect(200)).body;
    const res = await post(EN_2011, false).expect(201);
    expect(res.body.summary).toMatchObject({ status: 'applied', session: 4, recommendationsCreated: 0, subItemsCreated: 0, sessionsCreated: 0, sectionsCreated: 0 });
    expect(res.body.summary.versions).toMatchObject({ matched: before.length, textsAttached: before.length });
    const after = await session4();
    expect(after.map((r) => r.id).sort()).toEqual(before.map((r) => r.id).sort());
    for (const r of after) {
      expect(r.text.zh).toBe(before.find((b) => b.id === r.id)!.text.zh);
      expect(r.text.en).toEqual(expect.any(String));
    }
    expect(after.find((r) => r.number === '51(i)(一)')!.text.en).toBe('Provisions allowing victims to sue offenders or others for civil damages;');
    const sessionAfter = (await t.http.get('/api/sessions/4').set(bearer(secretariat)).expect(200)).body;
    expect(sessionAfter).toMatchObject({ venue: sessionBefore.venue, startDate: sessionBefore.startDate, status: sessionBefore.status });
    expect(sessionAfter.title).toMatchObject({ zh: sessionBefore.title.zh, en: expect.stringMatching(/^Report on the meeting/) });
  });

  it('the same version again, or as PDF text, changes nothing and creates nothing', async () => {
    const count = (await session4()).length;
    expect((await post(EN_2011, false).expect(200)).body.summary.status).toBe('unchanged');
    const pdf = await post(EN_2011_PDF, false).expect(201);
    // The PDF text is the same English version: matched again, texts equal, so no revision.
    expect(pdf.body.summary).toMatchObject({ recommendationsCreated: 0, subItemsCreated: 0, recommendationsRevised: 0 });
    expect((await session4()).length).toBe(count);
  });
});

describe('catalogue: sessions say whether their report is in the record', () => {
  let t: TestApp;
  let secretariat: Session;
  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    secretariat = await createUserAndLogin(t.http, admin, { email: 'sec-sessions@example.org', role: 'secretariat' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('meetings known only from other documents have reportImported: false', async () => {
    const sessions: { number: number; reportImported: boolean; reportLanguages: string[] }[] = (await t.http.get('/api/sessions?limit=100').set(bearer(secretariat)).expect(200)).body.items;
    const imported = sessions.filter((s) => s.reportImported).map((s) => s.number);
    expect(imported).toEqual(expect.arrayContaining([4, 5, 9]));
    for (const n of [1, 2, 3]) expect(sessions.find((s) => s.number === n)).toMatchObject({ reportImported: false, reportLanguages: [] });
    expect(sessions.find((s) => s.number === 4)).toMatchObject({ reportImported: true, reportLanguages: ['zh'] });
  });
});
