import type { NextFunction, Request, Response } from 'express';

/** Public, unchanging answers a cache may keep: the OpenAPI document and its UI. Everything else under /api is not. */
const PUBLIC_STATIC = /^\/api\/docs(?:[-/]|$)/;

/**
 * `Cache-Control: no-store` on every answer to a request carrying credentials (an Authorization header or a cookie)
 * and on every /api answer but the public documentation: JSON, problems, exports and evidence downloads alike, so
 * no browser, proxy or shared cache keeps a State's figures or files. Set before the handler runs; a handler may still
 * tighten it, none under /api loosens it. The web app's public files outside /api (web-app.ts) set their own caching:
 * they hold no user data, whatever cookie the site's browser sends along.
 */
export function noStoreMiddleware(req: Request, res: Response, next: NextFunction): void {
  const credentials = req.headers.authorization !== undefined || req.headers.cookie !== undefined;
  if (credentials || (req.path.startsWith('/api') && !PUBLIC_STATIC.test(req.path))) {
    res.setHeader('Cache-Control', 'no-store');
  }
  next();
}
