import { beforeAll, expect, it, jest } from '@jest/globals';
import { bearer } from '../support/test-app.js';
import { describeInBrowser, newContext, settled, waitInPage, watchProblems } from '../support/browser.js';
import { person, type Person } from './seed.js';
import { checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';

/**
 * The articles of the Protocol and the Convention on the record's recommendation page, in a real Chromium against the
 * real API: the importer's suggestion marked as a citation, confirmed from the keyboard, an article added and
 * rejected, the list filtered by article; axe in English and Arabic (right to left).
 */
jest.setTimeout(180_000);

interface Link {
  code: string;
  status: string;
  basis: string;
}

describeInBrowser('web app: article links of a recommendation', () => {
  let t: WebApp;
  let secretariat: Person;
  const suite = webSuite();
  beforeAll(async () => {
    t = suite.t;
    secretariat = await person(t.http, 'secretariat');
  });

  it('shows the suggestion, confirms it with the keyboard, adds and rejects an article, filters the list', async () => {
    // 2013 (5th meeting) para 28 cites "《联合国打击跨国有组织犯罪公约》第 15 条" (jurisdiction).
    const list = await t.http.get('/api/recommendations?session=5&limit=100').set(bearer(secretariat)).expect(200);
    const rec = (list.body.items as { id: string; number: string; reference: string }[]).find((r) => r.number === '28')!;
    const linksNow = async () => (await t.http.get(`/api/recommendations/${rec.id}`).set(bearer(secretariat)).expect(200)).body.articles as Link[];
    expect(await linksNow()).toEqual([expect.objectContaining({ code: 'untoc_15', status: 'suggested', basis: 'citation' })]);

    const context = await newContext(suite.browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, secretariat.email, secretariat.password);
    await page.goto(`${t.baseUrl}/record/recommendations/${rec.id}`);
    await settled(page);
    await page.getByRole('heading', { name: 'Articles of the Protocol and the Convention' }).waitFor();
    const row = page.locator('tr[data-article="untoc_15"]');
    await row.getByText('Suggested', { exact: true }).waitFor();
    await row.getByText('The text cites this article').waitFor();
    await checkPage(page, 'articles-recommendation-en', problems);

    // Keyboard: focus the button, press Enter.
    await page.getByRole('button', { name: 'Confirm Convention, art. 15 — Jurisdiction' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('The article is confirmed.').waitFor();
    await page.locator('tr[data-article="untoc_15"][data-status="confirmed"]').waitFor();
    expect(await linksNow()).toEqual([expect.objectContaining({ code: 'untoc_15', status: 'confirmed' })]);

    await page.getByRole('combobox', { name: 'Add an article', exact: true }).click();
    await page.getByRole('option', { name: 'Protocol, art. 5 — Criminalization' }).click();
    await page.getByRole('button', { name: 'Add the article' }).click();
    await page.getByText('The article is added.').waitFor();
    await page.getByRole('button', { name: 'Reject Protocol, art. 5 — Criminalization' }).click();
    await page.locator('tr[data-article="tip_5"][data-status="rejected"]').waitFor();
    expect((await linksNow()).map((l) => [l.code, l.status, l.basis])).toEqual([
      ['tip_5', 'rejected', 'secretariat'],
      ['untoc_15', 'confirmed', 'citation'],
    ]);

    await chooseLanguage(page, 'العربية');
    await waitInPage(page, `document.documentElement.dir === 'rtl'`);
    await page.getByRole('heading', { name: 'مواد البروتوكول والاتفاقية' }).waitFor();
    await page.getByText('الاتفاقية، المادة 15').waitFor();
    await checkPage(page, 'articles-recommendation-ar', problems);
    await chooseLanguage(page, 'English');

    // The list, filtered by the article.
    await page.goto(`${t.baseUrl}/record/recommendations?article=untoc_15`);
    await settled(page);
    await page.getByRole('link', { name: rec.reference, exact: true }).waitFor();
    await checkPage(page, 'articles-recommendations-filtered-en', problems);
    await page.getByRole('combobox', { name: 'Article', exact: true }).click();
    await page.getByRole('option', { name: 'Convention, art. 19 — Joint investigations' }).click();
    await page.waitForURL(/article=untoc_19/);
    await page.getByRole('link', { name: rec.reference, exact: true }).waitFor({ state: 'detached' });
    await context.close();
  });
});
