import { beforeAll, expect, it, jest } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { describeInBrowser, inPage, newContext, screenshot, settled, watchProblems } from '../support/browser.js';
import { inviteAndAccept, login } from '../support/test-app.js';
import { linkToken } from '../support/smtp-sink.js';
import { ADMIN, checkPage, chooseLanguage, signIn, webSuite, type WebApp } from './web-support.js';

/**
 * The web application's foundation in a real Chromium against the real API: sign-in and sign-out, the session kept
 * across reloads by the cookie, the six languages (Arabic right-to-left), one's own account and sessions, the
 * invitation and forgot-password links, the error states — and axe-core on every page, in English and Arabic.
 */
jest.setTimeout(180_000);

describeInBrowser('web app: sign-in, languages, account', () => {
  let t: WebApp;
  let browser: Browser;

  const suite = webSuite();
  beforeAll(() => {
    ({ t, browser } = suite);
  });

  it('signs in, keeps the session across a reload (cookie), signs out', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);

    await page.goto(`${t.baseUrl}/admin/users`);
    await page.waitForURL(/\/sign-in/);
    expect(new URL(page.url()).searchParams.get('next')).toBe('/admin/users');
    await checkPage(page, 'sign-in-en', problems);

    // A wrong password is said in words, next to nothing written.
    await page.getByLabel('E-mail address').fill(ADMIN.email);
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password-at-all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The e-mail address or the password is not correct.');

    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin\/users$/);
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Accounts');

    // The access token lives in memory only; the reload signs in again through the HttpOnly cookie.
    expect(await inPage(page, 'document.cookie')).toBe('');
    expect(await inPage<string>(page, 'JSON.stringify({ ...localStorage, ...sessionStorage })')).not.toMatch(/eyJ/);
    await page.reload();
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Accounts');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${t.baseUrl}/`);
    await page.waitForURL(/\/sign-in/);
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('speaks the six UN languages: Arabic right-to-left, Chinese, and the choice is kept on the account', async () => {
    const context = await newContext(browser, { locale: 'fr-FR' });
    const page = await context.newPage();
    const problems = watchProblems(page);

    // Before sign-in the browser's language is used.
    await page.goto(`${t.baseUrl}/sign-in`);
    await settled(page);
    expect(await inPage(page, 'document.documentElement.lang')).toBe('fr');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion');

    await signIn(page, t.baseUrl, ADMIN.email, ADMIN.password);
    // The account says English (its stored language) unless chosen on this visit: French stays because it was not chosen by hand.
    await chooseLanguage(page, 'العربية');
    expect(await inPage(page, '[document.documentElement.lang, document.documentElement.dir]')).toEqual(['ar', 'rtl']);
    await checkPage(page, 'home-ar', problems);
    // Mirrored layout: the navigation is on the right.
    const nav = await page.getByRole('navigation').boundingBox();
    expect(nav!.x).toBeGreaterThan(600);

    // Stored on the account: a new browser profile (no local choice) signing in gets Arabic.
    const me = await login(t.http, ADMIN.email, ADMIN.password);
    const stored = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${me.accessToken}`);
    expect(stored.body.language).toBe('ar');
    const other = await newContext(browser, { locale: 'en-GB' });
    const otherPage = await other.newPage();
    await signIn(otherPage, t.baseUrl, ADMIN.email, ADMIN.password);
    expect(await inPage(otherPage, 'document.documentElement.dir')).toBe('rtl');
    await other.close();

    await chooseLanguage(page, '中文');
    expect(await inPage(page, 'document.documentElement.lang')).toBe('zh');
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('欢迎');
    await screenshot(page, 'home-zh');
    for (const [name, lang] of [['Русский', 'ru'], ['Español', 'es'], ['Français', 'fr'], ['English', 'en']] as const) {
      await chooseLanguage(page, name);
      expect(await inPage(page, 'document.documentElement.lang')).toBe(lang);
    }
    expect(problems.errors).toEqual([]);
    await context.close();
  });

  it('the invitation link: the person chooses a password, signs in, sees their own home and sessions', async () => {
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    const res = await t.http
      .post('/api/users')
      .set('Authorization', `Bearer ${admin.accessToken}`)
      .send({ email: 'fp.kenya@example.org', name: 'Wanjiru Kamau', role: 'focal_point', stateCode: 'KEN', language: 'en' });
    expect(res.status).toBe(201);
    const mail = await t.mail.waitFor('fp.kenya@example.org', /invited/);

    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${t.baseUrl}/invitation#token=${linkToken(mail)}`);
    await settled(page);
    // The token leaves the address bar at once (no history, no screenshots of it).
    expect(page.url()).not.toContain('token');
    await checkPage(page, 'invitation-en', problems);
    await page.getByLabel('New password', { exact: false }).first().fill('short');
    await page.getByLabel('Repeat the new password').fill('short');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await expect(page.getByText('Use at least 12 characters.').isVisible()).resolves.toBe(true);
    await page.getByLabel('New password', { exact: false }).first().fill('password1234');
    await page.getByLabel('Repeat the new password').fill('password1234');
    await page.getByRole('button', { name: 'Set the password' }).click();
    // The server's verdict (zxcvbn) is shown beside the field, in words.
    await page.getByText('This password is too easy to guess', { exact: false }).first().waitFor();

    await page.getByLabel('New password', { exact: false }).first().fill('Savanna-Lantern-Orbit-42');
    await page.getByLabel('Repeat the new password').fill('Savanna-Lantern-Orbit-42');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByText('Your password is set.').waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/sign-in\?email=/);
    expect(await page.getByLabel('E-mail address').inputValue()).toBe('fp.kenya@example.org');
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill('Savanna-Lantern-Orbit-42');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await settled(page);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Wanjiru Kamau');
    // Navigation from the permissions the server gave: a focal point sees the questionnaire, not accounts.
    const nav = page.getByRole('navigation');
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Home', 'Questionnaire', 'Notifications', 'My account']);
    await checkPage(page, 'home-focal-point-en', problems);

    await page.goto(`${t.baseUrl}/account`);
    await settled(page);
    await page.getByText('This device').waitFor();
    await checkPage(page, 'account-en', problems);
    await page.goto(`${t.baseUrl}/workspace`);
    await checkPage(page, 'workspace-home-en', problems);
    // An admin page answers "not for your role", never a broken page.
    await page.goto(`${t.baseUrl}/admin/users`);
    await page.getByText('Not available for your role').waitFor();
    await context.close();
  });

  it('forgot password: the mailed link sets a new password; the old one stops working', async () => {
    await inviteAndAccept(t.http, await login(t.http, ADMIN.email, ADMIN.password), { email: 'sec.one@example.org', name: 'Secretariat One', role: 'secretariat' }, 'Old-Password-Is-Long-17');
    const context = await newContext(browser);
    const page = await context.newPage();
    const problems = watchProblems(page);
    await page.goto(`${t.baseUrl}/sign-in`);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.waitForURL(/forgot-password/);
    await checkPage(page, 'forgot-password-en', problems);
    await page.getByLabel('E-mail address').fill('sec.one@example.org');
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('Check your e-mail').waitFor();
    const mail = await t.mail.waitFor('sec.one@example.org', /password/i);
    await page.goto(`${t.baseUrl}/reset-password#token=${linkToken(mail)}`);
    await page.getByLabel('New password', { exact: false }).first().fill('Fresh-Harbour-Candle-88');
    await page.getByLabel('Repeat the new password').fill('Fresh-Harbour-Candle-88');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByText('Your password is set.').waitFor();
    expect((await t.http.post('/api/auth/login').send({ email: 'sec.one@example.org', password: 'Old-Password-Is-Long-17' })).status).toBe(401);
    await signIn(page, t.baseUrl, 'sec.one@example.org', 'Fresh-Harbour-Candle-88');
    expect(await page.getByRole('navigation').getByRole('link').allTextContents()).toEqual(['Home', 'Dashboard', 'Review queue', 'Reporting cycles', 'Sessions', 'Recommendations', 'Import a report', 'Audit trail', 'Notifications', 'My account']);
    // Used once: the same link now says so, with a way to ask for a new one.
    await page.goto(`${t.baseUrl}/reset-password#token=${linkToken(mail)}`);
    await context.clearCookies();
    await page.getByLabel('New password', { exact: false }).first().fill('Another-Harbour-Candle-99');
    await page.getByLabel('Repeat the new password').fill('Another-Harbour-Candle-99');
    await page.getByRole('button', { name: 'Set the password' }).click();
    await page.getByText('This link no longer works', { exact: false }).waitFor();
    await context.close();
  });

  it('a lost connection or a 503 shows what happened and a retry, never a blank page', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, t.baseUrl, ADMIN.email, ADMIN.password);
    let fail = true;
    await page.route('**/api/users?*', (route) =>
      fail
        ? route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ type: 'urn:wg4:problem:database-unavailable', title: 'Service Unavailable', status: 503, detail: 'x', code: 'DATABASE_UNAVAILABLE', requestId: 'req-1234' }) })
        : route.continue(),
    );
    await page.goto(`${t.baseUrl}/admin/users`);
    await page.getByText('The database is not reachable. Try again in a moment.').waitFor({ timeout: 20_000 });
    expect(await page.getByText('req-1234').isVisible()).toBe(true);
    await screenshot(page, 'error-503-en');
    fail = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('table').waitFor();

    await page.route('**/api/audit?*', (route) => route.abort('internetdisconnected'));
    await page.goto(`${t.baseUrl}/admin/audit`);
    await page.getByText('No connection to the server.', { exact: false }).waitFor({ timeout: 20_000 });
    await context.close();
  });

  it('fits a 360 px phone and a 1920 px screen', async () => {
    for (const [width, name] of [
      [360, 'phone'],
      [1920, 'wide'],
    ] as const) {
      const context = await newContext(browser, { width, height: 800 });
      const page = await context.newPage();
      const problems = watchProblems(page);
      await signIn(page, t.baseUrl, ADMIN.email, ADMIN.password);
      await page.goto(`${t.baseUrl}/admin/users`);
      await settled(page);
      // Nothing wider than the screen but the tables' own scroll areas.
      const overflow = await inPage<number>(page, 'document.documentElement.scrollWidth - window.innerWidth');
      expect(overflow).toBeLessThanOrEqual(0);
      await checkPage(page, `users-${name}-en`, problems);
      await context.close();
    }
  });
});
