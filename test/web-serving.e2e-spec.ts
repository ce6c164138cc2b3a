import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * Serving the web app (issue 14, item 7): WEB_DIST_DIR at `/` with an SPA fallback that never shadows /api,
 * immutable caching for hashed assets, no-cache for index.html, a self-only CSP; without a build, a small page.
 */
const HTML = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const INDEX =
  '<!doctype html><html lang="en"><head><meta name="csp-nonce" content="__CSP_NONCE__"><title>app</title><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="app"></div></body></html>';

/** The directives of a CSP header by name. */
const directives = (csp: string | undefined) => new Map((csp ?? '').split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

/**
 * Self only: scripts from this origin and nothing inline; style elements only with this answer's nonce; style
 * attributes allowed (they can neither select nor fetch); data: URIs only for images; nothing external anywhere.
 */
const expectSelfOnlyCsp = (csp: string | undefined, nonce?: string) => {
  const d = directives(csp);
  expect(d.get('default-src')).toEqual(["'self'"]);
  expect(d.get('script-src')).toEqual(["'self'"]);
  expect(d.get('frame-ancestors')).toEqual(["'none'"]);
  expect(d.get('object-src')).toEqual(["'none'"]);
  expect(d.get('style-src')).toEqual(nonce ? ["'self'", `'nonce-${nonce}'`] : ["'self'"]);
  expect(d.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  expect(d.get('img-src')).toEqual(["'self'", 'data:']);
  expect(csp).not.toMatch(/unsafe-eval|https?:|\*/);
};

/** index.html as served: the nonce of its meta tag is the one of the CSP header, new on every answer. */
const servedNonce = (html: string) => /<meta name="csp-nonce" content="([A-Za-z0-9+/=]{20,})">/.exec(html)?.[1];

const expectApiStillServed = async (t: TestApp) => {
  for (const url of ['/api/nope', '/api', '/API/nope', '/api/admin/users']) {
    const res = await t.http.get(url).set(HTML).expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  }
  const docs = await t.http.get('/api/docs').set(HTML);
  expect(docs.status).toBe(200);
  expect(docs.headers['content-type']).toMatch(/^text\/html/);
  expect(docs.text).toContain('swagger-ui');
  // Swagger UI keeps helmet's policy (its own script and styles), not the web app's.
  expect(docs.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
  await t.http.get('/api/health').expect(200);
};

describe('serving the web app from WEB_DIST_DIR', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = mkdtempSync(path.join(os.tmpdir(), 'wg4-web-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), INDEX);
    writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.log("app");\n');
    writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(dist, '.env'), 'SECRET=1');
    mkdirSync(path.join(dist, 'api'));
    writeFileSync(path.join(dist, 'api', 'nope'), 'shadow');
    process.env.WEB_DIST_DIR = dist;
    try {
      t = await startTestApp();
    } finally {
      delete process.env.WEB_DIST_DIR;
    }
  });
  afterAll(async () => {
    await t.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('serves index.html at / with a fresh style nonce, never stored, under a self-only CSP', async () => {
    const nonces = new Set<string>();
    for (const accept of [HTML, { Accept: '*/*' }]) {
      const res = await t.http.get('/').set(accept).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const nonce = servedNonce(res.text);
      expect(nonce).toBeDefined();
      nonces.add(nonce!);
      expect(res.text).toBe(INDEX.replace('__CSP_NONCE__', nonce!));
      // A stored or revalidated copy would carry an old nonce under a new header: no-store, no validators.
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['last-modified']).toBeUndefined();
      expect(res.headers.etag).toBeUndefined();
      expectSelfOnlyCsp(res.headers['content-security-policy'], nonce);
    }
    expect(nonces.size).toBe(2);
    const direct = await t.http.get('/index.html').expect(200);
    expect(direct.headers['cache-control']).toBe('no-store');
    expect(servedNonce(direct.text)).toBeDefined();
    await t.http.head('/admin/users').set(HTML).expect(200);
  });

  it('answers a deep link with index.html (SPA fallback) when the browser asks for HTML', async () => {
    const res = await t.http.get('/admin/users').set(HTML).expect(200);
    const nonce = servedNonce(res.text);
    expect(res.text).toBe(INDEX.replace('__CSP_NONCE__', nonce!));
    expect(res.headers['cache-control']).toBe('no-store');
    expectSelfOnlyCsp(res.headers['content-security-policy'], nonce);
    // Not for a client that does not ask for HTML, nor for other methods.
    await t.http.get('/admin/users').set('Accept', 'application/json').expect(404);
    await t.http.post('/admin/users').set(HTML).send({}).expect(404);
  });

  it('serves hashed assets with a year of immutable caching, other files with no-cache', async () => {
    const asset = await t.http.get('/assets/app-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.text).toContain('console.log');
    // Public files of the app: a stray cookie on the site does not turn their caching into /api's no-store.
    const withCookie = await t.http.get('/assets/app-abc123.js').set('Cookie', 'theme=dark').expect(200);
    expect(withCookie.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const icon = await t.http.get('/favicon.svg').expect(200);
    expect(icon.headers['cache-control']).toBe('no-cache');
    // A missing asset is 404, never the app page; dotfiles and paths outside the folder are not served.
    await t.http.get('/assets/app-old999.js').set(HTML).expect(404);
    const dot = await t.http.get('/.env').set('Accept', 'text/plain');
    expect(dot.status).toBe(404);
    expect(dot.text).not.toContain('SECRET');
    const traversal = await t.http.get('/..%2f..%2fetc%2fpasswd').set('Accept', 'text/plain');
    expect(traversal.status).toBe(404);
  });

  it('never shadows /api: unknown API routes stay 404 problems, the docs still render', async () => {
    await expectApiStillServed(t);
  });
});

describe('serving / without a built web app', () => {
  let t: TestApp;

  beforeAll(async () => {
    process.env.WEB_DIST_DIR = path.join(os.tmpdir(), 'wg4-no-such-web-dist');
    try {
      t = await startTestApp();
    } finally {
      delete process.env.WEB_DIST_DIR;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('answers / with a small self-contained page linking to /api/docs', async () => {
    const res = await t.http.get('/').set(HTML).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/<html lang="en">/);
    expect(res.text).toContain('<title>WG.4 Follow-up</title>');
    expect(res.text).toContain('href="/api/docs"');
    // Nothing external, nothing inline that the CSP would have to allow.
    expect(res.text).not.toMatch(/<script|<style|style=|src=|https?:\/\//);
    expect(res.headers['cache-control']).toBe('no-cache');
    expectSelfOnlyCsp(res.headers['content-security-policy']);
    // No SPA fallback without an app.
    await t.http.get('/admin/users').set(HTML).expect(404);
  });

  it('leaves /api alone', async () => {
    await expectApiStillServed(t);
  });
});
