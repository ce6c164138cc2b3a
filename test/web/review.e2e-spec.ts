import { beforeAll, beforeEach, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { bearer, login, type Http } from '../support/test-app.js';
import { describeInBrowser, inPage, newContext, screenshot, settled, waitInPage, watchProblems } from '../support/browser.js';
import { checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';
import { openCycle, person, reportPath, saveReport, submitReport, type OpenCycle, type Person } from './seed.js';

/**
 * The secretariat's review in a real Chromium against the real API: the queue and its filters, reviewing a report
 * (start, return without and with a comment, the focal point's resubmission and its word diff, accept with an
 * assessment), keyboard only, and one recommendation across States with its exports. Each test has its own cycle,
 * so that the queue of one does not leak into another.
 */
jest.setTimeout(180_000);

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2048, 0x20), Buffer.from('\n%%EOF\n')]);

/** A draft with an evidence file, then submitted: the file is cited by the version. */
async function submitWithFile(http: Http, fp: Person, cycleId: string, recommendationId: string): Promise<string> {
  await saveReport(http, fp, cycleId, recommendationId, { implementationStatus: 'planned', narrative: { en: 'A draft law on victim support is before parliament.' } });
  await http.post(`${reportPath(cycleId, fp.user.stateCode!, recommendationId)}/evidence`).set(bearer(fp)).attach('file', PDF, 'draft-law.pdf').expect(201);
  return submitReport(http, fp, cycleId, recommendationId, { implementationStatus: 'planned' });
}

const rowCount = (page: Page) => inPage<number>(page, `document.querySelectorAll('[data-testid="review-queue"] tbody tr').length`);
const text = (page: Page, selector: string) => inPage<string>(page, `document.querySelector(${JSON.stringify(selector)})?.textContent ?? ''`);

