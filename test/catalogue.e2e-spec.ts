import { readFileSync } from 'node:fs';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

interface Rec {
  id: string;
  session: number;
  number: string;
  label: string | null;
  text: Record<string, string>;
  addressee: string[];
  modality: string;
  adoption: string;
  isContainer: boolean;
  requiresStateReport: boolean;
  themes: string[];
  version: number;
  children: Rec[];
}

const REPORT_2011 = 'seeds/reports/2011-wg4-4th-meeting-report.zh.txt';
const flatten = (recs: Rec[]): Rec[] => recs.flatMap((r) => [r, ...flatten(r.children)]);

describe('catalogue: the consolidated record, loaded from the source reports at first start', () => {
  let t: TestApp;
  let admin: Session;
  let secretariat: Session;
  let focal: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    secretariat = await createUserAndLogin(t.http, admin, { email: 'sec@example.org', role: 'secretariat' });
    focal = await createUserAndLogin(t.http, admin, { email: 'fp@example.org', role: 'focal_point', stateCode: 'KEN' });
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (path: string, who: Session = focal) => t.http.get(path).set(bearer(who));
  const all = async (query: string): Promise<{ items: Rec[]; total: number }> => {
    const items: Rec[] = [];
    let page = 1;
    let total: number;
    do {
      const res = await get(`/api/recommendations?${query}&limit=100&page=${page}`).expect(200);
      items.push(...res.body.items);
      total = res.body.total;
      page++;
    } while (items.length < total);
    return { items, total };
  };

  it('has every UN Member State, the observer States and the EU', async () => {
    const res = await get('/api/states?limit=100').expect(200);
    expect(res.body.total).toBeGreaterThanOrEqual(196);
    const members = await get('/api/states?kind=member_state&limit=1').expect(200);
    expect(members.body.total).toBe(193);
    const eu = await get('/api/states/EUU').expect(200);
    expect(eu.body).toMatchObject({ kind: 'reio', names: { zh: expect.any(String), en: 'European Union' } });
    const gbr = await get('/api/states/gbr').expect(200);
    expect(gbr.body.names.zh).toBe('大不列颠及北爱尔兰联合王国');
    expect(gbr.body.attendance.length).toBeGreaterThan(0);
    await get('/api/states/XXX').expect(404);
    await get('/api/states/K1').expect(400);
    const search = await get(`/api/states?q=${encodeURIComponent('联合王国')}`).expect(200);
    expect(search.body.items.map((s: { code: string }) => s.code)).toContain('GBR');
  });

  it('knows the sessions from the documents, with the 2011 meeting as the 4th and the 2021 draft as the 11th', async () => {
    const res = await get('/api/sessions').expect(200);
    const byNumber = new Map(res.body.items.map((s: { number: number }) => [s.number, s]));
    expect(byNumber.get(1)).toMatchObject({ startDate: '2009-04-14', endDate: '2009-04-15' });
    expect(byNumber.get(3)).toMatchObject({ startDate: '2010-10-19' });
    expect(byNumber.get(4)).toMatchObject({ startDate: '2011-10-10', endDate: '2011-10-12', status: 'final', reportSymbol: 'CTOC/COP/WG.4/2011/8' });
    expect(byNumber.get(5)).toMatchObject({ startDate: '2013-11-06', endDate: '2013-11-08' });
    expect(byNumber.get(9)).toMatchObject({ startDate: '2019-09-09', endDate: '2019-09-11' });
    expect(byNumber.get(11)).toMatchObject({ startDate: '2021-10-12', endDate: '2021-10-13', status: 'draft' });
    const s4 = await get('/api/sessions/4').expect(200);
    expect(s4.body.sections.length).toBeGreaterThan(0);
    expect(s4.body.documents.length).toBeGreaterThan(0);
    expect(s4.body.attendance.some((a: { stateCode: string | null }) => a.stateCode === 'GBR')).toBe(true);
    await get('/api/sessions/99').expect(404);
    await get('/api/sessions/abc').expect(400);
  });

  it('holds exactly what the importer finds in the 2011 report (dry run vs database)', async () => {
    const text = readFileSync(REPORT_2011, 'utf8');
    const plan = (await t.http.post('/api/imports?dryRun=true').set(bearer(secretariat)).set('Content-Type', 'text/plain').send(text).expect(200)).body;
    type P = { number: string; children: P[] };
    type S = { recommendations: P[]; sections: S[] };
    const planned = (sections: S[]): string[] =>
      sections.flatMap((s) => [...s.recommendations.flatMap(function walk(r: P): string[] { return [r.number, ...r.children.flatMap(walk)]; }), ...planned(s.sections)]);
    const stored = flatten((await all('session=4')).items).map((r) => r.number);
    expect(stored.sort()).toEqual(planned(plan.sections).sort());
    const p51 = (await all('session=4')).items.find((r) => r.number === '51');
    expect(p51).toBeDefined();
    expect(p51!.isContainer).toBe(true);
    expect(p51!.adoption).toBe('endorsed');
    expect(p51!.children.map((c) => c.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)']);
    const item = p51!.children.find((c) => c.number === '51(i)')!;
    expect(item.children.map((c) => c.number)).toEqual(['51(i)(一)', '51(i)(二)', '51(i)(三)']);
  });

  it('containers, options and editorial notes after a fresh start (issue 19, ADR 0009)', async () => {
    const session4 = flatten((await all('session=4')).items);
    const byNumber = (n: string) => session4.find((r) => r.number === n)!;
    // 2011 para 50, a list of topics: a container; 51(i) asks for one of its options: one reporting item
    expect(byNumber('50').isContainer).toBe(true);
    expect([byNumber('51(i)').isContainer, byNumber('51(i)').requiresStateReport]).toEqual([false, true]);
    expect(byNumber('51(i)').children.map((c) => c.requiresStateReport)).toEqual([false, false, false]);
    expect(byNumber('51(j)').children.every((c) => !c.requiresStateReport)).toBe(true);
    const r17 = flatten((await all('session=9')).items).find((r) => r.number === '17')!;
    expect(r17.isContainer).toBe(true);
    // para 7's stray English "and", read as 和, is said on the record
    const p7 = await get(`/api/recommendations/${byNumber('7').id}`).expect(200);
    expect(p7.body.editorialNotes).toEqual([{ kind: 'stray_word_replaced', language: 'zh', from: '好地理解 and 认识这一', to: '好地理解和认识这一' }]);
    expect(p7.body.text.zh).toContain('理解和认识');
    const p8 = await get(`/api/recommendations/${byNumber('8').id}`).expect(200);
    expect(p8.body.editorialNotes).toEqual([]);
  });

  it('filters by session, addressee, modality, adoption, theme and requiresStateReport', async () => {
    const unodc = await all('addressee=unodc');
    expect(unodc.total).toBeGreaterThan(0);
    for (const r of unodc.items) expect(flatten([r]).some((x) => x.addressee.includes('unodc'))).toBe(true);
    const endorsed = await all('adoption=endorsed');
    expect(endorsed.items.every((r) => r.session === 4)).toBe(true);
    const cop = await all('adoption=for_cop_consideration');
    expect(cop.items.length).toBeGreaterThan(0);
    expect(cop.items.every((r) => r.session === 9)).toBe(true);
    const reportable = await all('requiresStateReport=true&session=9');
    expect(reportable.items.every((r) => flatten([r]).some((x) => x.requiresStateReport))).toBe(true);
    const mayConsider = await all('modality=should_consider');
    expect(mayConsider.items.length).toBeGreaterThan(0);
    const organs = await all('theme=organ_removal');
    expect(organs.items.length).toBeGreaterThan(0);
    await get('/api/recommendations?addressee=aliens').expect(400);
    await get('/api/recommendations?requiresStateReport=perhaps').expect(400);
  });

  it('finds Chinese substrings with q (器官) in order, and pages without overlap', async () => {
    const organs = await all(`q=${encodeURIComponent('器官')}`);
    expect(organs.total).toBeGreaterThanOrEqual(8);
    for (const r of organs.items) expect(JSON.stringify(flatten([r]).map((x) => x.text))).toContain('器官');
    const p1 = await get(`/api/recommendations?q=${encodeURIComponent('器官')}&limit=3&page=1`).expect(200);
    const p2 = await get(`/api/recommendations?q=${encodeURIComponent('器官')}&limit=3&page=2`).expect(200);
    expect(p1.body.total).toBe(organs.total);
    const ids1 = p1.body.items.map((r: Rec) => r.id);
    const ids2 = p2.body.items.map((r: Rec) => r.id);
    expect(ids1.filter((id: string) => ids2.includes(id))).toEqual([]);
    const beyond = await get(`/api/recommendations?q=${encodeURIComponent('器官')}&page=99`).expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: organs.total, page: 99 });
    const none = await get(`/api/recommendations?q=${encodeURIComponent('%_')}`).expect(200);
    expect(none.body.total).toBe(0);
  });

  it('finds English words and phrases, with stemming, once English texts exist; lang picks the language', async () => {
    const created = await t.http
      .post('/api/recommendations')
      .set(bearer(secretariat))
      .send({
        session: 9,
        number: '99',
        text: { en: 'States parties should consider establishing joint investigation teams to address trafficking for organ removal.', zh: '缔约国应考虑建立联合调查组。' },
        addressee: ['states_parties'],
        modality: 'should_consider',
        adoption: 'for_cop_consideration',
        themes: ['organ_removal'],
      })
      .expect(201);
    expect(created.headers.etag).toBe('"v1"');
    expect(created.body).toMatchObject({ reference: expect.stringMatching(/9|WG\.4/), requiresStateReport: true, themes: ['organ_removal'] });
    const word = await all('q=investigations');
    expect(word.items.map((r) => r.id)).toContain(created.body.id);
    const phrase = await all(`q=${encodeURIComponent('"joint investigation teams"')}`);
    expect(phrase.items.map((r) => r.id)).toEqual([created.body.id]);
    const en = await get(`/api/recommendations?q=organ%20removal&lang=en&session=9`).expect(200);
    const mine = en.body.items.find((r: Rec) => r.id === created.body.id);
    expect(Object.keys(mine.text)).toEqual(['en']);
    expect(mine.textLanguage).toBe('en');
    // The text rule: a language the map lacks falls back to English (before: an empty map), and says so.
    const fr = await get(`/api/recommendations/${created.body.id}?lang=fr`).expect(200);
    expect(fr.body).toMatchObject({ text: { en: created.body.text.en }, textLanguage: 'en' });
    const zh = await get(`/api/recommendations?q=organ%20removal&lang=zh&session=9`).expect(200);
    expect(zh.body.items.find((r: Rec) => r.id === created.body.id)).toMatchObject({ text: { zh: '缔约国应考虑建立联合调查组。' }, textLanguage: 'zh' });
    const everyText = await get(`/api/recommendations/${created.body.id}`).expect(200);
    expect(everyText.body).toMatchObject({ text: { en: expect.any(String), zh: expect.any(String) }, textLanguage: 'en' });
    await t.http.post('/api/recommendations').set(bearer(secretariat)).send({ ...created.body, session: 9 }).expect(400);
    const dup = await t.http
      .post('/api/recommendations')
      .set(bearer(secretariat))
      .send({ session: 9, number: '99', text: { zh: '重复' }, addressee: ['states_parties'], modality: 'should', adoption: 'adopted' })
      .expect(409);
    expect(dup.body.code).toBe('RECOMMENDATION_EXISTS');
  });

  it('edits need If-Match (428 without, 412 when stale); each edit keeps a revision and is audited', async () => {
    const [rec] = (await all('session=4&addressee=unodc')).items;
    const first = await get(`/api/recommendations/${rec.id}`, secretariat).expect(200);
    const etag = first.headers.etag;
    expect(etag).toBe(`"v${first.body.version}"`);
    const body = { text: { en: 'UNODC should develop a training module on trafficking for organ removal.' }, themes: ['organ_removal', 'training_capacity'] };
    const missing = await t.http.patch(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).send(body).expect(428);
    expect(missing.body.code).toBe('PRECONDITION_REQUIRED');
    const ok = await t.http.patch(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).set('If-Match', etag).send(body).expect(200);
    expect(ok.headers.etag).toBe(`"v${first.body.version + 1}"`);
    expect(ok.body.text).toEqual({ ...first.body.text, en: body.text.en });
    expect(ok.body.themes).toEqual(['organ_removal', 'training_capacity']);
    expect(ok.body.revisions[0]).toMatchObject({ version: first.body.version, source: 'edit', changedBy: secretariat.user.id, changedByName: 'sec', snapshot: { text: first.body.text } });
    expect(ok.body.revisions[0].changedFields.sort()).toEqual(expect.arrayContaining(['text']));
    // Search reads stored forms of the text (kept by a trigger): the edit is found at once, by word and by substring.
    for (const q of ['module', 'training modul']) {
      expect((await all(`q=${encodeURIComponent(q)}&session=4`)).items.map((r: { id: string }) => r.id)).toContain(rec.id);
    }
    const stale = await t.http.patch(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).set('If-Match', etag).send({ modality: 'requested' }).expect(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    const unknownTheme = await t.http.patch(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).set('If-Match', ok.headers.etag).send({ themes: ['nope'] }).expect(400);
    expect(unknownTheme.body.code).toBe('UNKNOWN_THEME');
    const audit = await t.http.get(`/api/audit?entity=recommendation&entityId=${rec.id}`).set(bearer(secretariat)).expect(200);
    expect(audit.body.items[0]).toMatchObject({ action: 'recommendation.updated', actorId: secretariat.user.id, changes: { text: expect.any(Object) } });
    // Nothing half-written: the refused edit left the version where it was.
    expect((await get(`/api/recommendations/${rec.id}`).expect(200)).headers.etag).toBe(ok.headers.etag);
  });

  it('refuses catalogue writes by focal points and admins (403)', async () => {
    const [rec] = (await all('session=4')).items;
    for (const who of [focal, admin]) {
      await t.http.patch(`/api/recommendations/${rec.id}`).set(bearer(who)).set('If-Match', '*').send({ modality: 'may' }).expect(403);
      await t.http.post('/api/themes').set(bearer(who)).send({ code: 'x_theme', names: { en: 'X' } }).expect(403);
      await t.http.post('/api/imports').set(bearer(who)).set('Content-Type', 'text/plain').send('text').expect(403);
    }
  });

  it('links recommendations, refuses self-links and duplicates, and removes links', async () => {
    const items = (await all('session=4')).items;
    const [a, b] = items;
    const link = await t.http.post(`/api/recommendations/${b.id}/links`).set(bearer(secretariat)).send({ toId: a.id, type: 'builds_on', note: 'same topic' }).expect(201);
    expect(link.body).toMatchObject({ type: 'builds_on', direction: 'outgoing', recommendationId: a.id });
    await t.http.post(`/api/recommendations/${b.id}/links`).set(bearer(secretariat)).send({ toId: a.id, type: 'builds_on' }).expect(409);
    await t.http.post(`/api/recommendations/${b.id}/links`).set(bearer(secretariat)).send({ toId: b.id, type: 'reiterates' }).expect(400);
    await t.http.post(`/api/recommendations/${b.id}/links`).set(bearer(secretariat)).send({ toId: a.id, type: 'contradicts' }).expect(400);
    const target = await get(`/api/recommendations/${a.id}`).expect(200);
    expect(target.body.links).toEqual([expect.objectContaining({ direction: 'incoming', recommendationId: b.id, type: 'builds_on' })]);
    await t.http.delete(`/api/recommendations/${b.id}/links/${link.body.id}`).set(bearer(secretariat)).expect(204);
    await t.http.delete(`/api/recommendations/${b.id}/links/${link.body.id}`).set(bearer(secretariat)).expect(404);
  });

  it('themes: lists with counts, creates, refuses duplicates', async () => {
    const themes = await get('/api/themes?limit=100').expect(200);
    expect(themes.body.items.find((th: { code: string }) => th.code === 'organ_removal').recommendationCount).toBeGreaterThan(0);
    await t.http.post('/api/themes').set(bearer(secretariat)).send({ code: 'child_trafficking', names: { en: 'Child trafficking', zh: '贩运儿童' }, keywords: { zh: ['儿童'] } }).expect(201);
    await t.http.post('/api/themes').set(bearer(secretariat)).send({ code: 'child_trafficking', names: { en: 'Again' } }).expect(409);
    await t.http.post('/api/themes').set(bearer(secretariat)).send({ code: 'Bad Code', names: { xx: 'x' } }).expect(400);
  });

  it('re-importing the same report changes nothing; a changed text becomes a new revision', async () => {
    const text = readFileSync(REPORT_2011, 'utf8');
    const before = (await all('session=4')).total;
    const same = await t.http.post('/api/imports?dryRun=false').set(bearer(secretariat)).set('Content-Type', 'text/plain').send(text).expect(200);
    expect(same.body.summary.status).toBe('unchanged');
    expect((await all('session=4')).total).toBe(before);
    // A corrected report: one paragraph's wording differs.
    const p8 = flatten((await all('session=4')).items).find((r) => r.number === '8')!;
    const corrected = text.replace('特别是开展联合调查和情报搜集', '特别是开展联合调查、情报搜集和信息交流');
    expect(corrected).not.toBe(text);
    const applied = await t.http.post('/api/imports?dryRun=false').set(bearer(secretariat)).set('Content-Type', 'text/plain').send(corrected).expect(201);
    expect(applied.body.summary).toMatchObject({ status: 'applied', recommendationsCreated: 0, subItemsCreated: 0, recommendationsRevised: 1 });
    const after = await get(`/api/recommendations/${p8.id}`).expect(200);
    expect(after.body.text.zh).toContain('信息交流');
    expect(after.body.revisions[0]).toMatchObject({ source: 'import', snapshot: { text: { zh: p8.text.zh } } });
    expect(after.body.version).toBe(p8.version + 1);
    expect((await all('session=4')).total).toBe(before);
  });

  it('imports as multipart upload, refuses binary or non-UTF-8 files, and answers a dry run without writing', async () => {
    const fragment = '二. 建议\n\n1. 缔约国应当加强合作。\n';
    const dry = await t.http.post('/api/imports').set(bearer(secretariat)).attach('file', Buffer.from(fragment), 'fragment.txt').expect(200);
    expect(dry.body.source).toMatchObject({ fileName: 'fragment.txt', language: 'zh' });
    await t.http.post('/api/imports').set(bearer(secretariat)).attach('file', Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff]), 'x.pdf').expect(415);
    await t.http.post('/api/imports').set(bearer(secretariat)).attach('file', Buffer.from([0xc3, 0x28, 0x41]), 'latin1.txt').expect(415);
    await t.http.post('/api/imports').set(bearer(secretariat)).set('Content-Type', 'text/plain').send('   ').expect(400);
    const imports = await t.http.get('/api/audit?action=catalogue.imported&limit=100').set(bearer(secretariat)).expect(200);
    expect(imports.body.items.every((e: { metadata: { fileName: string | null } }) => e.metadata.fileName !== 'fragment.txt')).toBe(true);
  });

  it('accepts focal points only for known States', async () => {
    const res = await t.http.post('/api/users').set(bearer(admin)).send({ email: 'nowhere@example.org', name: 'N', role: 'focal_point', stateCode: 'XYZ' }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'stateCode', rule: 'stateUnknown', message: expect.stringMatching(/known State/) }]);
  });
});
