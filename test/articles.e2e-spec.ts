import { ArticlesService, CatalogueSeeder } from '#catalogue';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

interface Link {
  code: string;
  status: string;
  basis: string;
  rule: string | null;
  title: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

/** The articles taxonomy, the rules' suggestions on the seeded record, the secretariat's decisions and the filters. */
describe('articles of the Protocol and the Convention', () => {
  let t: TestApp;
  let sec: Session & { id: string };
  let fp: Session;
  let para28: string; // 2013 (5th meeting) para 28: "按照《联合国打击跨国有组织犯罪公约》第 15 条建立管辖权"
  const idOf = async (session: number, number: string) => {
    const res = await t.http.get(`/api/recommendations?session=${session}&limit=100`).set(bearer(sec)).expect(200);
    const found = (res.body.items as { id: string; number: string }[]).find((r) => r.number === number);
    if (!found) throw new Error(`no recommendation ${session}/${number}`);
    return found.id;
  };
  const linksOf = async (id: string, lang = 'en') => (await t.http.get(`/api/recommendations/${id}?lang=${lang}`).set(bearer(fp)).expect(200)).body.articles as Link[];

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    sec = await createUserAndLogin(t.http, admin, { email: 'sec.articles@example.org', role: 'secretariat' });
    fp = await createUserAndLogin(t.http, admin, { email: 'fp.articles@example.org', role: 'focal_point', stateCode: 'KEN' });
    para28 = await idOf(5, '28');
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the 20 Protocol articles, then the Convention’s cited ones, titled in the language asked', async () => {
    const zh = (await t.http.get('/api/articles?lang=zh&limit=100').set(bearer(fp)).expect(200)).body.items as { code: string; title: string; suggested: number; confirmed: number }[];
    expect(zh.slice(0, 20).map((a) => a.code)).toEqual(Array.from({ length: 20 }, (_v, i) => `tip_${i + 1}`));
    expect(zh.find((a) => a.code === 'tip_6')!.title).toBe('对人口贩运活动被害人的帮助和保护');
    expect(zh.filter((a) => a.code.startsWith('untoc_')).map((a) => a.code)).toEqual(expect.arrayContaining(['untoc_15', 'untoc_16', 'untoc_18', 'untoc_24', 'untoc_25', 'untoc_32']));
    const ar = (await t.http.get('/api/articles?lang=ar&limit=100').set(bearer(fp)).expect(200)).body.items as { code: string; title: string }[];
    expect(ar.find((a) => a.code === 'tip_9')!.title).toBe('منع الاتجار بالأشخاص');
    // A fresh start ends with suggestions on the seeded record.
    expect(zh.find((a) => a.code === 'tip_6')!.suggested).toBeGreaterThan(10);
    expect(zh.find((a) => a.code === 'tip_9')!.suggested).toBeGreaterThan(10);
    await t.http.get('/api/articles?lang=xx').set(bearer(fp)).expect(400);
  });

  it('shows the suggestions on the recommendation: an explicit citation is marked as such', async () => {
    const links = await linksOf(para28);
    expect(links).toEqual([expect.objectContaining({ code: 'untoc_15', status: 'suggested', basis: 'citation', rule: 'citation:zh', title: 'Jurisdiction', decidedBy: null })]);
    const rec11 = await linksOf(await idOf(9, '11'), 'fr');
    expect(rec11).toEqual([expect.objectContaining({ code: 'tip_10', basis: 'citation', title: 'Échange d’informations et formation' })]);
  });

  it('filters the catalogue by article (suggested and confirmed links, not rejected ones)', async () => {
    const res = await t.http.get('/api/recommendations?article=untoc_15').set(bearer(fp)).expect(200);
    expect((res.body.items as { id: string }[]).map((r) => r.id)).toContain(para28);
    await t.http.get('/api/recommendations?article=KEN').set(bearer(fp)).expect(400);
    const none = await t.http.get('/api/recommendations?article=untoc_99').set(bearer(fp)).expect(200);
    expect(none.body.total).toBe(0);
  });

