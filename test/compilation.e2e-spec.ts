import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { CatalogueSeeder } from '#catalogue';
import { binaryBody, extractPdfText, readXlsx } from './support/export-readers.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

interface Item {
  reference: string;
  label: string | null;
  number: string;
  text: string;
  language: string;
  textLanguage: string;
  themes: string[];
  items: Item[];
}
interface Compilation {
  recommendations: number;
  groupBy: string;
  groups: { key: string; title: string; sections: { title: string | null; recommendations: Item[] }[] }[];
  index: { reference: string; session: number; subItems: number }[];
}

describe('index and compilation of recommendations', () => {
  let t: TestApp;
  let fp: Session;
  const get = (url: string) => t.http.get(url).set(bearer(fp));
  const file = (url: string) => get(url).buffer(true).parse(binaryBody);

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    fp = await createUserAndLogin(t.http, admin, { email: 'fp.ken@example.org', role: 'focal_point', stateCode: 'KEN' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('by session: final sessions in order, sections, sub-items nested under their recommendation', async () => {
    const res = await get('/api/compilation').expect(200);
    const c = res.body as Compilation;
    expect(c.groupBy).toBe('session');
    expect(c.groups.map((g) => g.key)).toEqual(['4', '5', '9']);
    const count = (g: Compilation['groups'][number]) => g.sections.reduce((n, s) => n + s.recommendations.length, 0);
    expect(c.groups.map(count)).toEqual([46, 44, 39]);
    expect(c.recommendations).toBe(129);
    expect(c.index).toHaveLength(129);
    const all = c.groups.flatMap((g) => g.sections.flatMap((s) => s.recommendations));
    const p51 = all.find((r) => r.reference.endsWith('para. 51'))!;
    expect(p51.items.map((i) => i.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)']);
    expect(p51.items[8].items.map((i) => i.label)).toEqual(['(一)', '(二)', '(三)']);
    expect(c.index.find((i) => i.reference === p51.reference)).toMatchObject({ session: 4, subItems: 10 });
    // The sources are the Chinese reports: asking for English falls back and says so.
    expect(p51.language).toBe('zh');
    expect(p51).toMatchObject({ textLanguage: 'zh', text: expect.stringMatching(/\S/) });
    expect(c.groups[0].sections.some((s) => s.title)).toBe(true);
  });

  it('by theme: a recommendation under each of its themes, and "Unclassified" for the rest', async () => {
    const c = (await get('/api/compilation?groupBy=theme').expect(200)).body as Compilation;
    const listed = new Map<string, number>();
    for (const g of c.groups) for (const s of g.sections) for (const r of s.recommendations) listed.set(r.reference, (listed.get(r.reference) ?? 0) + 1);
    expect(listed.size).toBe(129);
    const all = c.groups.flatMap((g) => g.sections.flatMap((s) => s.recommendations.map((r) => ({ g: g.key, r }))));
    for (const { g, r } of all) expect(g === 'unclassified' ? r.themes.length === 0 : r.themes.includes(g)).toBe(true);
    const organ = (await get('/api/compilation?groupBy=theme&theme=organ_removal').expect(200)).body as Compilation;
    expect(organ.groups.map((g) => g.key)).toEqual(['organ_removal']);
  });

  it('Markdown, Word, Excel and PDF carry the same references and text', async () => {
    const c = (await get('/api/compilation?session=9').expect(200)).body as Compilation;
    const first = c.groups[0].sections[0].recommendations[0];

    const md = await get('/api/compilation?session=9&format=md').expect(200);
    expect(md.headers['content-type']).toBe('text/markdown; charset=utf-8');
    expect(md.headers['content-disposition']).toContain('wg4-compilation-by-session.md');
    expect(md.text).toMatch(/^# Index and compilation/);
    expect(md.text).toContain(first.text.slice(0, 20));

    const docx = await file('/api/compilation?session=9&format=docx').expect(200);
    expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const xml = await (await JSZip.loadAsync(docx.body)).file('word/document.xml')!.async('string');
    expect(xml).toContain(first.reference);
    expect(xml).toContain(first.text.slice(0, 20));
    expect(xml).toContain('<w:tbl>');

    const xlsx = await file('/api/compilation?session=9&format=xlsx').expect(200);
    const book = await readXlsx(xlsx.body);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Index', 'Compilation of recommendations']);
    expect(book.getWorksheet('Index')!.rowCount).toBe(1 + 39);
    expect(book.getWorksheet('Index')!.getCell('A2').value).toBe(first.reference);

    const pdf = await file('/api/compilation?session=9&format=pdf').expect(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = (await extractPdfText(pdf.body)).replace(/\s+/g, '');
    expect(text).toContain(first.reference.replace(/\s+/g, ''));
    expect(text).toContain(first.text.replace(/\s+/g, '').slice(0, 12));
  }, 60_000);

  it('theme names in the six UN languages: an existing database gets them at the next start, each document prints its own', async () => {
    const seeds = JSON.parse(readFileSync(path.join(CatalogueSeeder.seedsDir(), 'themes.json'), 'utf8')) as { code: string; names: Record<string, string> }[];
    for (const th of seeds) expect([th.code, Object.keys(th.names).sort()]).toEqual([th.code, ['ar', 'en', 'es', 'fr', 'ru', 'zh']]);
    // A database seeded when the themes had English and Chinese names only; one name edited since, which is kept.
    const db = t.app.get(DataSource);
    await db.query(`UPDATE themes SET names = names - 'ar' - 'fr' - 'es' - 'ru' WHERE code = ANY($1)`, [seeds.map((th) => th.code)]);
    await db.query(`UPDATE themes SET names = names || '{"fr": "Prélèvement d’organes"}'::jsonb WHERE code = 'organ_removal'`);
    const seeder = t.app.get(CatalogueSeeder);
    expect(await seeder.fillMissingThemeNames()).toBe(seeds.length);
    expect(await seeder.fillMissingThemeNames()).toBe(0);
    const stored = new Map(((await db.query(`SELECT code, names FROM themes`)) as { code: string; names: Record<string, string> }[]).map((r) => [r.code, r.names]));
    expect(stored.get('organ_removal')).toMatchObject({ fr: 'Prélèvement d’organes', ar: seeds.find((th) => th.code === 'organ_removal')!.names.ar });
    await db.query(`UPDATE themes SET names = names || jsonb_build_object('fr', $1::text) WHERE code = 'organ_removal'`, [seeds.find((th) => th.code === 'organ_removal')!.names.fr]);

    for (const lang of ['ar', 'zh', 'fr']) {
      const c = (await get(`/api/compilation?groupBy=theme&lang=${lang}`).expect(200)).body as Compilation;
      const themed = c.groups.filter((g) => g.key !== 'unclassified');
      expect(themed.length).toBeGreaterThan(5);
      for (const g of themed) expect([g.key, g.title]).toEqual([g.key, seeds.find((th) => th.code === g.key)!.names[lang]]);
      const md = (await get(`/api/compilation?groupBy=theme&lang=${lang}&format=md`).expect(200)).text;
      for (const g of themed) {
        expect(md).toContain(g.title);
        // No English theme name in a document in another language.
        expect(md).not.toContain(seeds.find((th) => th.code === g.key)!.names.en);
      }
    }
    // And in print: the Arabic PDF of one theme carries its Arabic name, shaped and read back as written.
    const organ = seeds.find((th) => th.code === 'organ_removal')!.names;
    const pdf = (await extractPdfText((await file('/api/compilation?groupBy=theme&theme=organ_removal&lang=ar&format=pdf').expect(200)).body)).replace(/\s+/g, '');
    expect(pdf).toContain(organ.ar.replace(/\s+/g, ''));
    expect(pdf).not.toContain(organ.en.replace(/\s+/g, ''));
  }, 120_000);

  it('refuses bad queries with problem+json', async () => {
    for (const q of ['groupBy=year', 'format=odt', 'lang=english', 'session=0', 'theme=Not-A-Code']) {
      const res = await get(`/api/compilation?${q}`).expect(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await get('/api/compilation?theme=no_such_theme').expect(404);
    await get('/api/compilation?session=99').expect(404);
  });
});
