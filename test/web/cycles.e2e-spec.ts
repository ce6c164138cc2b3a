import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { bearer } from '../support/test-app.js';
import { describeInBrowser, inPage, newContext, settled, waitInPage, watchProblems } from '../support/browser.js';
import { checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';
import { daysFromNow, openCycle, person, submitReport, type Person } from './seed.js';

/**
 * Issue 17 (cycles), in a real Chromium against the real API: the secretariat creates a cycle (the count of in-scope
 * recommendations shown before creating), opens it, extends the deadline for one State (whose late submission becomes
 * on time), closes it and reopens it; axe in English and Arabic; the cycle page at 360 px.
 */
jest.setTimeout(180_000);

describeInBrowser('web app: the secretariat’s reporting cycles', () => {
  let t: WebApp;
  let browser: Browser;
  let sec: Person;
  let ken: Person;
  const suite = webSuite();
  beforeAll(async () => {
    ({ t, browser } = suite);
    sec = await person(t.http, 'secretariat');
    ken = await person(t.http, 'focal_point', { stateCode: 'KEN' });
    // Another cycle, so that the list has more than the one created here.
    await openCycle(t.http, sec, { name: 'Earlier cycle', opensInDays: -60, closesInDays: -30 });
  });

  const lateOf = async (cycleId: string, recommendationId: string) =>
    ((await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items as { recommendationId: string; late: boolean }[]).find(
      (r) => r.recommendationId === recommendationId,
    )!.late;
  const badge = (page: Page, text: string) => waitInPage(page, `[...document.querySelectorAll('.mantine-Badge-root')].some((b) => b.textContent === ${JSON.stringify(text)})`);
  const confirm = async (page: Page, button: string) => {
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: button }).click();
  };

  it('creates (count shown first) → opens → extends for one State → closes → reopens', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, sec.email, sec.password);
    await page.goto(`${t.baseUrl}/review/cycles`);
    await page.getByRole('link', { name: 'Earlier cycle' }).waitFor();
    await checkPage(page, 'cycles-list-en', problems);

    await page.getByRole('link', { name: 'New cycle' }).click();
    await page.waitForURL(/\/review\/cycles\/new$/);
    await page.getByLabel(/^Name\b/).fill('Browser cycle 2026');
    await page.getByLabel('Opening date').fill(daysFromNow(-10));
    // Closed yesterday, yet open: a submission now is late (until a State gets more time).
    await page.getByLabel('Closing date').fill(daysFromNow(-1));
    await page.getByText('Recommendations in scope:').waitFor();
    await page.getByLabel('By session').check();
    await page.getByText('Make a choice to see how many recommendations are in scope.').waitFor();
    await page.getByRole('combobox', { name: 'Sessions' }).click();
    await page.getByRole('option', { name: /^Session 4 \(/ }).click();
    await page.keyboard.press('Escape');
    const expected = (await t.http.post('/api/cycles/scope-preview').set(bearer(sec)).send({ sessions: [4] }).expect(200)).body.count as number;
    await page.getByText(`Recommendations in scope: ${expected}`).waitFor();
    expect(await page.getByRole('listitem').count()).toBe(10);
    await checkPage(page, 'cycle-new-en', problems);
    await page.getByRole('button', { name: 'Create the cycle' }).click();
    await page.waitForURL(/\/review\/cycles\/[0-9a-f-]{36}$/);
    const cycleId = page.url().split('/').at(-1)!;
    await badge(page, 'Planned');
    const created = (await t.http.get(`/api/cycles/${cycleId}`).set(bearer(sec)).expect(200)).body;
    expect(created).toMatchObject({ name: 'Browser cycle 2026', scopeCount: expected, status: 'planned', closesOn: daysFromNow(-1) });

    await page.getByRole('button', { name: 'Open the cycle' }).click();
    await confirm(page, 'Open the cycle');
    await badge(page, 'Open');
    await settled(page);

    // Kenya submits after the closing date: late.
    const reports = (await t.http.get(`/api/cycles/${cycleId}/states/KEN/reports`).set(bearer(ken)).expect(200)).body.items as { recommendationId: string }[];
    const rec = reports[0].recommendationId;
    await submitReport(t.http, ken, cycleId, rec);
    expect(await lateOf(cycleId, rec)).toBe(true);

    // Extend for Kenya: a date not after the cycle's closing date is refused in the page first.
    await page.getByRole('combobox', { name: 'State' }).click();
    await page.keyboard.type('Kenya');
    await page.getByRole('option', { name: /Kenya \(KEN\)/ }).click();
    await page.getByLabel('Extended deadline').fill(daysFromNow(-2));
    await page.getByLabel('Reason').fill('National elections delayed the interministerial clearance.');
    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    await page.getByText('Choose a date after the cycle').waitFor();
    await page.getByLabel('Extended deadline').fill(daysFromNow(7));
    await page.getByRole('button', { name: 'Extend the deadline' }).click();
    await confirm(page, 'Extend the deadline');
    await page.getByRole('cell', { name: 'Kenya (KEN)' }).waitFor();
    await page.getByRole('cell', { name: 'National elections delayed the interministerial clearance.' }).waitFor();
    expect(await lateOf(cycleId, rec)).toBe(false);
    await checkPage(page, 'cycle-open-en', problems);

    await page.getByRole('button', { name: 'Close the cycle' }).click();
    await confirm(page, 'Close the cycle');
    await badge(page, 'Closed');
    await page.getByText('The cycle is closed: reopen it to grant or change an extension.').waitFor();

    // Reopen: a past date is refused by the API, in the user's language; then a new closing date.
    await page.getByRole('button', { name: 'Reopen the cycle' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('New closing date').fill(daysFromNow(-1));
    await dialog.getByRole('button', { name: 'Reopen the cycle' }).click();
    await dialog.getByText('An open cycle cannot close on a date that has already passed. Close the cycle instead.').waitFor();
    await dialog.getByLabel('New closing date').fill(daysFromNow(14));
    await dialog.getByRole('button', { name: 'Reopen the cycle' }).click();
    await badge(page, 'Open');
    const reopened = (await t.http.get(`/api/cycles/${cycleId}`).set(bearer(sec)).expect(200)).body;
    expect(reopened).toMatchObject({ status: 'open', closesOn: daysFromNow(14), extensions: [expect.objectContaining({ stateCode: 'KEN', closesOn: daysFromNow(7) })] });
    await settled(page);
    await checkPage(page, 'cycle-reopened-en', problems);

    // Arabic, right to left.
    await chooseLanguage(page, 'العربية');
    await waitInPage(page, `document.documentElement.dir === 'rtl'`);
    await page.getByRole('heading', { name: 'تمديد المواعيد النهائية لدول بعينها' }).waitFor();
    await checkPage(page, 'cycle-ar', problems);
    await page.goto(`${t.baseUrl}/review/cycles`);
    await page.getByRole('link', { name: 'Browser cycle 2026' }).waitFor();
    await checkPage(page, 'cycles-list-ar', problems);
    await page.goto(`${t.baseUrl}/review/cycles/new`);
    await page.getByText('التوصيات المشمولة:').waitFor();
    await checkPage(page, 'cycle-new-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();
  });

  it('is usable at 360 px wide', async () => {
    // In English whatever the test before left (it switches to Arabic).
    await t.http.patch('/api/auth/me').set(bearer(sec)).send({ language: 'en' }).expect(200);
    const c = await openCycle(t.http, sec, { name: 'Narrow screen cycle' });
    await t.http.put(`/api/cycles/${c.id}/states/KEN/extension`).set(bearer(sec)).send({ closesOn: daysFromNow(40), reason: 'Floods in the capital.' }).expect(200);
    const context = await newContext(browser, { width: 360, height: 800 });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, sec.email, sec.password);
    for (const [path, name, ready] of [
      [`/review/cycles/${c.id}`, 'cycle-360', 'Floods in the capital.'],
      ['/review/cycles', 'cycles-list-360', 'Narrow screen cycle'],
      ['/review/cycles/new', 'cycle-new-360', 'Recommendations in scope:'],
    ] as const) {
      await page.goto(`${t.baseUrl}${path}`);
      await page.getByText(ready).first().waitFor();
      await checkPage(page, name, problems);
      // Nothing wider than the screen but the tables, which scroll inside their own box.
      expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    }
    await context.close();
  });
});
