import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { expect } from '@jest/globals';
import { ADMIN, startTestApp, type TestApp } from '../support/test-app.js';
import { axeViolations, describeViolations, screenshot, settled, waitInPage, type PageProblems } from '../support/browser.js';

export { ADMIN };

/** The real API (real PostgreSQL, real SMTP sink) listening on a port, serving the built web app at `/`. */
export async function startWebApp(): Promise<TestApp & { baseUrl: string }> {
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
  await page.locator('header').getByRole('textbox').or(page.locator('header input[aria-haspopup="listbox"]')).first().click();
  await page.getByRole('option', { name: nativeName }).click();
  await waitInPage(page, `document.querySelector('header input')?.value === ${JSON.stringify(nativeName)}`);
}
