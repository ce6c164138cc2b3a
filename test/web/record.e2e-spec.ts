import { beforeAll, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { bearer, type Http } from '../support/test-app.js';
import { describeInBrowser, inPage, newContext, settled, waitInPage, watchProblems } from '../support/browser.js';
import { person, type Person } from './seed.js';
import { checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';

/**
 * The consolidated record in a real Chromium against the real API: a meeting's report symbol set and the references
 * after it, a recommendation edited while someone else edits it (412, reloaded), a link refused for its direction,
 * and the import of a changed report shown as a word diff against the record, then applied. axe in English and
 * Arabic, 360 px.
 */
jest.setTimeout(180_000);

const REPORT_2011 = 'seeds/reports/2011-wg4-4th-meeting-report.zh.txt';

interface Rec {
  id: string;
  session: number;
  number: string;
  reference: string;
  text: Record<string, string>;
  version: number;
  children: Rec[];
}
const flatten = (recs: Rec[]): Rec[] => recs.flatMap((r) => [r, ...flatten(r.children)]);

async function recommendationsOf(http: Http, who: Person, session: number): Promise<Rec[]> {
  const res = await http.get(`/api/recommendations?session=${session}&limit=100`).set(bearer(who)).expect(200);
  return flatten(res.body.items);
}

/** The report of the 4th meeting with one paragraph's wording changed ("应当" → "必须" in it), and that paragraph. */
async function changedReport(http: Http, who: Person): Promise<{ text: string; rec: Rec }> {
  const original = readFileSync(REPORT_2011, 'utf8');
  const rec = (await recommendationsOf(http, who, 4)).find((r) => r.text.zh && r.text.zh.includes('应当') && original.split(r.text.zh).length === 2);
  if (!rec) throw new Error('no paragraph of the 2011 report found verbatim in the source file');
  return { text: original.replace(rec.text.zh, rec.text.zh.replace('应当', '必须')), rec };
}

const noHorizontalScroll = (page: Page) => inPage<boolean>(page, 'document.documentElement.scrollWidth <= window.innerWidth + 1');

describeInBrowser('web app: the consolidated record (sessions, recommendations, imports)', () => {
  let t: WebApp;
  let browser: Browser;
  let secretariat: Person;

  const suite = webSuite();
  beforeAll(async () => {
    ({ t, browser } = suite);
    secretariat = await person(t.http, 'secretariat');
  });

  it('sets the report symbol of meeting 5: the recommendations page then cites it', async () => {
    const before = await recommendationsOf(t.http, secretariat, 5);
    expect(before.length).toBeGreaterThan(0);
    expect(before[0].reference).toMatch(/^WG\.4 meeting 5, /);
    const symbol = 'CTOC/COP/WG.4/2013/5';

    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, secretariat.email, secretariat.password);
    await page.goto(`${t.baseUrl}/record/sessions`);
    await settled(page);
    await page.getByRole('link', { name: 'Meeting 5', exact: true }).waitFor();
    await checkPage(page, 'record-sessions-en', problems);
    await page.getByRole('link', { name: 'Meeting 5', exact: true }).click();
    await page.waitForURL(/\/record\/sessions\/5$/);
    await settled(page);
    await checkPage(page, 'record-session-en', problems);

    await page.getByLabel('Report symbol').fill('not a symbol');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Write the symbol as the United Nations prints it').waitFor();
    await page.getByLabel('Report symbol').fill(symbol);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(`Its recommendations are now cited as “${symbol}, para. …”`).waitFor();

    await page.getByRole('link', { name: /Its recommendations/ }).click();
    await page.waitForURL(/\/record\/recommendations\?session=5/);
    await settled(page);
    await waitInPage(page, `document.querySelectorAll('a[data-reference]').length > 0`);
    const references = await inPage<string[]>(page, `[...document.querySelectorAll('a[data-reference]')].map((a) => a.textContent)`);
    expect(references.length).toBeGreaterThan(0);
    expect(references.every((r) => r.startsWith(`${symbol}, `))).toBe(true);
    await checkPage(page, 'record-recommendations-en', problems);
    const after = await recommendationsOf(t.http, secretariat, 5);
    expect(after.map((r) => r.reference)).toEqual(before.map((r) => r.reference.replace('WG.4 meeting 5, ', `${symbol}, `)));

    // Arabic, right to left.
    await chooseLanguage(page, 'العربية');
    await waitInPage(page, `document.documentElement.dir === 'rtl'`);
    await checkPage(page, 'record-recommendations-ar', problems);
    await page.goto(`${t.baseUrl}/record/sessions/5`);
    await settled(page);
    await checkPage(page, 'record-session-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();
  });

  it('shows the editorial note of 2011 para 7 (the stray "and" read as 和) in English and Arabic', async () => {
    const p7 = (await recommendationsOf(t.http, secretariat, 4)).find((r) => r.number === '7')!;
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, secretariat.email, secretariat.password);
    await page.goto(`${t.baseUrl}/record/recommendations/${p7.id}`);
    await settled(page);
    const notes = page.getByTestId('editorial-notes');
    await notes.getByRole('heading', { name: 'Editorial notes' }).waitFor();
    expect(await notes.getByRole('cell', { name: /English word inside the Chinese text/ }).count()).toBe(1);
    expect(await notes.locator('del').innerText()).toBe('好地理解 and 认识这一');
    expect(await notes.locator('ins').innerText()).toBe('好地理解和认识这一');
    await checkPage(page, 'record-editorial-notes-en', problems);
    await chooseLanguage(page, 'العربية');
    await notes.getByRole('heading', { name: 'ملاحظات تحريرية' }).waitFor();
    await checkPage(page, 'record-editorial-notes-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();
  });

  it('edits a recommendation’s text while someone else does: 412 in the user’s language, reloaded, then saved', async () => {
    const rec = (await recommendationsOf(t.http, secretariat, 4)).find((r) => r.text.zh)!;
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, secretariat.email, secretariat.password);
    await page.goto(`${t.baseUrl}/record/recommendations/${rec.id}`);
    await settled(page);
    await page.getByRole('heading', { name: rec.reference }).waitFor();
    await checkPage(page, 'record-recommendation-en', problems);

    await page.getByRole('button', { name: 'Edit the texts' }).click();
    await page.getByLabel('English', { exact: true }).fill('The States parties should do what the secretariat typed.');
    // Meanwhile, through the API, someone else edits it.
    const current = await t.http.get(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).expect(200);
    await t.http
      .patch(`/api/recommendations/${rec.id}`)
      .set(bearer(secretariat))
      .set('If-Match', current.headers.etag)
      .send({ text: { en: 'The States parties should do what the other person wrote.' } })
      .expect(200);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Someone else changed this item in the meantime').waitFor();
    await checkPage(page, 'record-recommendation-412-en', problems);
    await page.getByRole('button', { name: 'Reload the current version' }).click();
    await waitInPage(page, `[...document.querySelectorAll('textarea')].some((el) => el.value === 'The States parties should do what the other person wrote.')`);
    await page.getByLabel('English', { exact: true }).fill('The States parties should do what the secretariat typed.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('The texts are saved.').waitFor();
    await page.getByText('The States parties should do what the secretariat typed.').waitFor();
    const saved = await t.http.get(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).expect(200);
    expect(saved.body).toMatchObject({ version: rec.version + 2, text: expect.objectContaining({ en: 'The States parties should do what the secretariat typed.', zh: rec.text.zh }) });
    expect(saved.body.revisions.length).toBeGreaterThanOrEqual(2);
    await page.getByRole('cell', { name: 'Edit by the secretariat' }).first().waitFor();

    // A link to a later meeting's recommendation is refused, worded in the user's language.
    await page.getByRole('combobox', { name: 'Meeting', exact: true }).click();
    await page.getByRole('option', { name: 'Meeting 9', exact: true }).click();
    await page.getByRole('combobox', { name: 'Recommendation', exact: true }).click();
    await page.getByRole('option', { name: /^WG\.4 meeting 9, / }).first().click();
    await page.getByRole('button', { name: 'Add the link' }).click();
    await page.getByText('A recommendation can only reiterate, build on or supersede a recommendation of the same or an earlier meeting.').waitFor();

    await chooseLanguage(page, 'العربية');
    await waitInPage(page, `document.documentElement.dir === 'rtl'`);
    await checkPage(page, 'record-recommendation-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();
  });

  it('imports a changed report: the preview shows 1 changed paragraph with its words, then applies it', async () => {
    // The unchanged report compares equal to the record.
    const same = await t.http.post('/api/imports?dryRun=true').set(bearer(secretariat)).set('Content-Type', 'text/plain').send(readFileSync(REPORT_2011, 'utf8')).expect(200);
    expect(same.body.record).toMatchObject({ session: 4, language: 'zh', counts: { new: 0, changed: 0 } });
    const { text, rec } = await changedReport(t.http, secretariat);

    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, secretariat.email, secretariat.password);
    await page.goto(`${t.baseUrl}/record/imports`);
    await settled(page);
    await checkPage(page, 'record-imports-en', problems);
    await page.locator('input[type="file"]').setInputFiles({ name: '2011-wg4-4th-meeting-report.changed.zh.txt', mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
    await page.getByRole('button', { name: 'Show what would change' }).click();
    await page.getByRole('heading', { name: 'What this report would change' }).waitFor();
    await settled(page);
    expect(await inPage<string>(page, `document.querySelector('[data-count="changed"]').textContent`)).toBe('Changed: 1');
    expect(await inPage<number>(page, `document.querySelectorAll('[data-status="changed"]').length`)).toBe(1);
    const diff = await inPage<{ ins: string[]; del: string[]; reference: string }>(
      page,
      `(() => { const p = document.querySelector('[data-status="changed"]');
        const words = (sel) => [...p.querySelectorAll(sel)].map((el) => el.lastChild.textContent);
        return { ins: words('ins'), del: words('del'), reference: p.querySelector('p').textContent }; })()`,
    );
    expect(diff.ins.join('')).toContain('必须');
    expect(diff.del.join('')).toContain('应当');
    expect(diff.reference).toBe(rec.reference);
    await checkPage(page, 'record-import-preview-en', problems);

    await page.getByRole('button', { name: 'Apply to the record…' }).click();
    await page.getByRole('dialog').getByText('new texts: 0, changed texts: 1').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Apply', exact: true }).click();
    await page.getByText('The report is applied.').waitFor();
    await page.getByText('recommendations created: 0, revised: 1').waitFor();
    const after = await t.http.get(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).expect(200);
    expect(after.body.text.zh).toBe(rec.text.zh.replace('应当', '必须'));
    expect(after.body.revisions[0]).toMatchObject({ source: 'import', changedFields: ['text'] });

    // The same preview in Arabic, and at 360 px.
    await chooseLanguage(page, 'العربية');
    await page.locator('input[type="file"]').setInputFiles({ name: 'again.zh.txt', mimeType: 'text/plain', buffer: Buffer.from(text.replace('必须', '务必'), 'utf8') });
    await page.locator('main button').filter({ hasText: 'عرض ما سيتغيّر' }).click();
    await page.getByText('معدّلة: 1').first().waitFor();
    await checkPage(page, 'record-import-preview-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();

    const narrow = await newContext(browser, { width: 360, height: 740 });
    const small = await narrow.newPage();
    const smallProblems = watchProblems(small);
    await signIn(small, t.baseUrl, secretariat.email, secretariat.password);
    for (const [path, name] of [
      ['/record/sessions', 'record-sessions-360'],
      [`/record/recommendations/${rec.id}`, 'record-recommendation-360'],
      ['/record/imports', 'record-imports-360'],
    ] as const) {
      await small.goto(`${t.baseUrl}${path}`);
      await settled(small);
      await checkPage(small, name, smallProblems);
      expect({ path, fits: await noHorizontalScroll(small) }).toEqual({ path, fits: true });
    }
    await narrow.close();
  });
});
