import { beforeAll, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { columnNumber } from '#workbook';
import { bearer } from '../support/test-app.js';
import { describeInBrowser, inPage, newContext, screenshot, settled, waitInPage, watchProblems } from '../support/browser.js';
import { checkPage, signIn, webSuite, type WebApp } from './web-support.js';
import { openCycle, person, reportPath, saveReport, type OpenCycle, type Person } from './seed.js';

/**
 * The offline questionnaire in a real Chromium against the real API: the workbook downloaded through the page, filled
 * with exceljs as an agency would, a bad workbook first (a formula, a value not in the list; then a file that is not
 * ours), then the good one previewed and applied, and the answers online. axe in English and Arabic, and at 360 px.
 */
jest.setTimeout(180_000);

describeInBrowser('web app: the offline questionnaire', () => {
  let t: WebApp;
  let browser: Browser;
  let fp: Person & { user: { stateCode: string | null } };
  let cycle: OpenCycle;
  const files = mkdtempSync(path.join(tmpdir(), 'wg4-offline-'));

  const suite = webSuite();
  beforeAll(async () => {
    ({ t, browser } = suite);
    const sec = await person(t.http, 'secretariat');
    fp = (await person(t.http, 'focal_point', { stateCode: 'KEN' })) as typeof fp;
    cycle = await openCycle(t.http, sec, { name: 'Reporting cycle 2026' });
    await saveReport(t.http, fp, cycle.id, cycle.scope[0], { implementationStatus: 'in_progress', narrative: { en: 'Drafted online.' } });
  });

  const text = (page: Page) => inPage<string>(page, 'document.body.innerText');
  const open = async (page: Page) => {
    await page.goto(`${t.baseUrl}/workspace/cycles/${cycle.id}/offline`);
    await settled(page);
  };
  const downloadWorkbook = async (page: Page): Promise<ExcelJS.Workbook> => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Excel workbook (.xlsx)' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^questionnaire-KEN-.*\.xlsx$/);
    const file = path.join(files, download.suggestedFilename());
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    return book;
  };
  const saveBook = async (book: ExcelJS.Workbook, name: string) => {
    const file = path.join(files, name);
    writeFileSync(file, Buffer.from(await book.xlsx.writeBuffer()));
    return file;
  };
  const cell = (book: ExcelJS.Workbook, row: number, c: Parameters<typeof columnNumber>[0]) => book.worksheets[1].getRow(row).getCell(columnNumber(c));
  const upload = async (page: Page, file: string) => {
    await page.locator('input[type="file"]').setInputFiles(file);
    await settled(page);
  };

  it('downloads the workbook through the page, refuses a bad one cell by cell, then previews and applies a good one', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, fp.email, fp.password);
    await open(page);
    expect(await text(page)).toContain('Reporting cycle 2026');
    await checkPage(page, 'offline-en', problems);

    const book = await downloadWorkbook(page);
    expect(book.worksheets[1].rowCount).toBe(cycle.scopeCount + 1);
    expect(cell(book, 2, 'narrative').value).toBe('Drafted online.');
    // The PDF and Word forms download too.
    for (const name of ['Printable form (PDF)', 'Printable form (Word)']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
      expect(download.suggestedFilename()).toMatch(/\.(pdf|docx)$/);
    }

    // A file that is not a workbook is refused before upload; one that is not ours by the API, in words.
    writeFileSync(path.join(files, 'answers.csv'), 'a,b\n');
    await upload(page, path.join(files, 'answers.csv'));
    expect(await text(page)).toContain('Choose an Excel workbook (.xlsx).');
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Questionnaire').addRow(['Reference', 'Status']);
    await upload(page, await saveBook(foreign, 'foreign.xlsx'));
    await waitInPage(page, `document.body.innerText.includes('This workbook was not downloaded from this questionnaire')`);

    // A bad workbook: a formula and a status not in the list; nothing can be saved.
    cell(book, 3, 'implementationStatus').value = 'Almost done';
    cell(book, 4, 'narrative').value = { formula: 'CONCATENATE("a","b")', result: 'ab' };
    cell(book, 5, 'implementationStatus').value = 'Planned';
    await upload(page, await saveBook(book, 'bad.xlsx'));
    await waitInPage(page, `document.querySelector('[data-testid="preview-rows"]') !== null`);
    const bad = await text(page);
    expect(bad).toContain('Cell D3: the value is not one of the cell');
    expect(bad).toContain('Cell E4: the cell holds a formula');
    expect(await page.getByRole('button', { name: /Save the answers/ }).isDisabled()).toBe(true);
    await checkPage(page, 'offline-bad-workbook-en', problems);

    // The good one: fixed, previewed (old → new), applied after the confirmation.
    cell(book, 2, 'narrative').value = 'Completed offline by the Ministry of Justice.';
    cell(book, 3, 'implementationStatus').value = 'Fully implemented';
    cell(book, 3, 'narrative').value = 'The law of 2025 criminalises all forms of trafficking.';
    cell(book, 4, 'narrative').value = 'A shelter programme is planned.';
    cell(book, 4, 'implementationStatus').value = 'Planned';
    await upload(page, await saveBook(book, 'good.xlsx'));
    await waitInPage(page, `document.body.innerText.includes('Answers to save at once: 4')`);
    expect(await text(page)).toContain('Drafted online. → Completed offline by the Ministry of Justice.');
    await page.getByRole('button', { name: 'Save the answers (4)' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Save them' }).click();
    await waitInPage(page, `document.querySelector('[data-testid="applied-rows"]') !== null`);
    const done = await text(page);
    expect(done).toContain('Answers saved as drafts: 4');
    expect(done).toContain('Fully implemented');
    await checkPage(page, 'offline-applied-en', problems);

    // Online now: the questionnaire's rows carry the answers.
    const rows = (await t.http.get(`/api/cycles/${cycle.id}/states/KEN/reports`).set(bearer(fp)).expect(200)).body.items as { recommendationId: string; implementationStatus: string | null; workflowState: string }[];
    expect(rows.slice(0, 4).map((r) => [r.implementationStatus, r.workflowState])).toEqual([
      ['in_progress', 'draft'],
      ['fully_implemented', 'draft'],
      ['planned', 'draft'],
      ['planned', 'draft'],
    ]);
    expect((await t.http.get(reportPath(cycle.id, 'KEN', cycle.scope[0])).set(bearer(fp)).expect(200)).body.narrative).toEqual({ en: 'Completed offline by the Ministry of Justice.' });

    // The same file again: its versions are old now, so the changed rows are conflicts, and nothing can be saved.
    await page.getByRole('button', { name: 'Upload another workbook' }).click();
    cell(book, 2, 'narrative').value = 'Yet another edit, from the old download.';
    await upload(page, await saveBook(book, 'stale.xlsx'));
    await waitInPage(page, `document.body.innerText.includes('Rows saved online after the download: 1')`);
    expect(await page.getByRole('button', { name: /Save the answers/ }).isDisabled()).toBe(true);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('is right to left in Arabic, with the lists in Arabic, and usable at 360 px', async () => {
    await t.http.patch('/api/auth/me').set(bearer(fp)).send({ language: 'ar' }).expect(200);
    const context = await newContext(browser, { locale: 'ar', width: 360, height: 800 });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, fp.email, fp.password);
    await open(page);
    expect(await inPage<string>(page, 'document.documentElement.dir')).toBe('rtl');
    expect(await text(page)).toContain('الاستبيان دون اتصال');
    await checkPage(page, 'offline-ar-360', problems);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'مصنف Excel (xlsx)' }).click()]);
    const file = path.join(files, 'ar.xlsx');
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(book.worksheets[1].views[0]).toMatchObject({ rightToLeft: true });
    expect(cell(book, 2, 'implementationStatus').value).toBe('قيد التنفيذ');
    cell(book, 5, 'implementationStatus').value = 'مُخطَّط له';
    cell(book, 6, 'challenges').value = { formula: '1+1', result: 2 };
    await page.locator('input[type="file"]').setInputFiles(await saveBook(book, 'ar-filled.xlsx'));
    await settled(page);
    await waitInPage(page, `document.querySelector('[data-testid="preview-rows"]') !== null`);
    expect(await text(page)).toContain('الخلية F6:');
    await checkPage(page, 'offline-preview-ar-360', problems);
    const wide = await context.newPage();
    await wide.setViewportSize({ width: 1280, height: 900 });
    await wide.goto(page.url());
    await settled(wide);
    await screenshot(wide, 'offline-ar');
    await context.close();
  });
});
