import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/**
 * The web app's Content-Security-Policy: only this origin. No inline script or style, no data: URIs, no framing
 * (build the app with Vite's `build.assetsInlineLimit: 0` so it never inlines assets as data: URIs). Swagger UI at
 * /api/docs keeps helmet's policy; this one covers what is served outside /api.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self'",
  "object-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
].join('; ');

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
  const secure = (res: Response) => {
    res.setHeader('Content-Security-Policy', WEB_CSP);
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

  return (req: Request, res: Response, next: NextFunction) => {
    if (isApi(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    secure(res);
    const app = () => sendFile(res, 'index.html', 'no-cache', next);
    if (req.path === '/') return app();
    const asset = /^\/assets\/./i.test(req.path);
    sendFile(res, req.path, asset ? IMMUTABLE : 'no-cache', () => {
      // A missing hashed asset is a 404, not the app's page: a stale index would otherwise get HTML for its script.
      if (asset || !wantsHtml(req)) return next();
      app();
    });
  };
}
