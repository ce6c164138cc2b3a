import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, inPage, newContext, screenshot, settled, waitInPage, watchProblems } from '../support/browser.js';
import { bearer, type Http } from '../support/test-app.js';
import { openCycle, person, reportPath, review, saveReport, submitReport, type OpenCycle, type Person } from './seed.js';
import { checkPage, signIn, webSuite, type WebApp } from './web-support.js';

/**
 * The focal point's answer page in a real Chromium against the real API: answering with the keyboard only and the
 * autosave (saving → saved, kept across a reload), another focal point's save meanwhile (412 → both versions → merged
 * field by field), unsaved input kept across a reload while the server cannot be reached, evidence files (checked
 * before upload, sent with progress, removed), and a returned answer edited and submitted again in Arabic.
 */
jest.setTimeout(180_000);

type FocalPoint = Person & { user: { stateCode: string | null } };

/** Presses Tab (or Shift+Tab) until the focused element's label or text matches, as a keyboard user moves through a page. */
async function tabTo(page: Page, name: RegExp, limit = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    const focused = await inPage<string>(
      page,
      `(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return '';
        const byId = el.id ? document.querySelector('label[for="' + el.id + '"]')?.textContent : '';
        const labelled = el.getAttribute('aria-label') ?? byId ?? '';
        return (labelled + ' ' + (el.innerText ?? '')).trim();
      })()`,
    );
    if (name.test(focused)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

const saveState = (page: Page) => inPage<string>(page, `document.querySelector('[data-testid="save-state"]')?.textContent ?? ''`);

/** Waits for the save indicator to read `text` (a regular expression source). */
async function waitForSaveState(page: Page, pattern: RegExp, timeoutMs = 15_000): Promise<void> {
  await waitInPage(page, `${pattern.toString()}.test(document.querySelector('[data-testid="save-state"]')?.textContent ?? '')`, timeoutMs);
}

async function currentReport(http: Http, who: FocalPoint, cycleId: string, recommendationId: string) {
  const res = await http.get(reportPath(cycleId, who.user.stateCode!, recommendationId)).set(bearer(who)).expect(200);
  return res.body as { workflowState: string; narrative: Record<string, string>; challenges: string | null; implementationStatus: string | null; measures: { type: string; description: string }[]; files: { fileName: string }[]; submissions: number; version: number };
}

const answerUrl = (t: WebApp, cycleId: string, recommendationId: string) => `${t.baseUrl}/workspace/cycles/${cycleId}/recommendations/${recommendationId}`;

/** A small, real PDF (the server checks the bytes). */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describeInBrowser('web app: the focal point answers one recommendation', () => {
  let t: WebApp;
  let browser: Browser;
  let cycle: OpenCycle;
  let fp: FocalPoint;

  const suite = webSuite();
  beforeAll(async () => {
    ({ t, browser } = suite);
    const secretariat = await person(t.http, 'secretariat');
    cycle = await openCycle(t.http, secretariat, { name: 'Answer page cycle' });
    expect(cycle.scope.length).toBeGreaterThan(5);
    fp = (await person(t.http, 'focal_point', { stateCode: 'KEN' })) as FocalPoint;
  });

  it('answers with the keyboard only; autosave goes saving → saved and the answer is there after a reload', async () => {
    const recommendationId = cycle.scope[0];
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, fp.email, fp.password);
    await page.goto(answerUrl(t, cycle.id, recommendationId));
    await settled(page);
    await checkPage(page, 'answer-en', problems);
    expect(await saveState(page)).toBe('Not saved yet');

    // Status: the radio group is entered with Tab ("No information" is checked) and moved in with the arrows.
    await tabTo(page, /^No information/);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await inPage(page, `document.activeElement.value`)).toBe('in_progress');
    await tabTo(page, /Narrative \(English\)/);
    await page.keyboard.type('The 2024 action plan is being implemented by the national rapporteur.');
    await waitForSaveState(page, /^Saving…$/, 3_000);
    await waitForSaveState(page, /^Saved \d\d:\d\d/);
    let saved = await currentReport(t.http, fp, cycle.id, recommendationId);
    expect(saved.implementationStatus).toBe('in_progress');
    expect(saved.narrative.en).toBe('The 2024 action plan is being implemented by the national rapporteur.');

    await page.reload();
    await settled(page);
    expect(await page.getByLabel('Narrative (English)').inputValue()).toBe('The 2024 action plan is being implemented by the national rapporteur.');
    expect(await saveState(page)).toMatch(/^Saved \d\d:\d\d/);

    // A measure: Enter on "Add a measure", the type with the arrows of a native select, the description typed.
    await tabTo(page, /^Add a measure$/);
    await page.keyboard.press('Enter');
    // The new row is above the button: back to its type with Shift+Tab.
    await tabTo(page, /Type of measure 1/, 10, 'Shift+Tab');
    await page.keyboard.press('ArrowDown'); // legislation
    await page.keyboard.press('Tab');
    await page.keyboard.type('Amendment of the penal code (2024)');
    await waitForSaveState(page, /^Saved \d\d:\d\d/);
    await tabTo(page, /^Submit this answer$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter'); // the confirm button has the focus
    await page.getByText('Answer submitted.').waitFor();
    await page.getByTestId('read-only').waitFor();
    saved = await currentReport(t.http, fp, cycle.id, recommendationId);
    expect(saved.workflowState).toBe('submitted');
    expect(saved.measures).toEqual([{ type: 'legislation', description: 'Amendment of the penal code (2024)' }]);
    await checkPage(page, 'answer-submitted-en', problems);
    await context.close();
  });

  it('another focal point of the State saved meanwhile: both versions side by side, merged field by field, then saved', async () => {
    const recommendationId = cycle.scope[1];
    await saveReport(t.http, fp, cycle.id, recommendationId, { implementationStatus: 'planned', narrative: { en: 'Original text.' } });
    const colleague = (await person(t.http, 'focal_point', { stateCode: 'KEN', name: 'Second focal point' })) as FocalPoint;

    const context = await newContext(browser, { width: 360, height: 800 });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, fp.email, fp.password);
    await page.goto(answerUrl(t, cycle.id, recommendationId));
    await settled(page);
    await screenshot(page, 'answer-360-en');

    // The colleague saves through the API while the page is open …
    await saveReport(t.http, colleague, cycle.id, recommendationId, { narrative: { en: 'Their text.' }, challenges: 'Their challenges.' });
    // … then this person types: the save meets a newer version (412).
    await page.getByLabel('Narrative (English)').fill('My text, typed over the original.');
    await page.getByTestId('conflict').waitFor();
    expect(await saveState(page)).toBe('Not saved: compare the two versions');
    const fields = await inPage<string[]>(page, `[...document.querySelectorAll('[data-conflict-field]')].map((e) => e.dataset.conflictField)`);
    expect(fields).toEqual(['narrative.en', 'challenges']);
    await checkPage(page, 'answer-conflict-360-en', problems);

    // Mine for the narrative (the default), theirs for the challenges.
    await page.locator('[data-conflict-field="challenges"]').getByLabel('Theirs').check();
    await page.getByRole('button', { name: 'Save with these choices' }).click();
    await waitForSaveState(page, /^Saved \d\d:\d\d/);
    const merged = await currentReport(t.http, fp, cycle.id, recommendationId);
    expect(merged.narrative).toEqual({ en: 'My text, typed over the original.' });
    expect(merged.challenges).toBe('Their challenges.');
    expect(merged.implementationStatus).toBe('planned');
    expect(await page.getByLabel('Challenges').inputValue()).toBe('Their challenges.');
    expect(await inPage(page, `Object.keys(localStorage).filter((k) => k.startsWith('wg4.answer.')).length`)).toBe(0);
    await context.close();
  });

  it('keeps unsaved input across a reload while saves fail, restores it with a notice, and saves it once it can', async () => {
    const recommendationId = cycle.scope[2];
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, fp.email, fp.password);
    await page.goto(answerUrl(t, cycle.id, recommendationId));
    await settled(page);

    let blocked = 0;
    await page.route(/\/api\/cycles\/[^/]+\/states\/[^/]+\/reports\/[^/]+$/, (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      blocked++;
      return route.abort('connectionfailed');
    });
    await page.getByLabel('Narrative (English)').fill('Typed while the connection is down.');
    await waitForSaveState(page, /^Not saved — retry$/);
    expect(blocked).toBeGreaterThan(0);

    // The page's last save as it unloads (fetch keepalive) outlives the page, and so escapes page.route (and the
    // emulated offline mode): it is made to fail here too, as it would with the connection down.
    await page.evaluate(`(() => {
      const fetch = window.fetch.bind(window);
      window.fetch = (input, init) => (init && init.keepalive ? Promise.reject(new TypeError('offline')) : fetch(input, init));
    })()`);
    await page.reload();
    await settled(page);
    await page.getByTestId('restored').waitFor();
    expect(await page.getByLabel('Narrative (English)').inputValue()).toBe('Typed while the connection is down.');
    expect((await currentReport(t.http, fp, cycle.id, recommendationId)).narrative).toEqual({});
    await checkPage(page, 'answer-restored-en', problems);

    await page.unroute(/\/api\/cycles\/[^/]+\/states\/[^/]+\/reports\/[^/]+$/);
    await page.getByRole('button', { name: 'Retry' }).first().click();
    await waitForSaveState(page, /^Saved \d\d:\d\d/);
    expect((await currentReport(t.http, fp, cycle.id, recommendationId)).narrative).toEqual({ en: 'Typed while the connection is down.' });
    expect(await inPage(page, `Object.keys(localStorage).filter((k) => k.startsWith('wg4.answer.')).length`)).toBe(0);
    await context.close();
  });

  it('uploads a PDF with progress, refuses a too large or wrong file before sending it, and removes a file from the draft', async () => {
    const recommendationId = cycle.scope[3];
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, fp.email, fp.password);
    await page.goto(answerUrl(t, cycle.id, recommendationId));
    await settled(page);
    let uploads = 0;
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/evidence')) uploads++;
    });
    const input = page.locator('input[type="file"]');

    // 10 MB + 1 byte, made in the page (sending it through the DevTools protocol is slow).
    await page.evaluate(`(() => {
      const input = document.querySelector('input[type="file"]');
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'too-big.pdf', { type: 'application/pdf' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    })()`);
    await page.getByText('too-big.pdf was not sent').waitFor();
    await input.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('plain text') });
    await page.getByText('notes.txt was not sent').waitFor();
    expect(uploads).toBe(0);

    // The first file of a report not saved yet: the draft is created first, then the file is sent.
    await input.setInputFiles({ name: 'national-action-plan.pdf', mimeType: 'application/pdf', buffer: PDF });
    await page.getByText('national-action-plan.pdf attached.').waitFor();
    expect(uploads).toBe(1);
    expect((await currentReport(t.http, fp, cycle.id, recommendationId)).files.map((f) => f.fileName)).toEqual(['national-action-plan.pdf']);
    await checkPage(page, 'answer-evidence-en', problems);

    // Typing after the upload saves over the upload's new version (no 412).
    await page.getByLabel('Narrative (English)').fill('The plan is attached.');
    await waitForSaveState(page, /^Saved \d\d:\d\d/);

    await page.getByRole('button', { name: 'Remove national-action-plan.pdf' }).click();
    await page.getByText('national-action-plan.pdf removed.').waitFor();
    const after = await currentReport(t.http, fp, cycle.id, recommendationId);
    expect(after.files).toEqual([]);
    expect(after.narrative).toEqual({ en: 'The plan is attached.' });
    await context.close();
  });

  it('shows a returned answer with the secretariat’s comment, edited and submitted again, in Arabic', async () => {
    const recommendationId = cycle.scope[4];
    const secretariat = await person(t.http, 'secretariat');
    const arabic = (await person(t.http, 'focal_point', { stateCode: 'KEN', language: 'ar' })) as FocalPoint;
    const reportId = await submitReport(t.http, arabic, cycle.id, recommendationId);
    await review(t.http, secretariat, reportId, 'start_review');
    await review(t.http, secretariat, reportId, 'return', { comment: 'Please give the date the law entered into force.' });

    const context = await newContext(browser, { locale: 'ar' });
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, arabic.email, arabic.password);
    await page.goto(answerUrl(t, cycle.id, recommendationId));
    await settled(page);
    expect(await inPage(page, `document.documentElement.dir`)).toBe('rtl');
    expect(await page.getByTestId('return-comment').innerText()).toContain('Please give the date the law entered into force.');
    await checkPage(page, 'answer-returned-ar', problems);

    await page.getByLabel('العرض (العربية)').fill('دخل القانون حيز النفاذ في 1 آذار/مارس 2024.');
    await waitForSaveState(page, /^حُفظ في /);
    expect((await currentReport(t.http, arabic, cycle.id, recommendationId)).workflowState).toBe('draft');
    await page.getByRole('button', { name: 'التقديم من جديد' }).click();
    await page.getByRole('dialog').waitFor();
    await page.getByRole('button', { name: 'تقديم', exact: true }).click();
    await page.getByText('قُدّم الرد.').waitFor();
    const resubmitted = await currentReport(t.http, arabic, cycle.id, recommendationId);
    expect(resubmitted.workflowState).toBe('submitted');
    expect(resubmitted.submissions).toBe(2);
    expect(resubmitted.narrative.ar).toBe('دخل القانون حيز النفاذ في 1 آذار/مارس 2024.');
    await checkPage(page, 'answer-resubmitted-ar', problems);
    await context.close();
  });
});
