import * as OTPAuth from 'otpauth';
import type { Response } from 'supertest';
import { ADMIN, bearer, inviteAndAccept, login, startTestApp, type TestApp } from './support/test-app.js';

/**
 * Browser sessions (issue 14, item 6): the refresh token also travels as an httpOnly, SameSite=Strict cookie on
 * /api/auth, refresh and logout accept it, and a page of a foreign origin cannot use it (Origin check → 403).
 */
const APP_ORIGIN = 'https://app.example.org';
const API_HOST = 'api.example.org';

interface SetCookie {
  value: string;
  attributes: Record<string, string | true>;
}

/** The wg4_refresh Set-Cookie of an answer, parsed (attribute names lower-cased). */
function refreshCookie(res: Response): SetCookie | undefined {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('wg4_refresh='));
  if (!raw) return undefined;
  const [pair, ...attrs] = raw.split(';').map((p) => p.trim());
  const attributes: Record<string, string | true> = {};
  for (const a of attrs) {
    const eq = a.indexOf('=');
    if (eq < 0) attributes[a.toLowerCase()] = true;
    else attributes[a.slice(0, eq).toLowerCase()] = a.slice(eq + 1);
  }
  return { value: decodeURIComponent(pair.slice('wg4_refresh='.length)), attributes };
}

