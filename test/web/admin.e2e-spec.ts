import { beforeAll, expect, it, jest } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, inPage, newContext, screenshot, settled, watchProblems } from '../support/browser.js';
import { ADMIN, checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';

/** Presses Tab until the focused element's text or label matches, as a keyboard user moves through a page. */
async function tabTo(page: Page, name: RegExp, limit = 60): Promise<void> {
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

/**
 * The admin console in a real Chromium against the real API and SMTP sink: the whole account journey with the
 * keyboard only, the bulk invitation from a spreadsheet (a bad row first), the audit trail and its CSV export.
 */
jest.setTimeout(180_000);

describeInBrowser('web app: the admin console', () => {
  let t: WebApp;
  let browser: Browser;
  const files = mkdtempSync(path.join(tmpdir(), 'wg4-bulk-'));

  const suite = webSuite();
  beforeAll(() => {
    ({ t, browser } = suite);
  });

  it('invites, edits, deactivates, reactivates and resets an account with the keyboard only', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${t.baseUrl}/sign-in`);
    await settled(page);
    await tabTo(page, /E-mail address/);
    await page.keyboard.type(ADMIN.email);
    await page.keyboard.press('Tab');
    await page.keyboard.type(ADMIN.password);
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page);

    await tabTo(page, /^Accounts$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/users/);
    await settled(page);
    await checkPage(page, 'users-en', problems);

    await tabTo(page, /Invite a person/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    // The e-mail field has the focus (data-autofocus).
    await page.keyboard.type('keyboard.person@example.org');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Keyboard Person');
    await page.keyboard.press('Tab'); // role: focal point by default
    await page.keyboard.press('Tab'); // the State picker
    await page.keyboard.type('Kenya');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await checkPage(page, 'users-invite-dialog-en', problems);
    await tabTo(page, /Send the invitation/);
    await page.keyboard.press('Enter');
    await page.getByText('Invitation sent to keyboard.person@example.org.').waitFor();
    const invitation = await t.mail.waitFor('keyboard.person@example.org', /invited/);
    expect(invitation.text).toContain('/invitation#token=');

    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await tabTo(page, /^Keyboard Person$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/admin\/users\/[0-9a-f-]{36}$/);
    await settled(page);
    await checkPage(page, 'user-en', problems);

    await tabTo(page, /^Deactivate$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter'); // the confirm button has the focus
    await page.getByText('The account is deactivated.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await tabTo(page, /^Reactivate$/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('The account is active again.').waitFor();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    t.mail.clear();
    await tabTo(page, /Send a new invitation/);
    await page.keyboard.press('Enter');
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Enter');
    await page.getByText('A new link was sent to keyboard.person@example.org.').waitFor();
    await t.mail.waitFor('keyboard.person@example.org');

    // Switching to Arabic keeps every page accessible (right-to-left).
    await chooseLanguage(page, 'العربية');
    await checkPage(page, 'user-ar', problems);
    await page.goto(`${t.baseUrl}/admin/users`);
    await checkPage(page, 'users-ar', problems);
    await page.goto(`${t.baseUrl}/account`);
    await checkPage(page, 'account-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();
  });

  it('invites focal points from a spreadsheet: every bad row is shown first, nothing written, then all at once', async () => {
    const bad = path.join(files, 'focal-points-bad.csv');
    writeFileSync(
      bad,
      ['email,name,state,language', 'ana.garcia@example.org,Ana García,Mexique,es', 'not-an-address,Bad Address,KEN,en', 'li.wei@example.org,Li Wei,Atlantis,zh', 'ana.garcia@example.org,Ana Again,MEX,es'].join('\n'),
    );
    const good = path.join(files, 'focal-points.csv');
    writeFileSync(good, ['email,name,state,language', 'ana.garcia@example.org,Ana García,Mexique,es', 'li.wei@example.org,Li Wei,中国,zh'].join('\n'));

    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, ADMIN.email, ADMIN.password);
    await page.goto(`${t.baseUrl}/admin/invitations`);
    await settled(page);
    await checkPage(page, 'bulk-invitation-en', problems);

    await page.locator('input[type="file"]').setInputFiles(bad);
    await page.getByText('Some rows need fixing').waitFor();
    const table = page.getByRole('table');
    expect(await table.getByText('The e-mail address is not valid.').count()).toBe(1);
    expect(await table.getByText('The State is not known', { exact: false }).count()).toBe(1);
    expect(await table.getByText('more than once in the file', { exact: false }).count()).toBeGreaterThanOrEqual(1);
    // "Mexique" (French) was recognised as Mexico.
    expect(await table.getByText('(MEX)', { exact: false }).count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('button', { name: /Invite \d+ focal point/ }).isDisabled()).toBe(true);
    await checkPage(page, 'bulk-invitation-problems-en', problems);
    const before = await t.http.post('/api/auth/login').send(ADMIN);
    const users = await t.http.get('/api/users?q=example.org&limit=100').set('Authorization', `Bearer ${before.body.accessToken}`);
    expect(users.body.items.map((u: { email: string }) => u.email)).not.toContain('ana.garcia@example.org');

    await page.locator('input[type="file"]').setInputFiles(good);
    await page.getByText('Every row is ready').waitFor();
    await page.getByRole('button', { name: 'Invite 2 focal points' }).click();
    await page.getByText('Invitations sent', { exact: true }).waitFor();
    await t.mail.waitFor('ana.garcia@example.org', /invited/);
    await t.mail.waitFor('li.wei@example.org', /invited/);
    await screenshot(page, 'bulk-invitation-done-en');

    // Arabic, right-to-left, the same journey's pages stay accessible.
    await chooseLanguage(page, 'العربية');
    await checkPage(page, 'bulk-invitation-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();
  });

  it('shows the audit trail with filters, and exports it as CSV', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await signIn(page, t.baseUrl, ADMIN.email, ADMIN.password);
    await page.goto(`${t.baseUrl}/admin/audit`);
    await settled(page);
    await checkPage(page, 'audit-en', problems);
    await page.getByLabel('Action', { exact: false }).first().fill('user.');
    await page.waitForURL(/action=user\./);
    await settled(page);
    const rows = page.getByRole('table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('table').textContent()).toContain(ADMIN.email);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
    const file = path.join(files, download.suggestedFilename());
    await download.saveAs(file);
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/action/i);
    expect(csv).toContain('user.invited');

    await chooseLanguage(page, 'العربية');
    await checkPage(page, 'audit-ar', problems);
    await chooseLanguage(page, 'English');
    await context.close();
  });
});
