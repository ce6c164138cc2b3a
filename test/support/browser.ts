import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Browser tests drive Debian's Chromium through playwright-core (no browser download works here). In CI a missing
 * browser fails the run; on a developer's machine the browser specs are skipped with a message saying how to get it.
 */
const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];
export const CHROMIUM_PATH = CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;

const INSTALL_HINT = 'install it with `sudo apt-get install chromium fonts-noto-core fonts-noto-cjk` (or set CHROMIUM_PATH)';

if (!CHROMIUM_PATH && process.env.CI) {
  throw new Error(`CI: no Chromium found (${CANDIDATES.join(', ')}); the browser tests must run in CI — ${INSTALL_HINT}`);
}

/** `describe` when a browser is there, else a skipped block with a clear warning (never in CI: see above). */
export const describeInBrowser: typeof describe = CHROMIUM_PATH
  ? describe
  : (((name: string, fn: () => void) => {
      console.warn(`\n  ⚠  Browser tests NOT run (“${name}”): no Chromium found — ${INSTALL_HINT}.\n`);
      describe.skip(name, fn);
    }) as typeof describe);

export const WEB_DIST_INDEX = path.resolve('apps/web/dist/index.html');

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(WEB_DIST_INDEX)) throw new Error(`the web app is not built (${WEB_DIST_INDEX}); npm run build`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH!,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export interface PageProblems {
  /** Console errors and CSP violations seen on the page: a test fails on any. */
  errors: string[];
}

/** A fresh browser profile (cookies, storage) with English or another language preferred, collecting page errors. */
export async function newContext(browser: Browser, options: { locale?: string; width?: number; height?: number } = {}): Promise<BrowserContext> {
  return browser.newContext({
    locale: options.locale ?? 'en-GB',
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
    timezoneId: 'Europe/Vienna',
  });
}

export function watchProblems(page: Page): PageProblems {
  const problems: PageProblems = { errors: [] };
  if (process.env.BROWSER_DEBUG) {
    page.on('request', (r) => console.log('→', r.method(), r.url()));
    page.on('requestfinished', (r) => console.log('✓', r.url()));
    page.on('requestfailed', (r) => console.log('✗', r.url(), r.failure()?.errorText));
  }
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // A failed request (a 4xx a test provokes on purpose) logs "Failed to load resource"; those are expected.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.errors.push(`console: ${message.text()}`);
  });
  return problems;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is now (evaluated through the DevTools protocol, so the page's CSP stays on). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  // A string runs in the page (the test program has no DOM types).
  const violations = (await page.evaluate(`axe
    .run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
    .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`)) as AxeViolation[];
  return violations;
}

/** Readable form of violations for a failing expectation. */
export const describeViolations = (violations: AxeViolation[]) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `   ${n.target.join(' ')} — ${n.failureSummary ?? ''}`).join('\n')}`).join('\n');

export const SCREENSHOT_DIR = path.resolve('test-output/screenshots');

/** Writes a full-page screenshot under test-output/screenshots (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Evaluates an expression in the page (a string: the test program has no DOM types). */
export const inPage = <T>(page: Page, expression: string): Promise<T> => page.evaluate(expression) as Promise<T>;

/** Polls an expression in the page until it is truthy (waitForFunction would need 'unsafe-eval' under the app's CSP). */
export async function waitInPage(page: Page, expression: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting in the page for: ${expression}`);
    await page.waitForTimeout(100);
  }
}

/** Waits until no loader is shown and fonts are ready (for stable screenshots and axe runs). */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await waitInPage(page, `!document.querySelector('.mantine-Loader-root')`);
  await page.evaluate(`document.fonts.ready.then(() => undefined)`);
}
