import { beforeAll, beforeEach, expect, it, jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { extractPdfText, parseCsv, readXlsx } from '../support/export-readers.js';
import { describeInBrowser, inPage, newContext, screenshot, settled, waitInPage, watchProblems } from '../support/browser.js';
import { bearer, login } from '../support/test-app.js';
import { openCycle, person, review, submitReport, type OpenCycle, type Person } from './seed.js';
import { checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';

/**
 * The secretariat's dashboard and follow-up pages in a real Chromium against the real API, PostgreSQL and SMTP sink:
 * the figures after two States submit and one is accepted (and as of before the acceptance), the counting toggle,
 * the exports opened as their readers would, and reminders (preview, send to one chosen State, the minimum interval).
 */
// The machine these run on is shared (a chart's first drawing took seconds under load): generous page timeouts.
jest.setTimeout(400_000);
const PAGE_TIMEOUT = 90_000;

describeInBrowser('web app: the secretariat dashboard, follow-up and reminders', () => {
  let t: WebApp;
  let browser: Browser;
  let sec: Person;
  let fra: Person;
  let cycle: OpenCycle;
  /** A moment after both submissions and before the acceptance. */
  let beforeAcceptance: string;

  const suite = webSuite();
  beforeEach(async () => {
    // A test that failed in Arabic must not leave the next one in Arabic.
    if (sec) await t.http.patch('/api/auth/me').set(bearer(await login(t.http, sec.email, sec.password))).send({ language: 'en' }).expect(200);
  });
  beforeAll(async () => {
    ({ t, browser } = suite);
    sec = await person(t.http, 'secretariat');
    const ken = await person(t.http, 'focal_point', { stateCode: 'KEN', name: 'Wanjiru Kamau' });
    fra = await person(t.http, 'focal_point', { stateCode: 'FRA', name: 'Claire Dubois', language: 'fr' });
    cycle = await openCycle(t.http, sec, { name: 'Cycle 2026 for the 13th meeting' });
    const kenReport = await submitReport(t.http, ken, cycle.id, cycle.scope[0], { assistanceNeeded: true, assistanceType: 'training', assistanceDetails: 'Training of labour inspectors.' });
    await submitReport(t.http, fra, cycle.id, cycle.scope[0], { implementationStatus: 'fully_implemented' });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    beforeAcceptance = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await review(t.http, sec, kenReport, 'start_review');
    await review(t.http, sec, kenReport, 'accept', { assessment: { status: 'in_progress' } });
  });

  const figure = (page: Page, key: string) => inPage<string>(page, `document.querySelector('[data-testid="figure-${key}"] > :last-child')?.textContent ?? ''`);
  const waitFigure = (page: Page, key: string, value: string) => waitInPage(page, `document.querySelector('[data-testid="figure-${key}"] > :last-child')?.textContent === ${JSON.stringify(value)}`, PAGE_TIMEOUT);
  const rowText = (page: Page, section: string, header: string) =>
    inPage<string>(page, `[...document.querySelectorAll('[data-testid="${section}"] tbody tr')].find((tr) => tr.querySelector('th')?.textContent === ${JSON.stringify(header)})?.innerText ?? ''`);

  /** Brings each chart's block into view and waits for it to be drawn (charts are drawn when they come into view). */
  const drawCharts = async (page: Page) => {
    const count = await inPage<number>(page, `document.querySelectorAll('[data-chart]').length`);
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) {
      await page.evaluate(`document.querySelectorAll('[data-chart]')[${i}].scrollIntoView({ block: 'center' })`);
      await waitInPage(page, `document.querySelectorAll('[data-chart]')[${i}].querySelector('.recharts-wrapper') !== null`, PAGE_TIMEOUT);
    }
    await page.evaluate('window.scrollTo(0, 0)');
  };

  it('shows the figures after two States submit and one is accepted, as of before the acceptance, and with submitted reports', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, sec.email, sec.password);
    await page.goto(`${t.baseUrl}/review?cycle=${cycle.id}`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard' }).waitFor();
    await waitFigure(page, 'reporting', '1');
    expect(await figure(page, 'late')).toBe('0');
    expect(await figure(page, 'onTime')).toBe('1');
    const expected = Number((await figure(page, 'expected')).replace(/\D/g, ''));
    expect(expected).toBeGreaterThan(100);
    expect(Number((await figure(page, 'none')).replace(/\D/g, ''))).toBe(expected - 1);
    expect(await inPage<string>(page, `document.querySelector('[data-testid="as-of"]').textContent`)).toMatch(/^Figures as of .+ UTC · Accepted reports only$/);
    // Accepted only: KEN's "in progress"; "No information" apart, below the table.
    expect(await rowText(page, 'statuses', 'In progress')).toMatch(/^In progress\s+1\s+100%$/);
    expect(await rowText(page, 'statuses', 'Fully implemented')).toMatch(/\s0\s/);
    expect(await inPage<string>(page, `document.querySelector('[data-testid="no-information"]').textContent`)).toMatch(/^No information .*: [\d,]+$/);
    expect(await rowText(page, 'regions', 'African States')).toMatch(/\s1\s/);
    expect(await rowText(page, 'assistance', 'Training')).toMatch(/Training\s+1/);
    // The charts come lazily, as they scroll into view, hidden from assistive technology: the tables carry the figures.
    await drawCharts(page);
    await checkPage(page, 'dashboard-en', problems);

    // With submitted reports: FRA's pending answer counts too.
    await page.getByRole('switch', { name: /Include submitted reports/ }).check();
    await waitFigure(page, 'reporting', '2');
    expect(page.url()).toContain('includeSubmitted=true');
    expect(await rowText(page, 'statuses', 'Fully implemented')).toMatch(/Fully implemented\s+1\s+50%/);
    await page.getByRole('switch', { name: /Include submitted reports/ }).uncheck();
    await waitFigure(page, 'reporting', '1');

    // As of before the acceptance: nothing accepted yet (the earlier figures), and the moment is said.
    await page.goto(`${t.baseUrl}/review?cycle=${cycle.id}&asOf=${encodeURIComponent(beforeAcceptance)}`);
    await waitFigure(page, 'reporting', '0');
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(beforeAcceptance));
    expect(await inPage<string>(page, `document.querySelector('[data-testid="as-of"]').textContent`)).toContain(`Figures as of ${when} UTC`);
    expect(await inPage<string>(page, `document.querySelector('input[type="datetime-local"]').value`)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await page.getByRole('switch', { name: /Include submitted reports/ }).check();
    await waitFigure(page, 'reporting', '2');
    await page.getByRole('button', { name: 'Back to now' }).click();
    await waitFigure(page, 'reporting', '2');
    expect(page.url()).not.toContain('asOf=');

    await chooseLanguage(page, 'العربية');
    await page.getByRole('heading', { level: 1, name: 'لوحة المتابعة' }).waitFor();
    expect(await inPage<string>(page, 'document.documentElement.dir')).toBe('rtl');
    await waitInPage(page, `document.querySelector('[data-chart] .recharts-wrapper') !== null`, PAGE_TIMEOUT);
    await checkPage(page, 'dashboard-ar', problems);
    // Theme names in Arabic, not English; under the regional groups, which States "Other / not assigned" stands for.
    await waitInPage(page, `(document.querySelector('[data-testid="unassigned-states"]')?.textContent ?? '').includes('الاتحاد الأوروبي')`, PAGE_TIMEOUT);
    const themes = await inPage<string>(page, `document.querySelector('[data-testid="themes"] tbody')?.innerText ?? ''`);
    expect(themes).toMatch(/[\u0600-\u06ff]{3}/);
    expect(themes).not.toMatch(/[A-Za-z]{3}/);
    await chooseLanguage(page, 'English');
    await context.close();

    // 360 px wide: no horizontal scrolling of the page itself (wide tables scroll in their own box).
    const narrow = await newContext(browser, { width: 360, height: 780 });
    const small = await narrow.newPage();
    small.setDefaultTimeout(PAGE_TIMEOUT);
    const smallProblems = watchProblems(small);
    await signIn(small, t.baseUrl, sec.email, sec.password);
    await small.goto(`${t.baseUrl}/review?cycle=${cycle.id}`);
    await waitFigure(small, 'reporting', '1');
    await settled(small);
    expect(await inPage<boolean>(small, 'document.documentElement.scrollWidth <= window.innerWidth + 1')).toBe(true);
    await checkPage(small, 'dashboard-360', smallProblems);
    await narrow.close();
  });

  it('downloads the overview (CSV, XLSX, PDF), the session document and the compilation, and they read back', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, sec.email, sec.password);
    await page.goto(`${t.baseUrl}/review?cycle=${cycle.id}`);
    await waitFigure(page, 'reporting', '1');
    const download = async (name: string) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      const saved = await file.path();
      return { name: file.suggestedFilename(), body: readFileSync(saved!) };
    };
    const xlsx = await download('Download Overview of the figures as XLSX');
    expect(xlsx.name).toMatch(/\.xlsx$/);
    const book = await readXlsx(xlsx.body);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
    expect(cells.join(' ')).toContain(cycle.name);
    const pdf = await download('Download Overview of the figures as PDF');
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(await extractPdfText(pdf.body)).toContain(cycle.name);
    const csv = await download('Download Overview of the figures as CSV');
    expect(parseCsv(csv.body).flat().join(' ')).toContain(cycle.name);
    const docx = await download('Download Session document as DOCX');
    expect(docx.name).toMatch(/\.docx$/);
    expect((await mammoth.extractRawText({ buffer: docx.body })).value).toMatch(/Kenya/);
    const compilation = await download('Download Compilation of recommendations as PDF');
    expect(compilation.body.subarray(0, 5).toString()).toBe('%PDF-');
    // In the interface language: the Arabic overview's PDF has the Arabic frame.
    await chooseLanguage(page, 'العربية');
    await page.getByRole('heading', { level: 1, name: 'لوحة المتابعة' }).waitFor();
    const arabic = await download('تنزيل لمحة عامة عن الأرقام بصيغة PDF');
    expect(await extractPdfText(arabic.body)).toMatch(/[\u0600-\u06FF]/);
    await chooseLanguage(page, 'English');
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('previews and sends a reminder to one chosen State, refuses a second within the interval, and shows when it went', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(PAGE_TIMEOUT);
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, sec.email, sec.password);
    await page.goto(`${t.baseUrl}/review?cycle=${cycle.id}`);
    await waitFigure(page, 'reporting', '1');
    await settled(page);
    await page.getByRole('link', { name: 'Non-reporting States and reminders' }).click();
    await page.waitForURL(/\/non-reporting$/);
    await page.getByRole('heading', { level: 1, name: `Non-reporting States: ${cycle.name}` }).waitFor();
    // KEN has an accepted report: not listed. FRA: awaiting review, its focal point, never reminded.
    await page.locator('tr[data-state="FRA"]').waitFor();
    expect(await page.locator('tr[data-state="KEN"]').count()).toBe(0);
    const fraRow = () => inPage<string>(page, `document.querySelector('tr[data-state="FRA"]').innerText`);
    expect(await fraRow()).toMatch(/Submitted, awaiting review: 1/i);
    expect(await fraRow()).toContain(`Claire Dubois · ${fra.email}`);
    expect(await fraRow()).toMatch(/Never$/);
    await checkPage(page, 'follow-up-en', problems);

    await page.getByRole('checkbox', { name: 'Select France' }).check();
    await page.getByRole('button', { name: 'Remind the selected States (1)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('reminder-message-fr').waitFor();
    expect(await dialog.getByTestId('reminder-recipients').innerText()).toContain(`Claire Dubois <${fra.email}> (fr)`);
    const message = await dialog.getByTestId('reminder-message-fr').innerText();
    expect(message).toContain(`Rappel : « ${cycle.name} » se termine le`);
    await checkPage(page, 'reminder-preview-en', problems);
    // Nothing was sent by the preview.
    expect(t.mail.mails.filter((m) => m.to.includes(fra.email) && /Rappel/.test(m.subject))).toHaveLength(0);
    await dialog.getByRole('button', { name: 'Send to 1 focal points' }).click();
    await dialog.getByTestId('reminder-result').waitFor();
    expect(await dialog.getByTestId('reminder-result').innerText()).toBe('Focal points reminded: 1 (States: FRA).');
    const mail = await t.mail.waitFor(fra.email, /Rappel/, 60_000);
    expect(mail.subject).toContain(cycle.name);
    expect(mail.text).toContain('Veuillez soumettre');
    await dialog.getByRole('button', { name: 'Close' }).last().click();
    await waitInPage(page, `!/Never$/.test(document.querySelector('tr[data-state="FRA"]').innerText)`, PAGE_TIMEOUT);
    expect(await fraRow()).toMatch(/UTC$/);

    // Again within the interval: FRA is skipped, said why and until when; nothing to send.
    await page.getByRole('checkbox', { name: 'Select France' }).check();
    await page.getByRole('button', { name: 'Remind the selected States (1)' }).click();
    await dialog.getByTestId('reminder-skipped').waitFor();
    expect(await dialog.getByTestId('reminder-skipped').innerText()).toMatch(/France \(FRA\): reminded on .+ UTC; again from .+ UTC/);
    expect(await dialog.getByRole('button', { name: 'Send to 0 focal points' }).isDisabled()).toBe(true);
    // The API refuses it too, if asked directly: skipped, no second mail.
    const direct = await t.http.post(`/api/cycles/${cycle.id}/reminders`).set(bearer(await login(t.http, sec.email, sec.password))).send({ states: ['FRA'] }).expect(200);
    expect(direct.body).toMatchObject({ reminded: 0, skipped: [{ code: 'FRA', skipped: 'recently_reminded' }] });
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await chooseLanguage(page, 'العربية');
    await page.locator('tr[data-state="FRA"]').waitFor();
    await checkPage(page, 'follow-up-ar', problems);
    await page.getByRole('button', { name: 'تذكير كل الدول التي لم تقدّم شيئًا' }).click();
    await page.getByRole('dialog').getByText('الرسالة بلغة كل مستلم').waitFor();
    await settled(page);
    await screenshot(page, 'reminder-preview-ar');
    await checkPage(page, 'reminder-preview-ar', problems);
    await chooseLanguage(page, 'English').catch(() => undefined);
    expect(t.mail.mails.filter((m) => m.to.includes(fra.email) && /Rappel/.test(m.subject))).toHaveLength(1);
    await context.close();
  });
});