/** Presses Tab until the focused element's text or label matches, as a keyboard user moves through a page. */
async function tabTo(page: Page, name: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await inPage<string>(
      page,
      `(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '';
        const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : '') ?? '';
        return (labelled + ' ' + (el.innerText ?? '')).trim();
      })()`,
    );
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

describeInBrowser('web app: the secretariat reviews', () => {
  let t: WebApp;
  let browser: Browser;
  let secretariat: Person;
  const fps: Record<string, Person> = {};
  const downloads = mkdtempSync(path.join(tmpdir(), 'wg4-review-'));

  const suite = webSuite();
  beforeAll(async () => {
    ({ t, browser } = suite);
    secretariat = await person(t.http, 'secretariat');
    for (const code of ['KEN', 'AUT', 'NGA', 'THA', 'FRA', 'BRA']) fps[code] = await person(t.http, 'focal_point', { stateCode: code });
  });
  // A test that switched the officer to Arabic must not start the next one in Arabic (the account's language wins).
  beforeEach(async () => {
    if (!secretariat) return;
    const session = await login(t.http, secretariat.email, secretariat.password);
    await t.http.patch('/api/auth/me').set(bearer(session)).send({ language: 'en' }).expect(200);
  });

  async function secretariatPage(options: { width?: number } = {}) {
    const context = await newContext(browser, options);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, secretariat.email, secretariat.password);
    return { context, page, problems };
  }

  it('lists the queue oldest first and filters it by cycle, State, regional group, session, late and files (URL search params)', async () => {
    const onTime = await openCycle(t.http, secretariat, { name: 'Queue on time' });
    const late = await openCycle(t.http, secretariat, { name: 'Queue late', opensInDays: -10, closesInDays: -1 });
    await submitWithFile(t.http, fps.NGA, onTime.id, onTime.scope[0]);
    await submitReport(t.http, fps.THA, onTime.id, onTime.scope[1]);
    await submitReport(t.http, fps.NGA, late.id, late.scope[0]);

    const { context, page, problems } = await secretariatPage();
    await page.goto(`${t.baseUrl}/review/queue?cycle=${onTime.id}`);
    await settled(page);
    // The list refetches after the address changes (the previous rows stay meanwhile): wait for the filtered one.
    await waitInPage(page, `document.querySelectorAll('[data-testid="review-queue"] tbody tr').length === 2`);
    expect(await rowCount(page)).toBe(2);
    // Oldest submission first; the State's name, the reference, a date with its year, the file count.
    const first = await text(page, '[data-testid="review-queue"] tbody tr');
    expect(first).toContain('Nigeria');
    expect(first).toMatch(/\b20\d\d\b/);
    expect(await text(page, '[data-testid="review-queue"] tbody tr:nth-child(1) td:nth-child(4)')).toBe('1');
    await checkPage(page, 'review-queue-en', problems);

    // A filter in the page is a search parameter of the address.
    await page.getByLabel('With files only').check();
    await page.waitForURL(/withFiles=true/);
    await settled(page);
    // The list refetches after the address changes (the previous rows stay meanwhile): wait for the filtered one.
    await waitInPage(page, `document.querySelectorAll('[data-testid="review-queue"] tbody tr').length === 1`);
    expect(await rowCount(page)).toBe(1);

    await page.goto(`${t.baseUrl}/review/queue?cycle=${onTime.id}&group=ASIA_PACIFIC`);
    await settled(page);
    // The list refetches after the address changes (the previous rows stay meanwhile): wait for the filtered one.
    await waitInPage(page, `document.querySelectorAll('[data-testid="review-queue"] tbody tr').length === 1`);
    expect(await rowCount(page)).toBe(1);
    expect(await text(page, '[data-testid="review-queue"] tbody')).toContain('Thailand');

    await page.goto(`${t.baseUrl}/review/queue?state=NGA&late=true`);
    await settled(page);
    // The list refetches after the address changes (the previous rows stay meanwhile): wait for the filtered one.
    await waitInPage(page, `document.querySelectorAll('[data-testid="review-queue"] tbody tr').length === 1`);
    expect(await rowCount(page)).toBe(1);
    expect(await text(page, '[data-testid="review-queue"] tbody')).toContain('Late');

    await page.goto(`${t.baseUrl}/review/queue?cycle=${onTime.id}&session=4`);
    await settled(page);
    // The list refetches after the address changes (the previous rows stay meanwhile): wait for the filtered one.
    await waitInPage(page, `document.querySelectorAll('[data-testid="review-queue"] tbody tr').length === 2`);
    expect(await rowCount(page)).toBe(2);
    await page.goto(`${t.baseUrl}/review/queue?cycle=${onTime.id}&session=9`);
    await settled(page);
    // The list refetches after the address changes (the previous rows stay meanwhile): wait for the filtered one.
    await waitInPage(page, `document.querySelectorAll('[data-testid="review-queue"] tbody tr').length === 0`);
    expect(await rowCount(page)).toBe(0);
    await page.getByText('No report matches these filters.', { exact: false }).waitFor();

    // The API's side of the filters: validated (400, never a 500), and a theme no recommendation has gives nothing.
    const api = (query: string) => t.http.get(`/api/review-queue?${query}`).set(bearer(secretariat));
    expect((await api(`cycle=${onTime.id}&theme=no_such_theme`).expect(200)).body.total).toBe(0);
    expect((await api(`cycle=${onTime.id}&withFiles=false`).expect(200)).body.total).toBe(1);
    expect((await api(`cycle=${onTime.id}&late=false`).expect(200)).body.total).toBe(2);
    for (const bad of ['group=MARS', 'session=0', 'theme=Bad!', 'late=maybe', 'withFiles=2']) expect((await api(bad).expect(400)).body.code).toBe('VALIDATION_FAILED');

    await page.goto(`${t.baseUrl}/review/queue?cycle=${onTime.id}`);
    await settled(page);
    await chooseLanguage(page, 'العربية');
    await settled(page);
    expect(await text(page, '[data-testid="review-queue"] tbody')).toContain('نيجيريا');
    await checkPage(page, 'review-queue-ar', problems);
    await context.close();

    // 360 px wide: the filters stack, the table scrolls in its own box, the page itself does not scroll sideways.
    const narrow = await secretariatPage({ width: 360 });
    await narrow.page.goto(`${t.baseUrl}/review/queue?cycle=${onTime.id}`);
    await settled(narrow.page);
    await screenshot(narrow.page, 'review-queue-360');
    expect(await inPage<number>(narrow.page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(362);
    await narrow.context.close();
  });

  it('starts a review, returns without a comment (refused, in words), returns with one, shows the resubmission as a word diff, and accepts it with an assessment', async () => {
    const cycle = await openCycle(t.http, secretariat, { name: 'Review cycle' });
    const rec = cycle.scope[0];
    const reportId = await submitReport(t.http, fps.KEN, cycle.id, rec, { evidence: [{ title: 'National action plan', url: 'https://www.example.gov/nap.pdf' }] });

    const { context, page, problems } = await secretariatPage();
    await page.goto(`${t.baseUrl}/review/reports/${reportId}`);
    await settled(page);
    expect(await text(page, '[data-testid="narrative-en"]')).toContain('A national action plan was adopted');
    await page.getByRole('heading', { level: 1, name: /Kenya/ }).waitFor();
    await page.getByRole('link', { name: 'National action plan' }).waitFor();

    await page.getByRole('button', { name: 'Start the review' }).click();
    await page.getByText('The review has started.').waitFor();

    // Returning needs a comment: the API's refusal is shown beside the comment box, in the user's language.
    await page.getByRole('button', { name: 'Return the report' }).click();
    await page.getByText('Say why in a comment.').waitFor();
    expect(await inPage<boolean>(page, `document.activeElement?.tagName === 'TEXTAREA'`)).toBe(true);
    await page.getByLabel('Comment to the State').fill('Please say when the plan was adopted, and how far it is implemented.');
    await page.getByRole('button', { name: 'Return the report' }).click();
    await page.getByText('The report was returned to the State.').waitFor();
    await settled(page);
    expect(await text(page, 'main')).toContain('Returned');

    // The focal point edits its answer and submits again.
    await submitReport(t.http, fps.KEN, cycle.id, rec, { narrative: { en: 'A national action plan was adopted in 2025 and is being fully implemented.' }, implementationStatus: 'partially_implemented' });
    await page.reload();
    await settled(page);
    await page.getByRole('heading', { name: 'Changes from version 1 to version 2' }).waitFor();
    const inserted = await inPage<string[]>(page, `[...document.querySelectorAll('[data-testid="word-diff"] ins')].map((e) => e.textContent)`);
    expect(inserted.join(' ')).toContain('2025');
    expect(inserted.join(' ')).toContain('fully');
    // Not by colour alone: the insertion is underlined and named.
    expect(inserted.join(' ')).toContain('[added:');
    expect(await inPage<string>(page, `getComputedStyle(document.querySelector('[data-testid="word-diff"] ins')).textDecorationLine`)).toBe('underline');
    await checkPage(page, 'review-report-diff-en', problems);

    await page.getByLabel('The secretariat’s assessment').selectOption('in_progress');
    await page.getByLabel('Note on the assessment').fill('The plan is adopted; implementation has only started.');
    await page.getByRole('button', { name: 'Accept the report' }).click();
    await page.getByText('The report was accepted.').waitFor();
    await settled(page);
    // The secretariat's assessment is shown apart from the State's self-assessment.
    expect(await text(page, '[data-testid="self-assessment"]')).toBe('Partially implemented');
    expect(await text(page, '[data-testid="secretariat-assessment"]')).toBe('In progress');
    const report = await t.http.get(reportPath(cycle.id, 'KEN', rec)).set(bearer(secretariat)).expect(200);
    expect(report.body).toMatchObject({ workflowState: 'accepted', implementationStatus: 'partially_implemented', secretariatAssessment: { status: 'in_progress', note: 'The plan is adopted; implementation has only started.' } });

    await chooseLanguage(page, 'العربية');
    await settled(page);
    await checkPage(page, 'review-report-ar', problems);
    await context.close();

    const narrow = await secretariatPage({ width: 360 });
    await narrow.page.goto(`${t.baseUrl}/review/reports/${reportId}`);
    await settled(narrow.page);
    await screenshot(narrow.page, 'review-report-360');
    expect(await inPage<number>(narrow.page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(362);
    await narrow.context.close();
  });

  it('reviews with the keyboard only: from the queue, start, assess and accept, then on to the next in the queue', async () => {
    const cycle = await openCycle(t.http, secretariat, { name: 'Keyboard cycle' });
    const first = await submitReport(t.http, fps.FRA, cycle.id, cycle.scope[0]);
    const second = await submitReport(t.http, fps.BRA, cycle.id, cycle.scope[1]);

    const { context, page, problems } = await secretariatPage();
    await page.goto(`${t.baseUrl}/review/queue?cycle=${cycle.id}`);
    await settled(page);
    const reference = await text(page, '[data-testid="review-queue"] tbody tr:nth-child(1) a');
    await tabTo(page, new RegExp(reference.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/review/reports/${first}`), { timeout: 60_000 });
    await settled(page);

    await tabTo(page, /Start the review/);
    await page.keyboard.press('Enter');
    await page.getByText('The review has started.').waitFor();
    // The result has the focus (and is a status region: announced).
    await waitInPage(page, `document.activeElement?.getAttribute('data-testid') === 'review-result'`);

    await tabTo(page, /The secretariat’s assessment/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await inPage<string>(page, `document.activeElement.value`)).toBe('in_progress');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Assessed with the keyboard.');
    await tabTo(page, /Accept the report/);
    await page.keyboard.press('Space');
    await page.getByText('The report was accepted.').waitFor();
    await waitInPage(page, `document.activeElement?.getAttribute('data-testid') === 'review-result'`);
    await checkPage(page, 'review-keyboard-accepted', problems);

    await tabTo(page, /Next in queue/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/review/reports/${second}`));
    await settled(page);
    // The next report's heading has the focus.
    await waitInPage(page, `document.activeElement?.tagName === 'H1' && document.activeElement.textContent.includes('Brazil')`);
    const accepted = await t.http.get(reportPath(cycle.id, 'FRA', cycle.scope[0])).set(bearer(secretariat)).expect(200);
    expect(accepted.body).toMatchObject({ workflowState: 'accepted', secretariatAssessment: { status: 'in_progress', note: 'Assessed with the keyboard.' } });
    await context.close();
  });

  it('shows one recommendation across States side by side, filters by regional group, and exports it', async () => {
    const cycle: OpenCycle = await openCycle(t.http, secretariat, { name: 'Across States cycle' });
    // scope[0] (para. 6) is addressed to UN entities, not States: the figures leave it out.
    const rec = cycle.scope[1];
    const ken = await submitWithFile(t.http, fps.KEN, cycle.id, rec);
    await t.http.post(`/api/reports/${ken}/review`).set(bearer(secretariat)).send({ decision: 'accept', assessment: { status: 'in_progress' } }).expect(200);
    await submitReport(t.http, fps.AUT, cycle.id, rec, { narrative: { en: 'The Criminal Code was amended in 2024.' }, implementationStatus: 'fully_implemented' });

    const { context, page, problems } = await secretariatPage();
    await page.goto(`${t.baseUrl}/review/cycles/${cycle.id}/recommendations/${rec}`);
    await settled(page);
    const rows = `document.querySelectorAll('[data-testid="across-states"] tbody tr').length`;
    expect(await inPage<number>(page, rows)).toBe(2);
    const table = await text(page, '[data-testid="across-states"] tbody');
    expect(table).toContain('Kenya');
    expect(table).toContain('Austria');
    expect(table).toContain('The Criminal Code was amended in 2024.');
    expect(await text(page, '[data-testid="across-states"] tr[data-state="KEN"] td:nth-child(6)')).toBe('1');
    expect(await text(page, '[data-testid="across-states"] tr[data-state="KEN"]')).toContain('Accepted');
    expect(await text(page, '[data-testid="across-states"] tr[data-state="AUT"]')).toContain('Submitted');
    await checkPage(page, 'review-across-en', problems);

    await page.goto(`${t.baseUrl}/review/cycles/${cycle.id}/recommendations/${rec}?group=WEOG`);
    await settled(page);
    expect(await inPage<number>(page, rows)).toBe(1);
    expect(await text(page, '[data-testid="across-states"] tbody')).toContain('Austria');

    for (const [button, check] of [
      ['CSV', (b: Buffer) => expect(b.toString('utf8')).toContain('KEN')],
      ['PDF', (b: Buffer) => expect(b.subarray(0, 5).toString()).toBe('%PDF-')],
      ['Excel', (b: Buffer) => expect(b.subarray(0, 2).toString()).toBe('PK')],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
      const file = path.join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      check(readFileSync(file));
    }

    // From a row to the review of that State's report.
    await page.getByRole('link', { name: 'Austria' }).click();
    await page.waitForURL(/\/review\/reports\//);
    await settled(page);
    await page.getByRole('heading', { level: 1, name: /Austria/ }).waitFor();

    await page.goto(`${t.baseUrl}/review/cycles/${cycle.id}/recommendations/${rec}`);
    await settled(page);
    await chooseLanguage(page, 'العربية');
    await settled(page);
    await checkPage(page, 'review-across-ar', problems);
    await context.close();
  });
});
