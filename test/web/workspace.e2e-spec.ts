import { beforeAll, beforeEach, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { bearer, login } from '../support/test-app.js';
import { describeInBrowser, inPage, newContext, screenshot, settled, waitInPage, watchProblems, type PageProblems } from '../support/browser.js';
import { checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';
import { openCycle, person, reportPath, review, saveReport, submitReport, type OpenCycle, type Person } from './seed.js';

/**
 * The focal point's home, questionnaire, "submit all" and own profile (issue 16, part 1) in a real Chromium against
 * the real API: what the home says first (deadline, progress, returned answers with the comment, drafts), the
 * questionnaire's filters, search and grouping kept in the address, the whole session-4 questionnaire rendered
 * through the virtual list, submit all with its confirmation, Arabic and Chinese, axe on every page, 360 px.
 */
jest.setTimeout(180_000);

type Row = { recommendationId: string; reference: string; workflowState: string; themes: { code: string; name: string }[]; incomplete: string[] };

async function rowsOf(t: WebApp, who: Person, cycleId: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (let page = 1; ; page++) {
    const res = await t.http.get(`/api/cycles/${cycleId}/states/${who.user.stateCode}/reports?page=${page}&limit=100`).set(bearer(who)).expect(200);
    rows.push(...res.body.items);
    if (rows.length >= res.body.total || res.body.items.length === 0) return rows;
  }
}

/** The questionnaire's count line ("Showing 3 of 140 recommendations"), once the list is there. */
async function countLine(page: Page): Promise<string> {
  await page.locator('[role="list"] [data-row]').first().waitFor();
  return (await page.getByRole('status').filter({ hasText: /Showing|عرض|显示/ }).first().innerText()).trim();
}

const incompleteList = (dialog: ReturnType<Page['getByRole']>) => dialog.locator('[data-testid="submit-incomplete"]');

async function setFilter(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await settled(page);
}

describeInBrowser('web app: the focal point’s home, questionnaire and profile', () => {
  let t: WebApp;
  let browser: Browser;
  const suite = webSuite();
  let sec: Person;
  let fp: Person;
  let cycle: OpenCycle;
  let rows: Row[];

  beforeAll(async () => {
    ({ t, browser } = suite);
    sec = await person(t.http, 'secretariat');
    fp = await person(t.http, 'focal_point', { stateCode: 'KEN', name: 'Wanjiru Kamau' });
    // The questionnaire of every seeded session (about 140 items), closing in 12 days.
    cycle = await openCycle(t.http, sec, { name: 'Follow-up 2027', closesInDays: 12, sessions: [4, 5, 9, 11] });
    rows = await rowsOf(t, fp, cycle.id);
    // One returned with the secretariat's comment, one accepted, one submitted, two drafts (one complete).
    const returnedId = await submitReport(t.http, fp, cycle.id, rows[0].recommendationId);
    await review(t.http, sec, returnedId, 'start_review');
    await review(t.http, sec, returnedId, 'return', { comment: 'Please name the law and the year it entered into force.' });
    const acceptedId = await submitReport(t.http, fp, cycle.id, rows[1].recommendationId);
    await review(t.http, sec, acceptedId, 'start_review');
    await review(t.http, sec, acceptedId, 'accept');
    await submitReport(t.http, fp, cycle.id, rows[2].recommendationId);
    await saveReport(t.http, fp, cycle.id, rows[3].recommendationId, { implementationStatus: 'planned', narrative: { en: 'A bill is before parliament.' } });
    // "Not applicable" without its justification: a save refuses it, but a draft can hold it (carried forward from an
    // earlier cycle's answer whose narrative was in another field's shape); written directly, as the carry-forward does.
    await saveReport(t.http, fp, cycle.id, rows[4].recommendationId, { implementationStatus: 'planned' });
    await t.app.get(DataSource).query(`UPDATE implementation_reports SET implementation_status = 'not_applicable', narrative = '{}'::jsonb, version = version + 1 WHERE cycle_id = $1 AND state_code = 'KEN' AND recommendation_id = $2`, [cycle.id, rows[4].recommendationId]);
    await saveReport(t.http, fp, cycle.id, rows[5].recommendationId, { narrative: { en: 'Still collecting the figures.' } });
    rows = await rowsOf(t, fp, cycle.id);
  });

  // A test that switched the language and failed must not leave the next one in Arabic or Chinese.
  beforeEach(async () => {
    if (!fp) return;
    const session = await login(t.http, fp.email, fp.password);
    await t.http.patch('/api/auth/me').set(bearer(session)).send({ language: 'en' }).expect(200);
  });

  async function signedIn(options: { width?: number; height?: number; locale?: string } = {}): Promise<{ page: Page; problems: PageProblems }> {
    const context = await newContext(browser, options);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, fp.email, fp.password);
    return { page, problems };
  }

  it('the rows say why an answer cannot be submitted yet (submit’s own rule)', () => {
    expect(cycle.scopeCount).toBeGreaterThanOrEqual(100);
    expect(rows[3].incomplete).toEqual([]);
    expect(rows[4].incomplete).toEqual(['JUSTIFICATION_REQUIRED']);
    expect(rows[5].incomplete).toEqual(['INCOMPLETE_REPORT']);
    expect(rows[6].incomplete).toEqual(['INCOMPLETE_REPORT']);
    expect(rows[1].incomplete).toEqual([]);
    expect(rows.some((r) => r.themes.length > 0)).toBe(true);
  });

  it('home: the open cycle with its deadline, progress, what needs attention first; in English and Arabic', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${t.baseUrl}/workspace`);
    const card = page.getByRole('article', { name: 'Follow-up 2027' });
    await card.waitFor();
    await card.getByText('Closes in 12 days', { exact: false }).waitFor();
    await card.getByText(`5 of ${cycle.scopeCount} answered`).waitFor();
    await card.getByText('Accepted: 1').waitFor();
    await card.getByText('Submitted: 1').waitFor();
    await card.getByText('Returned: 1').waitFor();
    await card.getByText('Returned by the secretariat (1)').waitFor();
    await card.getByText('Please name the law and the year it entered into force.', { exact: false }).waitFor();
    await card.getByText('Drafts not submitted (3)').waitFor();
    await expect(card.getByRole('link', { name: rows[3].reference }).count()).resolves.toBe(1);
    await page.getByRole('heading', { name: 'Unread notifications' }).waitFor();
    await checkPage(page, 'workspace-home-en', problems);

    // The returned answer's link leads to the answer page.
    await card.getByRole('link', { name: rows[0].reference }).click();
    await page.waitForURL(new RegExp(`/workspace/cycles/${cycle.id}/recommendations/${rows[0].recommendationId}$`));

    await page.goto(`${t.baseUrl}/workspace`);
    await chooseLanguage(page, 'العربية');
    await page.getByRole('heading', { level: 1, name: 'مساحة عملي' }).waitFor();
    await page.getByText('أعادتها الأمانة', { exact: false }).first().waitFor();
    expect(await inPage<string>(page, 'document.documentElement.dir')).toBe('rtl');
    await checkPage(page, 'workspace-home-ar', problems);
    await chooseLanguage(page, 'English');
    await page.context().close();
  });

  it('home and questionnaire at 360 px wide', async () => {
    const { page, problems } = await signedIn({ width: 360, height: 780 });
    await page.goto(`${t.baseUrl}/workspace`);
    await page.getByRole('article', { name: 'Follow-up 2027' }).waitFor();
    await settled(page);
    expect(await inPage<boolean>(page, 'document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    await checkPage(page, 'workspace-home-360', problems);
    await page.goto(`${t.baseUrl}/workspace/cycles/${cycle.id}`);
    await countLine(page);
    expect(await inPage<boolean>(page, 'document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    await checkPage(page, 'workspace-questionnaire-360', problems);
    await page.context().close();
  });

  it('questionnaire: the whole scope through the virtual list, filters and search in the address, grouping by theme', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${t.baseUrl}/workspace/cycles/${cycle.id}`);
    expect(await countLine(page)).toBe(`Showing ${cycle.scopeCount} of ${cycle.scopeCount} recommendations`);
    await page.getByRole('heading', { level: 2, name: 'Session 4' }).waitFor();
    console.log(`questionnaire of ${cycle.scopeCount} items`);
    // Virtualised: only the rows near the viewport are in the page, yet the last is reached by scrolling.
    const rendered = await page.locator('[data-row]').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(cycle.scopeCount);
    const last = rows[rows.length - 1].reference;
    for (let i = 0; i < 40 && !(await page.locator(`[data-row="${last}"]`).count()); i++) {
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(50);
    }
    await page.locator(`[data-row="${last}"]`).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    // In English, a text that exists only in its Chinese original says so.
    await page.locator('[data-row]').first().getByText('Original in Chinese').waitFor();
    await checkPage(page, 'workspace-questionnaire-en', problems);

    // A returned row says so, with the comment.
    const returned = page.locator(`[data-row="${rows[0].reference}"]`);
    await returned.getByText('Returned', { exact: true }).waitFor();
    await returned.getByText('Please name the law', { exact: false }).waitFor();

    // Search by reference: the address keeps it, a reload keeps it.
    await page.getByRole('textbox', { name: 'Search' }).fill(rows[7].reference);
    await page.waitForURL((url) => url.searchParams.get('q') === rows[7].reference);
    expect(await countLine(page)).toMatch(new RegExp(`^Showing \\d+ of ${cycle.scopeCount} recommendations$`));
    await page.locator(`[data-row="${rows[7].reference}"]`).waitFor();
    await page.reload();
    await page.locator(`[data-row="${rows[7].reference}"]`).waitFor();
    await expect(page.getByRole('textbox', { name: 'Search' }).inputValue()).resolves.toBe(rows[7].reference);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.waitForURL((url) => !url.searchParams.has('q'));

    // Search by words of the text.
    await page.getByRole('textbox', { name: 'Search' }).fill('zzz-nothing-like-this');
    await page.getByText('No recommendation matches these filters.').waitFor();
    await page.getByRole('button', { name: 'Clear the filters' }).click();

    // Workflow state and implementation status.
    await setFilter(page, 'Answer state', 'Returned');
    await page.waitForURL((url) => url.searchParams.get('workflow') === 'returned');
    expect(await countLine(page)).toBe(`Showing 1 of ${cycle.scopeCount} recommendations`);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await setFilter(page, 'Implementation status', 'Planned');
    await page.waitForURL((url) => url.searchParams.get('status') === 'planned');
    await page.locator(`[data-row="${rows[3].reference}"]`).waitFor();
    expect(await countLine(page)).toBe(`Showing 1 of ${cycle.scopeCount} recommendations`);
    await page.getByRole('button', { name: 'Clear the filters' }).click();
    await page.getByRole('checkbox', { name: 'Unanswered only' }).check();
    await page.waitForURL((url) => url.searchParams.get('unanswered') === 'true');
    expect(await countLine(page)).toBe(`Showing ${cycle.scopeCount - 5} of ${cycle.scopeCount} recommendations`);
    await page.getByRole('button', { name: 'Clear the filters' }).click();

    // Grouped by theme: the theme headings instead of the sessions.
    await setFilter(page, 'Group by', 'Theme');
    await page.waitForURL((url) => url.searchParams.get('group') === 'theme');
    const themes = new Set(rows.flatMap((r) => r.themes.map((th) => th.name)));
    const firstHeading = (await page.locator('[role="list"] h2').first().innerText()).trim();
    expect(themes.has(firstHeading.replace(/ \(\d+\)$/, ''))).toBe(true);
    await expect(page.getByRole('heading', { level: 2, name: 'Session 4' }).count()).resolves.toBe(0);
    await checkPage(page, 'workspace-questionnaire-theme-en', problems);

    // A row is a link to its answer page, reachable with the keyboard.
    await page.locator('[data-row]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recommendations\/[0-9a-f-]{36}$/);
    await page.context().close();
  });

  it('questionnaire in Arabic (right to left) and in Chinese, with the language of a fallback text marked', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${t.baseUrl}/workspace/cycles/${cycle.id}`);
    await countLine(page);
    await chooseLanguage(page, 'العربية');
    await page.getByRole('heading', { level: 2, name: 'الدورة ٤' }).or(page.getByRole('heading', { level: 2, name: 'الدورة 4' })).first().waitFor();
    await page.locator('[data-row]').first().waitFor();
    expect(await inPage<string>(page, 'document.documentElement.dir')).toBe('rtl');
    await checkPage(page, 'workspace-questionnaire-ar', problems);

    await chooseLanguage(page, '中文');
    await page.getByRole('heading', { level: 2, name: '第4届会议' }).waitFor();
    await page.locator('[data-row]').first().waitFor();
    // The seeded texts are Chinese originals: in Chinese no row is marked as a fallback.
    await expect(page.getByText('原文为', { exact: false }).count()).resolves.toBe(0);
    await checkPage(page, 'workspace-questionnaire-zh', problems);
    await chooseLanguage(page, 'English');
    await page.context().close();
  });

  it('submit all: the confirmation lists what will be submitted and what is incomplete and why, then submits with progress', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${t.baseUrl}/workspace/cycles/${cycle.id}`);
    await countLine(page);
    await page.getByRole('button', { name: 'Submit all complete answers' }).click();
    const dialog = page.getByRole('dialog', { name: 'Submit all complete answers' });
    await dialog.waitFor();
    const ready = dialog.locator('[data-testid="submit-ready"] li');
    // The complete draft only: the returned answer must be changed first (the workflow's rule), and says so.
    await expect(ready.allInnerTexts()).resolves.toEqual([rows[3].reference]);
    await incompleteList(dialog).getByText(`${rows[0].reference} — Returned: change the answer after the secretariat's comment, then submit it.`).waitFor();
    const incomplete = incompleteList(dialog);
    await incomplete.getByText(`${rows[4].reference} — "Not applicable" needs a justification in the narrative.`).waitFor();
    await incomplete.getByText(`${rows[5].reference} — Choose an implementation status before submitting.`).waitFor();
    await dialog.getByText(`Not complete, will not be submitted (${cycle.scopeCount - 3})`).waitFor();
    await checkPage(page, 'workspace-submit-all-en', problems);

    await dialog.getByRole('button', { name: 'Submit 1 answers' }).click();
    await dialog.getByText('1 of 1 answers submitted.').waitFor();
    await checkPage(page, 'workspace-submit-all-done-en', problems);
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    const after = await t.http.get(reportPath(cycle.id, 'KEN', rows[3].recommendationId)).set(bearer(fp)).expect(200);
    expect(after.body.workflowState).toBe('submitted');
    // The list follows: the submitted row says so.
    await page.locator(`[data-row="${rows[3].reference}"]`).getByText('Submitted', { exact: true }).waitFor();
    await page.context().close();
  });

  it('the State’s own profile: figures and exports, in English and Arabic', async () => {
    const { page, problems } = await signedIn();
    await page.goto(`${t.baseUrl}/workspace/cycles/${cycle.id}/profile`);
    await page.getByRole('heading', { level: 1, name: 'Our profile: Follow-up 2027' }).waitFor();
    await page.getByRole('heading', { name: 'Implementation status of the answers' }).waitFor();
    await checkPage(page, 'workspace-profile-en', problems);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.xlsx$/);
    await page.getByRole('switch', { name: 'Also count answers submitted but not yet accepted' }).check({ force: true });
    await page.getByText('Counting accepted and submitted answers').waitFor();
    await chooseLanguage(page, 'العربية');
    await page.getByRole('heading', { level: 1, name: /ملفنا القُطري/ }).waitFor();
    await settled(page);
    await checkPage(page, 'workspace-profile-ar', problems);
    await chooseLanguage(page, 'English');
    await page.context().close();
  });

  it('a closed cycle opens read-only, with no submit', async () => {
    const closed = await openCycle(t.http, sec, { name: 'Follow-up 2025', opensInDays: -60, closesInDays: -5 });
    await t.http.post(`/api/cycles/${closed.id}/close`).set(bearer(sec)).expect(200);
    const { page, problems } = await signedIn();
    await page.goto(`${t.baseUrl}/workspace`);
    await page.getByRole('link', { name: 'Follow-up 2025' }).click();
    await page.waitForURL(new RegExp(`/workspace/cycles/${closed.id}\\?workflow=accepted`));
    await page.getByText('This cycle is closed').waitFor();
    await expect(page.getByRole('button', { name: 'Submit all complete answers' }).count()).resolves.toBe(0);
    await screenshot(page, 'workspace-questionnaire-closed-en');
    await checkPage(page, 'workspace-questionnaire-closed-en', problems);
    await waitInPage(page, `document.title.length > 0`);
    await page.context().close();
  });
});
