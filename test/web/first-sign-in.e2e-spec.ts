import { afterAll, beforeAll, expect, it, jest } from '@jest/globals';
import * as OTPAuth from 'otpauth';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { describeInBrowser, launchBrowser, newContext, settled, waitInPage, watchProblems } from '../support/browser.js';
import { ADMIN, checkPage, startWebApp } from './web-support.js';

const totp = (secret: string) => new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate();

jest.setTimeout(180_000);

/**
 * The first sign-in of an admin as `npm start` makes it: a temporary password that must be changed first, then
 * two-step sign-in that the role requires (MFA_REQUIRED_ROLES=admin) — QR code, first code, recovery codes — and
 * from then on the code step after the password.
 */
describeInBrowser('web app: first sign-in with a temporary password and required two-step sign-in', () => {
  let t: Awaited<ReturnType<typeof startWebApp>>;
  let browser: Browser;

  beforeAll(async () => {
    process.env.MFA_REQUIRED_ROLES = 'admin';
    try {
      t = await startWebApp();
    } finally {
      process.env.MFA_REQUIRED_ROLES = '';
    }
    // The state the bootstrap leaves the first admin in: a temporary password (the console printed it).
    const db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
    await db.query(`UPDATE users SET must_change_password = true, password_expires_at = now() + interval '72 hours' WHERE email = $1`, [ADMIN.email]);
    await db.end();
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('changes the temporary password, sets up two-step sign-in, then signs in with a code', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${t.baseUrl}/sign-in`);
    await page.locator('input[type="email"]').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();

    // 1. Nothing else until the temporary password is replaced.
    await page.waitForURL(/\/account\/password$/);
    await settled(page);
    expect(await page.getByRole('navigation').count()).toBe(0);
    await checkPage(page, 'first-sign-in-change-password-en', problems);
    await page.goto(`${t.baseUrl}/admin/users`);
    await page.waitForURL(/\/account\/password$/);
    await page.getByLabel('Current password', { exact: false }).first().fill(ADMIN.password);
    await page.getByLabel('New password', { exact: false }).first().fill('Quiet-Meadow-Compass-61');
    await page.getByLabel('Repeat the new password').fill('Quiet-Meadow-Compass-61');
    await page.getByRole('button', { name: 'Change the password' }).click();

    // 2. Then two-step sign-in, which the admin role requires.
    await page.waitForURL(/\/account\/two-step$/);
    await settled(page);
    await page.getByText('Two-step sign-in is required for your role').waitFor();
    await page.getByRole('button', { name: 'Set up two-step sign-in' }).click();
    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    // The QR code (an SVG data URL) is allowed by the page's CSP and actually renders.
    await waitInPage(page, `document.querySelector('img.qr-code')?.complete && document.querySelector('img.qr-code').naturalWidth > 0`);
    const secret = (await page.locator('pre, code').filter({ hasText: /^[A-Z2-7]{16,}$/ }).first().textContent())!.trim();
    await checkPage(page, 'first-sign-in-mfa-en', problems);
    await page.getByLabel('6-digit code').fill('000000');
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('The code is not correct.').first().waitFor();
    await page.getByLabel('6-digit code').fill(totp(secret));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    expect(await page.getByRole('list', { name: 'Your recovery codes' }).getByRole('listitem').count()).toBe(10);
    await checkPage(page, 'first-sign-in-recovery-codes-en', problems);
    await page.getByRole('button', { name: 'I have kept the codes' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page);
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Home', 'Accounts', 'Invite from a file', 'Audit trail', 'Notifications', 'My account']);

    // 3. From now on: password, then the code.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.locator('input[type="email"]').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Quiet-Meadow-Compass-61');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
    await checkPage(page, 'sign-in-mfa-step-en', problems);
    // The code may have been used to confirm the enrolment within the same 30 s: wait for the next one.
    await page.waitForTimeout(31_000 - (Date.now() % 30_000));
    await page.locator('input[autocomplete="one-time-code"]').fill(totp(secret));
    await page.getByRole('button', { name: 'Verify' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Welcome');
    await context.close();
  });
});
