import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { ADMIN, login, startTestApp, type TestApp } from '../support/test-app.js';
import { axeViolations, describeViolations, launchBrowser, screenshot, settled, waitInPage, type PageProblems } from '../support/browser.js';

export { ADMIN };

export type WebApp = TestApp & { baseUrl: string };

/** The real API (real PostgreSQL, real SMTP sink) listening on a port, serving the built web app at `/`. */
export async function startWebApp(): Promise<WebApp> {
  const t = await startTestApp();
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return Object.assign(t, { baseUrl: `http://127.0.0.1:${port}` });
}

/** Signs in through the form, as a person would. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.locator('input[type="email"]').fill(email);
  await page.locator('input[type="password"]').fill(password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  await settled(page);
}

/** axe-core reports no WCAG 2.1 AA violation, and the page logged no error; a screenshot is kept either way. */
export async function checkPage(page: Page, name: string, problems: PageProblems): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  const violations = await axeViolations(page);
  expect(describeViolations(violations)).toBe('');
  expect(problems.errors).toEqual([]);
}

export async function chooseLanguage(page: Page, nativeName: string): Promise<void> {
  await page.locator('header select').selectOption({ label: nativeName });
  await waitInPage(page, `document.querySelector('header select')?.selectedOptions[0]?.text === ${JSON.stringify(nativeName)}`);
}

/**
 * The hooks of a browser spec file: one app and one browser for the file, and the admin back in English before each
 * test (a test that switched the language and failed must not leave the next one in Arabic).
 */
export function webSuite(): { readonly t: WebApp; readonly browser: Browser } {
  const suite = {} as { t: WebApp; browser: Browser };
  beforeAll(async () => {
    suite.t = await startWebApp();
    suite.browser = await launchBrowser();
  }, 120_000);
  beforeEach(async () => {
    const admin = await login(suite.t.http, ADMIN.email, ADMIN.password);
    await suite.t.http.patch('/api/auth/me').set('Authorization', `Bearer ${admin.accessToken}`).send({ language: 'en' }).expect(200);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.t?.close();
  });
  return suite;
}
