import { createParamDecorator, Inject, Injectable, type CallHandler, type CanActivate, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { AuthError } from '#auth';
import { corsOrigins, httpConfig } from './http.config.js';

/**
 * Browser sessions: the refresh token also travels as an httpOnly, SameSite=Strict cookie scoped to /api/auth, so a
 * web app keeps only the short-lived access token (in memory) and script on the page never sees the refresh token.
 * Programmatic clients keep sending the token in the JSON body; the answers carry it as before.
 */
export const REFRESH_COOKIE = 'wg4_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth';

type HttpSettings = ConfigType<typeof httpConfig>;

/** One cookie's value from a Cookie header (RFC 6265 syntax; the first of that name wins), or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== name) continue;
    let value = pair.slice(eq + 1).trim();
    if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** The refresh token of the session cookie, if the request carries one. */
export const RefreshCookie = createParamDecorator((_: unknown, context: ExecutionContext): string | undefined =>
  readCookie(context.switchToHttp().getRequest<Request>().headers.cookie, REFRESH_COOKIE),
);

const cookieOptions = (req: Request, http: HttpSettings) => ({
  httpOnly: true,
  sameSite: 'strict' as const,
  path: REFRESH_COOKIE_PATH,
  secure: http.COOKIE_SECURE === 'auto' ? req.secure : http.COOKIE_SECURE === 'true',
});

/**
 * Sets the session cookie from an answer that carries a refresh token (login, its MFA step, refresh); an MFA
 * challenge carries none and sets nothing. Max-Age is the refresh token's own life, never past the session's end.
 */
@Injectable()
export class SetRefreshCookie implements NestInterceptor {
  constructor(@Inject(httpConfig.KEY) private readonly http: HttpSettings) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((result: unknown) => {
        const issued = result as { refreshToken?: unknown; refreshExpiresAt?: unknown } | null;
        if (issued && typeof issued.refreshToken === 'string' && issued.refreshExpiresAt instanceof Date) {
          const maxAge = Math.max(0, issued.refreshExpiresAt.getTime() - Date.now());
          res.cookie(REFRESH_COOKIE, issued.refreshToken, { ...cookieOptions(req, this.http), maxAge });
        }
        return result;
      }),
    );
  }
}

/** Sign-out clears the session cookie (when the request carried one), with the attributes it was set with. */
@Injectable()
export class ClearRefreshCookie implements NestInterceptor {
  constructor(@Inject(httpConfig.KEY) private readonly http: HttpSettings) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((result: unknown) => {
        if (readCookie(req.headers.cookie, REFRESH_COOKIE) !== undefined) res.clearCookie(REFRESH_COOKIE, cookieOptions(req, this.http));
        return result;
      }),
    );
  }
}

/**
 * CSRF defence of the cookie endpoints (login, login/mfa, refresh, logout). A request from a browser (it sends
 * Origin, or at least Sec-Fetch-Site), with or without the session cookie, must come from this API's own origin or a
 * configured CORS_ORIGIN; anything else is 403 CSRF_ORIGIN_REFUSED before the handler runs. Without an Origin
 * header, Sec-Fetch-Site `cross-site` or `same-site` is refused (a sibling subdomain is same-site, and
 * SameSite=Strict would let its requests carry the cookie). A programmatic client (neither header, no cookie) is not
 * CSRF-able and passes. Login and the body-token refresh are covered too because both SET the cookie: a foreign page
 * must not plant its own session in a victim's browser (login CSRF).
 */
@Injectable()
export class BrowserOriginGuard implements CanActivate {
  private readonly allowed: Set<string>;

  constructor(@Inject(httpConfig.KEY) http: HttpSettings) {
    this.allowed = new Set(corsOrigins(http));
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    const origin = req.headers.origin;
    if (origin === undefined) {
      // Browsers send Origin on every POST; without it only the fetch metadata can tell (absent: not a browser).
      const site = req.headers['sec-fetch-site'];
      if (site === 'cross-site' || site === 'same-site') throw new AuthError('CSRF_ORIGIN_REFUSED');
      return true;
    }
    if (!this.isAllowed(req, origin)) throw new AuthError('CSRF_ORIGIN_REFUSED');
    return true;
  }

  private isAllowed(req: Request, origin: string): boolean {
    const normalised = origin.trim().toLowerCase();
    if (normalised === 'null') return false;
    // The API's own origin, as the browser addressed it (req.protocol and req.host honour TRUST_PROXY).
    const own = `${req.protocol}://${req.host}`.toLowerCase();
    return normalised === own || this.allowed.has(normalised);
  }
}

/** OpenAPI: the Set-Cookie header of the answers that start or rotate a browser session. */
export const SET_REFRESH_COOKIE_HEADER = {
  'Set-Cookie': {
    description: `${REFRESH_COOKIE}=<refresh token>; Path=${REFRESH_COOKIE_PATH}; Max-Age=<until refreshExpiresAt>; HttpOnly; SameSite=Strict (+ Secure over HTTPS). Not set with an MFA challenge.`,
    schema: { type: 'string' as const, maxLength: 400 },
  },
};

/** OpenAPI: sign-out's Set-Cookie that clears the session cookie. */
export const CLEAR_REFRESH_COOKIE_HEADER = {
  'Set-Cookie': {
    description: `Clears ${REFRESH_COOKIE} (expired, Path=${REFRESH_COOKIE_PATH}) when the request carried it.`,
    schema: { type: 'string' as const, maxLength: 400 },
  },
};

/** Name of the OpenAPI security scheme of the session cookie. */
export const REFRESH_COOKIE_SCHEME = 'refreshCookie';