  it('lets the secretariat confirm a suggestion, add a link and reject one; each decision is recorded', async () => {
    await t.http.put(`/api/recommendations/${para28}/articles/untoc_15`).set(bearer(fp)).send({ status: 'confirmed' }).expect(403);
    const confirmed = (await t.http.put(`/api/recommendations/${para28}/articles/untoc_15`).set(bearer(sec)).send({ status: 'confirmed' }).expect(200)).body.articles as Link[];
    expect(confirmed).toEqual([expect.objectContaining({ code: 'untoc_15', status: 'confirmed', basis: 'citation', decidedBy: sec.id })]);
    expect(Date.parse(confirmed[0].decidedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const added = (await t.http.put(`/api/recommendations/${para28}/articles/tip_5?lang=es`).set(bearer(sec)).send({ status: 'confirmed' }).expect(200)).body.articles as Link[];
    expect(added.map((l) => [l.code, l.status, l.basis, l.title])).toEqual([
      ['tip_5', 'confirmed', 'secretariat', 'Penalización'],
      ['untoc_15', 'confirmed', 'citation', 'Jurisdicción'],
    ]);
    const audit = await t.http.get(`/api/audit?entityId=${para28}`).set(bearer(sec)).expect(200);
    expect((audit.body.items as { action: string }[]).map((e) => e.action)).toEqual(expect.arrayContaining(['recommendation.article_confirmed']));

    await t.http.put(`/api/recommendations/${para28}/articles/untoc_15`).set(bearer(sec)).send({ status: 'rejected' }).expect(200);
    const filtered = await t.http.get('/api/recommendations?article=untoc_15').set(bearer(fp)).expect(200);
    expect((filtered.body.items as { id: string }[]).map((r) => r.id)).not.toContain(para28);
  });

  it('answers 400 and 404 for what it cannot do, never a 500', async () => {
    const bad = await t.http.put(`/api/recommendations/${para28}/articles/tip_6`).set(bearer(sec)).send({ status: 'maybe' }).expect(400);
    expect(bad.body.errors[0].field).toBe('status');
    const unknown = await t.http.put(`/api/recommendations/${para28}/articles/tip_77`).set(bearer(sec)).send({ status: 'confirmed' }).expect(404);
    expect(unknown.body.code).toBe('ARTICLE_NOT_FOUND');
    await t.http.put(`/api/recommendations/${para28}/articles/art6`).set(bearer(sec)).send({ status: 'confirmed' }).expect(400);
    const missing = await t.http.put('/api/recommendations/0b3f5a4e-5a55-4f6e-9a7c-1d2b3c4d5e6f/articles/tip_6').set(bearer(sec)).send({ status: 'confirmed' }).expect(404);
    expect(missing.body.code).toBe('RECOMMENDATION_NOT_FOUND');
  });

  it('filters the compilation by article: a paragraph is in when it or a sub-item concerns the article', async () => {
    const c = (await t.http.get('/api/compilation?article=tip_5').set(bearer(fp)).expect(200)).body as { recommendations: number; index: { reference: string; session: number }[] };
    expect(c.index.some((i) => i.session === 5 && i.reference.endsWith('para. 28'))).toBe(true);
    const all = (await t.http.get('/api/compilation').set(bearer(fp)).expect(200)).body as { recommendations: number };
    expect(c.recommendations).toBeGreaterThan(0);
    expect(c.recommendations).toBeLessThan(all.recommendations);
    expect((await t.http.get('/api/compilation?article=tip_77').set(bearer(fp)).expect(404)).body.code).toBe('ARTICLE_NOT_FOUND');
  });

  it('narrows the cycle overview to one article’s recommendations (from the reports, in SQL)', async () => {
    const cycle = (await t.http.post('/api/cycles').set(bearer(sec)).send({ name: 'articles', opensOn: '2026-01-01', closesOn: '2026-12-31' }).expect(201)).body as { id: string };
    await t.http.post(`/api/cycles/${cycle.id}/open`).set(bearer(sec)).expect(200);
    const all = (await t.http.get(`/api/summaries/cycles/${cycle.id}`).set(bearer(sec)).expect(200)).body as { recommendations: number; bySession: { recommendations: number }[] };
    const prevention = (await t.http.get(`/api/summaries/cycles/${cycle.id}?article=tip_9`).set(bearer(sec)).expect(200)).body as typeof all;
    expect(prevention.recommendations).toBeGreaterThan(0);
    expect(prevention.recommendations).toBeLessThan(all.recommendations);
    expect(prevention.bySession.reduce((n, s) => n + s.recommendations, 0)).toBe(prevention.recommendations);
    const csv = await t.http.get(`/api/summaries/cycles/${cycle.id}?article=tip_9&format=csv`).set(bearer(sec)).expect(200);
    expect(csv.text.length).toBeGreaterThan(0);
    expect((await t.http.get(`/api/summaries/cycles/${cycle.id}?article=tip_77`).set(bearer(sec)).expect(404)).body.code).toBe('ARTICLE_NOT_FOUND');
    await t.http.get(`/api/summaries/cycles/${cycle.id}?article=art9`).set(bearer(sec)).expect(400);
  });

  it('suggests nothing again at the next start: decisions are kept, a rejected link is not re-suggested', async () => {
    const again = await t.app.get(ArticlesService).seedAndSuggest(CatalogueSeeder.seedsDir());
    expect(again).toEqual({ articlesCreated: 0, suggestions: expect.any(Number) });
    const links = await linksOf(para28);
    expect(links.map((l) => [l.code, l.status])).toEqual([
      ['tip_5', 'confirmed'],
      ['untoc_15', 'rejected'],
    ]);
  });
});