describe('browser sessions: the refresh token as an httpOnly cookie, CSRF-checked', () => {
  let t: TestApp;

  beforeAll(async () => {
    process.env.TRUST_PROXY = 'true';
    process.env.CORS_ORIGIN = `${APP_ORIGIN}, https://other.example.net/`;
    try {
      t = await startTestApp();
    } finally {
      delete process.env.TRUST_PROXY;
      delete process.env.CORS_ORIGIN;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const signIn = async (headers: Record<string, string> = {}) => {
    const res = await t.http.post('/api/auth/login').set(headers).send(ADMIN).expect(200);
    return { res, cookie: refreshCookie(res)! };
  };
  const withCookie = (value: string) => ({ Cookie: `other=1; wg4_refresh=${encodeURIComponent(value)}` });

  it('login sets the cookie: HttpOnly, SameSite=Strict, Path=/api/auth, Max-Age of the refresh token; the JSON is unchanged', async () => {
    const { res, cookie } = await signIn();
    expect(cookie).toBeDefined();
    expect(cookie.value).toBe(res.body.refreshToken);
    expect(cookie.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/api/auth' });
    expect(cookie.attributes.secure).toBeUndefined();
    const maxAge = Number(cookie.attributes['max-age']);
    const refreshLife = (Date.parse(res.body.refreshExpiresAt) - Date.now()) / 1000;
    expect(Math.abs(maxAge - refreshLife)).toBeLessThan(10);
    expect(Date.parse(res.body.refreshExpiresAt)).toBeLessThanOrEqual(Date.parse(res.body.sessionExpiresAt));
    expect(res.body).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String), tokenType: 'Bearer', expiresIn: expect.any(Number) });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('sets Secure when the request came over HTTPS (X-Forwarded-Proto with TRUST_PROXY)', async () => {
    const { cookie } = await signIn({ 'X-Forwarded-Proto': 'https' });
    expect(cookie.attributes.secure).toBe(true);
  });

  it('refresh with only the cookie rotates it; the old cookie is refused and its reuse ends the session', async () => {
    const { cookie: first } = await signIn();
    const rotated = await t.http.post('/api/auth/refresh').set(withCookie(first.value)).expect(200);
    const second = refreshCookie(rotated)!;
    expect(second.value).toBe(rotated.body.refreshToken);
    expect(second.value).not.toBe(first.value);
    expect(second.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/api/auth' });
    await t.http.get('/api/auth/me').set(bearer(rotated.body)).expect(200);

    const replay = await t.http.post('/api/auth/refresh').set(withCookie(first.value)).expect(401);
    expect(replay.body).toMatchObject({ code: 'INVALID_TOKEN', status: 401 });
    // Reuse revoked the session: the newer cookie and its access token are dead too.
    await t.http.post('/api/auth/refresh').set(withCookie(second.value)).expect(401);
    await t.http.get('/api/auth/me').set(bearer(rotated.body)).expect(401);
  });

  it('refuses the cookie from a foreign origin (403 problem) and leaves the session untouched', async () => {
    const { cookie } = await signIn();
    const refused = await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).set('Origin', 'https://evil.example.com').expect(403);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'CSRF_ORIGIN_REFUSED', status: 403 });
    expect(refreshCookie(refused)).toBeUndefined();
    // No Origin, but the fetch metadata says another site (or a sibling subdomain): refused as well.
    await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).set('Sec-Fetch-Site', 'cross-site').expect(403);
    await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).set('Sec-Fetch-Site', 'same-site').expect(403);
    await t.http.post('/api/auth/logout').set(withCookie(cookie.value)).set('Origin', 'null').expect(403);
    // The refused requests neither rotated nor ended the session.
    await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).expect(200);
  });

  it('refuses a sign-in from a foreign page (login CSRF) before it counts, and sets no cookie', async () => {
    const res = await t.http.post('/api/auth/login').set('Origin', 'https://evil.example.com').send(ADMIN).expect(403);
    expect(res.body.code).toBe('CSRF_ORIGIN_REFUSED');
    expect(refreshCookie(res)).toBeUndefined();
    const form = await t.http.post('/api/auth/login').set('Sec-Fetch-Site', 'cross-site').type('form').send(ADMIN).expect(403);
    expect(refreshCookie(form)).toBeUndefined();
  });

  it("accepts the API's own origin (also behind the proxy) and each configured CORS_ORIGIN", async () => {
    let { cookie } = await signIn({ Host: API_HOST, Origin: `http://${API_HOST}` });
    for (const headers of [
      { Host: API_HOST, Origin: `http://${API_HOST}`, 'Sec-Fetch-Site': 'same-origin' },
      { Host: API_HOST, Origin: `https://${API_HOST}`, 'X-Forwarded-Proto': 'https' },
      { Origin: APP_ORIGIN, 'Sec-Fetch-Site': 'same-site' },
      { Origin: 'https://other.example.net' },
    ]) {
      const res = await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).set(headers).expect(200);
      cookie = refreshCookie(res)!;
    }
    // The CORS answer lets the configured web app send credentials.
    const preflight = await t.http.options('/api/auth/refresh').set({ Origin: APP_ORIGIN, 'Access-Control-Request-Method': 'POST' });
    expect(preflight.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    expect(preflight.headers['access-control-allow-credentials']).toBe('true');
    // A different port is a different origin.
    await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).set({ Host: API_HOST, Origin: `http://${API_HOST}:8080` }).expect(403);
  });

  it('logout with the cookie clears it and ends the session', async () => {
    const { res: signedIn, cookie } = await signIn();
    const out = await t.http.post('/api/auth/logout').set(withCookie(cookie.value)).expect(204);
    const cleared = refreshCookie(out)!;
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toMatchObject({ path: '/api/auth', httponly: true, samesite: 'Strict' });
    expect(Date.parse(String(cleared.attributes.expires))).toBeLessThan(Date.now());
    await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).expect(401);
    await t.http.get('/api/auth/me').set(bearer(signedIn.body)).expect(401);
  });

  it('JSON clients are unchanged: body tokens work without cookie or Origin; neither token nor cookie is 400', async () => {
    const { res } = await signIn();
    const renewed = await t.http.post('/api/auth/refresh').send({ refreshToken: res.body.refreshToken }).expect(200);
    expect(renewed.body.refreshToken).toEqual(expect.any(String));
    await t.http.post('/api/auth/logout').send({ refreshToken: renewed.body.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: renewed.body.refreshToken }).expect(401);

    for (const path of ['/api/auth/refresh', '/api/auth/logout']) {
      const none = await t.http.post(path).expect(400);
      expect(none.body).toMatchObject({ code: 'REFRESH_TOKEN_REQUIRED', status: 400 });
      await t.http.post(path).send({}).expect(400);
      const bad = await t.http.post(path).send({ refreshToken: 42 }).expect(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
    }
  });

  it('the MFA second step sets the cookie too (the challenge answer sets none), and refuses foreign pages', async () => {
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    const email = 'mfa.cookie@example.org';
    await inviteAndAccept(t.http, admin, { email, role: 'secretariat' }, 'Correct-Horse-Battery-42');
    const user = await login(t.http, email, 'Correct-Horse-Battery-42');
    const start = await t.http.post('/api/auth/mfa/enrol').set(bearer(user)).expect(200);
    const code = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(start.body.secret) }).generate();
    const { recoveryCodes } = (await t.http.post('/api/auth/mfa/enrol/confirm').set(bearer(user)).send({ code }).expect(200)).body as { recoveryCodes: string[] };

    const first = await t.http.post('/api/auth/login').send({ email, password: 'Correct-Horse-Battery-42' }).expect(200);
    expect(first.body.mfaRequired).toBe(true);
    expect(refreshCookie(first)).toBeUndefined();
    const foreign = await t.http.post('/api/auth/login/mfa').set('Origin', 'https://evil.example.com').send({ challengeToken: first.body.challengeToken, code: recoveryCodes[0] }).expect(403);
    expect(foreign.body.code).toBe('CSRF_ORIGIN_REFUSED');
    const second = await t.http.post('/api/auth/login/mfa').set('Origin', APP_ORIGIN).send({ challengeToken: first.body.challengeToken, code: recoveryCodes[0] }).expect(200);
    const cookie = refreshCookie(second)!;
    expect(cookie.value).toBe(second.body.refreshToken);
    expect(cookie.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/api/auth' });
    await t.http.post('/api/auth/refresh').set(withCookie(cookie.value)).expect(200);
  });
});
