/**
 * Issue 19: a search in a language searches that language's texts (and the original one), by the method of its
 * language, with several terms, quoted phrases and exclusions, on the seeded catalogue and on language versions
 * imported the way catalogue-languages.e2e-spec.ts does. Expected paragraphs are read from seeds/reports and the
 * fixtures, not computed.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

interface Rec {
  id: string;
  session: number;
  number: string;
  text: Record<string, string>;
  textLanguage: string | null;
  matchedIn?: string[];
  children: Rec[];
}
const flatten = (recs: Rec[]): Rec[] => recs.flatMap((r) => [r, ...flatten(r.children)]);
const fixture = (name: string) => readFileSync(`test/fixtures/importer/${name}`, 'utf8');

describe('catalogue: search in each language', () => {
  let t: TestApp;
  let secretariat: Session;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    secretariat = await createUserAndLogin(t.http, admin, { email: 'sec-search@example.org', role: 'secretariat' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** Every page of a search, as "session:number" of the paragraphs found, in order. */
  const search = async (query: Record<string, string>): Promise<{ found: string[]; items: Rec[] }> => {
    const items: Rec[] = [];
    for (let page = 1; ; page++) {
      const res = await t.http
        .get('/api/recommendations')
        .query({ ...query, limit: 100, page })
        .set(bearer(secretariat))
        .expect(200);
      items.push(...res.body.items);
      if (items.length >= res.body.total) return { found: items.map((r) => `${r.session}:${r.number}`), items };
    }
  };
  const importText = (body: string) => t.http.post('/api/imports?dryRun=false').set(bearer(secretariat)).set('Content-Type', 'text/plain').send(body).expect(201);

  // seeds/reports/2011-wg4-4th-meeting-report.zh.txt: paragraphs 6–13 and 50(k) name trafficking for organ removal.
  const ORGAN_PARAGRAPHS = ['4:6', '4:7', '4:8', '4:9', '4:10', '4:11', '4:12', '4:13', '4:50'];

  it('Chinese: several terms all match, and a quoted phrase is one substring (both found nothing before)', async () => {
    for (const lang of [undefined, 'zh']) {
      const terms = await search({ q: '器官 贩运', ...(lang ? { lang } : {}) });
      expect(terms.found).toEqual(ORGAN_PARAGRAPHS);
      expect((await search({ q: '器官\u3000贩运' })).found).toEqual(ORGAN_PARAGRAPHS);
      expect((await search({ q: '"切除器官"' })).found).toEqual(ORGAN_PARAGRAPHS);
    }
    // The phrase keeps its characters together: "切除器官的目的" is in 6, 11 and 50(k), "切除器官目的" elsewhere.
    const phrase = await search({ q: '「切除器官的目的」' });
    expect(phrase.found).toEqual(['4:6', '4:11', '4:50']);
    expect((await search({ q: '切除器官 目的' })).found).toEqual(ORGAN_PARAGRAPHS);
    // All terms must match: only 13 speaks of training (培训); a leading "-" excludes it.
    expect((await search({ q: '器官 培训' })).found).toEqual(['4:13']);
    expect((await search({ q: '器官 -培训' })).found).toEqual(ORGAN_PARAGRAPHS.filter((p) => p !== '4:13'));
    // The sub-item that matched says so; its paragraph, matched only through it, has an empty matchedIn.
    const para50 = phrase.items.find((r) => r.number === '50')!;
    expect(para50.matchedIn).toEqual([]);
    expect(flatten([para50]).filter((r) => r.matchedIn?.length).map((r) => [r.number, r.matchedIn])).toEqual([['50(k)', ['zh']]]);
    // LIKE metacharacters are text.
    expect((await search({ q: '器官%' })).found).toEqual([]);
  });

  it('English: full text with stemming and phrases in the English texts, once the English version is imported', async () => {
    expect((await search({ q: 'trafficked', lang: 'en', session: '4' })).found).toEqual([]);
    await importText(fixture('2011-wg4-4th-meeting.lines.en.txt'));
    const stemmed = await search({ q: 'trafficked', lang: 'en', session: '4' });
    // Paragraph 6 says only "trafficking": found by its stem.
    expect(stemmed.found).toEqual(expect.arrayContaining(['4:6', '4:19']));
    expect(flatten(stemmed.items).find((r) => r.number === '6')).toMatchObject({ textLanguage: 'en', matchedIn: ['en'] });
    // Paragraph 8: "… in particular through joint investigations and intelligence gathering".
    const words = await search({ q: 'joint intelligence', lang: 'en' });
    expect(words.found).toContain('4:8');
    expect((await search({ q: '"joint investigation"', lang: 'en' })).found).toEqual(['4:8']);
    expect((await search({ q: '"joint intelligence"', lang: 'en', session: '4' })).found).toEqual([]);
    // A stop word is no lexeme: it is looked for as a substring of the text instead of matching nothing.
    expect((await search({ q: 'should "organ removal"', lang: 'en', session: '4' })).found).toEqual(expect.arrayContaining(['4:6', '4:13']));
    // lang=zh reads the Chinese texts and the original (English): an English word is found through the original.
    const fromChinese = await search({ q: 'organ', lang: 'zh', session: '4' });
    expect(fromChinese.found).toContain('4:6');
    expect(flatten(fromChinese.items).find((r) => r.number === '6')).toMatchObject({ textLanguage: 'zh', matchedIn: ['en'] });
    expect((await search({ q: '器官 贩运', lang: 'zh' })).found).toEqual(ORGAN_PARAGRAPHS);
    // lang=en reads English texts only where they exist: the Chinese words are no longer found in meeting 4.
    expect((await search({ q: '器官', lang: 'en', session: '4' })).found).toEqual([]);
  });

  it('French, Russian, Spanish and Arabic: each language by its own configuration', async () => {
    await importText(fixture('2010-wg4-2nd-meeting.lines.fr.txt'));
    // French stems: "sanction" finds "sanctionner", "victime" finds "victimes" (4 and 5; 6 has "non-sanction" only).
    expect((await search({ q: 'sanction victime', lang: 'fr' })).found).toEqual(['2:4', '2:5']);
    // "national" finds "mécanismes nationaux" (8), which the English configuration would not.
    expect((await search({ q: 'national', lang: 'fr', session: '2' })).found).toEqual(['2:8']);
    expect((await search({ q: '« non-sanction »', lang: 'fr' })).found).toEqual(['2:6']);
    await importText(fixture('2010-wg4-2nd-meeting.lines.ru.txt'));
    // Paragraph 7: "меры по защите жертв": the Russian stem of "жертвы".
    const russian = await search({ q: 'жертвы защите', lang: 'ru', session: '2' });
    expect(russian.found).toContain('2:7');
    expect(flatten(russian.items).find((r) => r.number === '7')).toMatchObject({ textLanguage: 'ru', matchedIn: ['ru'] });
    await importText(fixture('2010-wg4-2nd-meeting.lines.es.txt'));
    await importText(fixture('2010-wg4-2nd-meeting.lines.ar.txt'));
    // Paragraph 7 again: "asistencia a las víctimas", "حماية الضحايا" ("víctima" and "ضحايا" by their stems).
    expect((await search({ q: 'víctima asistencia', lang: 'es', session: '2' })).found).toContain('2:7');
    const arabic = await search({ q: 'الضحايا حماية', lang: 'ar', session: '2' });
    expect(arabic.found).toContain('2:7');
    expect(flatten(arabic.items).find((r) => r.number === '7')).toMatchObject({ textLanguage: 'ar', matchedIn: ['ar'] });
  });

  it('the questionnaire rows (GET /cycles/:id/states/:code/reports) search with the same rule', async () => {
    const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const cycle = await t.http.post('/api/cycles').set(bearer(secretariat)).send({ name: 'search', opensOn: daysFromNow(-1), closesOn: daysFromNow(30), sessions: [4] }).expect(201);
    const rows = async (query: Record<string, string>) =>
      (await t.http.get(`/api/cycles/${cycle.body.id}/states/KEN/reports`).query(query).set(bearer(secretariat)).expect(200)).body;
    const scope: { recommendationId: string }[] = (await rows({})).items;
    // Expected: the rows of the scope that the catalogue search matched itself (not only through a sub-item).
    const matched = new Set(flatten((await search({ q: '器官 贩运', lang: 'zh' })).items).filter((r) => r.matchedIn?.length).map((r) => r.id));
    const expected = scope.map((r) => r.recommendationId).filter((id) => matched.has(id));
    expect(expected.length).toBeGreaterThanOrEqual(5); // paragraphs 7–11 ask something of States parties
    const found = await rows({ q: '器官 贩运', lang: 'zh' });
    expect(found.items.map((r: { recommendationId: string }) => r.recommendationId)).toEqual(expected);
    expect(found.total).toBe(expected.length);
    // Past the last page the total still counts the search, not the whole scope.
    expect((await rows({ q: '器官 贩运', lang: 'zh', page: '9' })).total).toBe(expected.length);
    await t.http.get(`/api/cycles/${cycle.body.id}/states/KEN/reports`).query({ q: '-器官' }).set(bearer(secretariat)).expect(400);
  });

  it('refuses a search it cannot run with a 400 problem naming q, never a 500', async () => {
    const bad = ['a b c d e f g h i', 'x'.repeat(201), '-器官 -贩运', 'organ\u0000'];
    for (const q of bad) {
      const res = await t.http.get('/api/recommendations').query({ q }).set(bearer(secretariat)).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'q' })] });
    }
    // Any mix of quotes, dashes, white space, LIKE and tsquery operators and text in any script: 200 or 400.
    const piece = fc.oneof(fc.constantFrom('"', '“', '”', '«', '»', '「', '」', '-', ' ', '\u3000', '%', '_', '\\', '&', '|', '!', ':*', '<->', '(', ')', "'", '器官', 'organ', 'traite', 'жертвы', 'الضحايا'), fc.string({ unit: 'grapheme', maxLength: 6 }));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('')), fc.constantFrom('en', 'fr', 'zh', 'ar'), async (q, lang) => {
        const res = await t.http.get('/api/recommendations').query({ q, lang, limit: 5 }).set(bearer(secretariat));
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 60 },
    );
    // Quotes with nothing in them are no search at all.
    const all = await t.http.get('/api/recommendations').query({ limit: 1 }).set(bearer(secretariat)).expect(200);
    const empty = await t.http.get('/api/recommendations').query({ q: '"" -', limit: 1 }).set(bearer(secretariat)).expect(200);
    expect(empty.body.total).toBe(all.body.total);
  });
});
