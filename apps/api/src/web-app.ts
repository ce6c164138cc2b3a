import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The web app's Content-Security-Policy: only this origin. Scripts from this origin only (no inline script, no eval).
 * Style elements need this response's nonce: the UI library (Mantine) writes its theme variables and responsive
 * rules into <style> elements carrying it. Style *attributes* are allowed (the library sets CSS variables on
 * elements; an attribute cannot select or fetch anything). Images may be data: URIs (the two-step sign-in QR code
 * is an SVG data URL); nothing else is. No framing. Build the app with Vite's `assetsInlineLimit: 0`.
 */
export function webCsp(nonce?: string): string {
  return [
    "default-src 'self'",
    "base-uri 'self'",
    "connect-src 'self'",
    "font-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "img-src 'self' data:",
    "object-src 'none'",
    "script-src 'self'",
    nonce ? `style-src 'self' 'nonce-${nonce}'` : "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
  ].join('; ');
}

/** The placeholder in the built index.html (`<meta name="csp-nonce" content="…">`) replaced by each answer's nonce. */
export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__';


/** Vite's content-hashed output: a changed file gets a new name, so a cache may keep these for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** What `/` answers until a web app is built: self-contained, no script, no style, nothing external. */
export const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>WG.4 Follow-up</title>
</head>
<body>
<main>
<h1>WG.4 Follow-up</h1>
<p>The API of the WG.4 Follow-up is running. The web application is not installed on this server.</p>
<p><a href="/api/docs">API documentation (OpenAPI)</a></p>
</main>
</body>
</html>
`;

/** /api and everything under it belongs to Nest (Express matches routes case-insensitively, so this does too). */
const isApi = (p: string) => /^\/api(?:\/|$)/i.test(p);

const wantsHtml = (req: Request) => /\btext\/html\b/i.test(req.headers.accept ?? '');

/**
 * Serves the built web app (WEB_DIST_DIR) at `/`: its files, with `immutable` caching for assets/ and `no-cache`
 * (revalidate every time) for the rest, index.html included; a GET that asks for HTML and matches no file gets
 * index.html (the SPA's deep links). Nothing under /api is ever answered here: unknown /api routes stay Nest's 404
 * problems. Without a built app, `/` answers a small page linking to the API documentation.
 */
export function webApp(distDir: string): RequestHandler {
  const root = path.resolve(distDir);
  const index = path.join(root, 'index.html');
  const secure = (res: Response, nonce?: string) => {
    res.setHeader('Content-Security-Policy', webCsp(nonce));
    res.setHeader('X-Frame-Options', 'DENY');
  };

  if (!existsSync(index)) {
    return (req: Request, res: Response, next: NextFunction) => {
      if (req.path !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
      secure(res);
      res.setHeader('Cache-Control', 'no-cache');
      res.type('html').send(PLACEHOLDER_PAGE);
    };
  }

  /** One file of the app (res.sendFile: conditional GET, Range, no dotfiles, no path outside the root). */
  const sendFile = (res: Response, file: string, cacheControl: string, otherwise: () => void) => {
    res.sendFile(file, { root, index: false, dotfiles: 'ignore', cacheControl: false, headers: { 'Cache-Control': cacheControl } } as object, (error?: Error) => {
      if (error && !res.headersSent) otherwise();
    });
  };

  /**
   * index.html with a fresh nonce in its meta tag and in the CSP header. Never revalidated or stored (no-store, no
   * validators): a cached copy would carry an old nonce under a new header.
   */
  const template = readFileSync(index, 'utf8');
  const sendIndex = (res: Response) => {
    const nonce = randomBytes(16).toString('base64');
    secure(res, nonce);
    res.setHeader('Cache-Control', 'no-store');
    res.type('html').send(template.replaceAll(CSP_NONCE_PLACEHOLDER, nonce));
  };

  return (req: Request, res: Response, next: NextFunction) => {
    if (isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    secure(res);
    const app = () => sendIndex(res);
    if (req.path === '/' || req.path.toLowerCase() === '/index.html') return app();
    const asset = /^\/assets\/./i.test(req.path);
    sendFile(res, req.path, asset ? IMMUTABLE : 'no-cache', () => {
      // A missing hashed asset is a 404, not the app's page: a stale index would otherwise get HTML for its script.
      if (asset || !wantsHtml(req)) return next();
      app();
    });
  };
}
