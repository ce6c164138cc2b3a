import type { ExecutionContext } from '@nestjs/common';
import { BrowserOriginGuard, readCookie } from './browser-session.js';
import { loadHttpEnv } from './http.config.js';

const guard = new BrowserOriginGuard(loadHttpEnv({ CORS_ORIGIN: 'https://App.Example.org/, http://localhost:5173' }));
const contextOf = (headers: Record<string, string>, own = { protocol: 'https', host: 'api.example.org' }) =>
  ({ switchToHttp: () => ({ getRequest: () => ({ headers, ...own }) }) }) as unknown as ExecutionContext;
const decide = (headers: Record<string, string>) => {
  try {
    return guard.canActivate(contextOf(headers));
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('readCookie', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['a=1', undefined],
    ['wg4_refresh=abc', 'abc'],
    ['a=1; wg4_refresh=abc%2Fd; b=2', 'abc/d'],
    ['wg4_refresh="quoted"', 'quoted'],
    ['wg4_refresh=%E0%A4%A', '%E0%A4%A'],
    ['xwg4_refresh=no; wg4_refresh=yes', 'yes'],
    ['wg4_refresh=first; wg4_refresh=second', 'first'],
  ])('%s → %s', (header, value) => {
    expect(readCookie(header, 'wg4_refresh')).toBe(value);
  });
});

describe('BrowserOriginGuard (CSRF rule of the cookie endpoints)', () => {
  it.each<[Record<string, string>, boolean | string, string]>([
    [{}, true, 'a programmatic client (no Origin, no fetch metadata)'],
    [{ cookie: 'wg4_refresh=x' }, true, 'a cookie from a client that is not a browser'],
    [{ origin: 'https://api.example.org' }, true, 'the own origin'],
    [{ origin: 'https://API.example.org' }, true, 'the own origin, any case'],
    [{ origin: 'https://app.example.org' }, true, 'a CORS_ORIGIN (normalised)'],
    [{ origin: 'http://localhost:5173' }, true, 'a second CORS_ORIGIN'],
    [{ 'sec-fetch-site': 'same-origin' }, true, 'no Origin, same-origin fetch'],
    [{ 'sec-fetch-site': 'none' }, true, 'no Origin, typed by the user'],
    [{ origin: 'http://api.example.org' }, 'CSRF_ORIGIN_REFUSED', 'the own host over another scheme'],
    [{ origin: 'https://evil.example.com' }, 'CSRF_ORIGIN_REFUSED', 'a foreign origin'],
    [{ origin: 'https://app.example.org.evil.com' }, 'CSRF_ORIGIN_REFUSED', 'a look-alike'],
    [{ origin: 'null' }, 'CSRF_ORIGIN_REFUSED', 'an opaque origin'],
    [{ 'sec-fetch-site': 'cross-site', cookie: 'wg4_refresh=x' }, 'CSRF_ORIGIN_REFUSED', 'no Origin, cross-site'],
    [{ 'sec-fetch-site': 'same-site' }, 'CSRF_ORIGIN_REFUSED', 'no Origin, a sibling subdomain'],
  ])('%j → %s (%s)', (headers, expected) => {
    expect(decide(headers)).toBe(expected);
  });
});
