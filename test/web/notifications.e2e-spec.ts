import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { describeInBrowser, newContext, settled, watchProblems } from '../support/browser.js';
import { checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';
import { openCycle, person, review, submitReport, type OpenCycle, type Person } from './seed.js';

/**
 * Notifications in the app: the bell's unread count, the list worded in the reader's language from the notice's data
 * (the server's title is the e-mail's English), a link to what it is about, marking read.
 */
jest.setTimeout(180_000);

describeInBrowser('web app: notifications', () => {
  let t: WebApp;
  let browser: Browser;
  let focalPoint: Person;
  let cycle: OpenCycle;

  const suite = webSuite();
  beforeAll(async () => {
    ({ t, browser } = suite);
    const secretariat = await person(t.http, 'secretariat');
    focalPoint = await person(t.http, 'focal_point', { stateCode: 'KEN', name: 'Wanjiru Kamau' });
    cycle = await openCycle(t.http, secretariat, { name: '2027 reporting' });
    const reportId = await submitReport(t.http, focalPoint, cycle.id, cycle.scope[0]);
    await review(t.http, secretariat, reportId, 'start_review');
    await review(t.http, secretariat, reportId, 'return', { comment: 'Please name the law and its date of entry into force.' });
  });

  it('counts the unread ones in the header, words them in the reader’s language, leads to the report and marks it read', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, focalPoint.email, focalPoint.password);
    // Two unread: the cycle opened, the report returned.
    const bell = page.getByRole('link', { name: /^Notifications: \d+ unread$/ });
    await bell.waitFor();
    expect(await bell.getAttribute('aria-label')).toBe('Notifications: 2 unread');
    await bell.click();
    await page.waitForURL(/\/notifications$/);
    await settled(page);
    const returned = page.getByRole('link', { name: /^Your report on .+ was returned for changes$/ });
    await returned.waitFor();
    expect(await page.getByText('Please name the law and its date of entry into force.').count()).toBe(1);
    expect(await page.getByRole('link', { name: 'A reporting cycle is open' }).count()).toBe(1);
    await checkPage(page, 'notifications-en', problems);

    await chooseLanguage(page, 'العربية');
    await page.getByRole('heading', { level: 1, name: 'الإشعارات' }).waitFor();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.getByText(/أُعيد تقريرك بشأن .+ لإدخال تعديلات/).waitFor();
    await checkPage(page, 'notifications-ar', problems);
    await chooseLanguage(page, 'English');

    // The link leads to the answer and marks the notice read.
    await page.getByRole('link', { name: /^Your report on .+ was returned for changes$/ }).click();
    await page.waitForURL(new RegExp(`/workspace/cycles/${cycle.id}/recommendations/${cycle.scope[0]}$`));
    await page.getByRole('link', { name: 'Notifications: 1 unread' }).waitFor();

    await page.goto(`${t.baseUrl}/notifications`);
    await settled(page);
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByRole('link', { name: 'Notifications: 0 unread' }).waitFor();
    await page.getByText('Unread only', { exact: true }).click();
    await page.getByText('Nothing unread').waitFor();
    await checkPage(page, 'notifications-empty-en', problems);
    await context.close();
  });
});
