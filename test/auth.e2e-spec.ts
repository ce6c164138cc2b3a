import { createHmac } from 'node:crypto';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

const PASSWORD = 'Correct-Horse-Battery-42';
const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const sign = (header: object, payload: object, secret: string) => {
  const body = `${b64(header)}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
};
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
/** The problem body minus what legitimately differs per request. */
const stable = (body: Record<string, unknown>) => {
  const { requestId: _r, instance: _i, ...rest } = body;
  return rest;
};

describe('auth: sign-in, tokens, sessions', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    // This file counts per-address failures, so it runs with a small, known address limit.
    process.env.LOGIN_MAX_FAILURES_PER_IP = '60';
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    delete process.env.LOGIN_MAX_FAILURES_PER_IP;
    await t.close();
  });

  const auditFor = async (query: string) =>
    (await t.http.get(`/api/audit?${query}&limit=100`).set(bearer(admin)).expect(200)).body.items as {
      action: string;
      actorId: string | null;
      metadata: Record<string, unknown> | null;
      requestId: string | null;
      changes: Record<string, { from: unknown; to: unknown }> | null;
    }[];

  it('signs in, and GET /auth/me returns the user', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: '  ADMIN@wg4.test ', password: ADMIN.password }).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { email: ADMIN.email, role: 'admin', stateCode: null } });
    expect(res.body.accessToken.split('.')).toHaveLength(3);
    expect(claimsOf(res.body.accessToken)).toMatchObject({ role: 'admin', iss: 'wg4-follow-up', aud: 'wg4-api' });
    const me = await t.http.get('/api/auth/me').set(bearer(res.body)).expect(200);
    expect(me.body).toMatchObject({ email: ADMIN.email, role: 'admin', active: true });
    expect(me.body.passwordHash).toBeUndefined();
    expect(me.body.lastLoginAt).toEqual(expect.any(String));
  });

  it('answers unknown e-mail and wrong password with the same 401, and audits both', async () => {
    const unknown = await t.http.post('/api/auth/login').send({ email: 'nobody@example.org', password: 'whatever-password' }).expect(401);
    const wrong = await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: 'not-the-password' }).expect(401);
    expect(stable(unknown.body)).toEqual(stable(wrong.body));
    expect(unknown.body).toMatchObject({ code: 'INVALID_CREDENTIALS', status: 401 });
    const failed = await auditFor('action=auth.login.failed');
    expect(failed.map((e) => e.metadata?.reason)).toEqual(expect.arrayContaining(['unknown_email', 'wrong_password']));
    const forRequest = failed.find((e) => e.requestId === wrong.headers['x-request-id']);
    expect(forRequest).toMatchObject({ actorId: admin.user.id, metadata: { email: ADMIN.email, reason: 'wrong_password' } });
  });

  it('throttles an account after 10 failures with 429 and Retry-After, even for the right password', async () => {
    await createUserAndLogin(t.http, admin, { email: 'throttled@example.org', role: 'secretariat' }, PASSWORD);
    for (let i = 0; i < 10; i++) {
      await t.http.post('/api/auth/login').send({ email: 'throttled@example.org', password: `wrong-${i}` }).expect(401);
    }
    const limited = await t.http.post('/api/auth/login').send({ email: 'Throttled@example.org', password: PASSWORD }).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
  });

  it('counts parallel guesses exactly: 30 at once give ten 401 and twenty 429', async () => {
    await createUserAndLogin(t.http, admin, { email: 'parallel@example.org', role: 'secretariat' }, PASSWORD);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => t.http.post('/api/auth/login').send({ email: 'parallel@example.org', password: `guess-${i}` })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(10);
    expect(statuses.filter((s) => s === 429)).toHaveLength(20);
  });

  it('rotates refresh tokens and revokes the whole family when a used one comes back', async () => {
    const first = await login(t.http, ADMIN.email, ADMIN.password);
    const second = (await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http.get('/api/auth/me').set(bearer(second)).expect(200);
    // Replaying the used token: 401, and its descendant dies with it.
    const replay = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(replay.body.code).toBe('INVALID_TOKEN');
    await t.http.post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    const reuse = await auditFor('action=auth.refresh.reuse_detected');
    expect(reuse).toHaveLength(1);
    expect(reuse[0].metadata).toEqual({ familyId: claimsOf(first.accessToken).sid });
    // Other sessions are untouched.
    await t.http.post('/api/auth/refresh').send({ refreshToken: admin.refreshToken }).expect(200).then((r) => (admin = r.body));
  });

  it('logout revokes the session; unknown tokens are harmless', async () => {
    const s = await login(t.http, ADMIN.email, ADMIN.password);
    await t.http.post('/api/auth/logout').send({ refreshToken: s.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
    await t.http.post('/api/auth/logout').send({ refreshToken: 'x'.repeat(43) }).expect(204);
    expect((await auditFor('action=auth.logout')).length).toBeGreaterThanOrEqual(1);
  });

  it('refuses alg:none, tampered, foreign-key, expired, wrong-audience and stale-version tokens', async () => {
    const claims = claimsOf(admin.accessToken);
    const secret = 'e2e-test-secret-that-is-long-enough-0123456789';
    const now = Math.floor(Date.now() / 1000);
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
    const [h, p, s] = admin.accessToken.split('.');
    const tampered = `${h}.${b64({ ...claims, role: 'secretariat' })}.${s}`;
    const badSig = `${h}.${p}.${s.slice(0, -4)}AAAA`;
    const foreignKey = sign({ alg: 'HS256', typ: 'JWT' }, claims, 'some-other-secret-that-is-long-enough-000');
    const expired = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, iat: now - 3600, exp: now - 60 }, secret);
    const wrongAudience = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, aud: 'someone-else' }, secret);
    const staleVersion = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, ver: claims.ver + 7 }, secret);
    const hs512 = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims)}.${createHmac('sha512', secret).update(`${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims)}`).digest('base64url')}`;
    for (const token of [none, tampered, badSig, foreignKey, expired, wrongAudience, staleVersion, hs512, 'garbage', '']) {
      const res = await t.http.get('/api/auth/me').set('Authorization', `Bearer ${token}`);
      expect({ token, status: res.status }).toEqual({ token, status: 401 });
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    await t.http.get('/api/auth/me').expect(401);
    // A correctly signed token whose subject is swapped to another user fails the version/role check.
    const other = await createUserAndLogin(t.http, admin, { email: 'swap@example.org', role: 'focal_point', stateCode: 'KEN' }, PASSWORD);
    const swapped = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, sub: other.id }, secret);
    await t.http.get('/api/auth/me').set('Authorization', `Bearer ${swapped}`).expect(401);
  });

  it('makes deactivation take effect on the very next request', async () => {
    const fp = await createUserAndLogin(t.http, admin, { email: 'leaving@example.org', role: 'focal_point', stateCode: 'FRA' }, PASSWORD);
    await t.http.get('/api/auth/me').set(bearer(fp)).expect(200);
    await t.http.patch(`/api/users/${fp.id}`).set(bearer(admin)).send({ active: false }).expect(200);
    await t.http.get('/api/auth/me').set(bearer(fp)).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: fp.refreshToken }).expect(401);
    await t.http.post('/api/auth/login').send({ email: 'leaving@example.org', password: PASSWORD }).expect(401);
    const events = await auditFor(`entity=user&entityId=${fp.id}`);
    expect(events.find((e) => e.action === 'user.updated')?.changes).toEqual({ active: { from: true, to: false } });
    expect(events.find((e) => e.action === 'auth.login.failed')?.metadata).toMatchObject({ reason: 'inactive' });
  });

  it('makes a role change take effect on the very next request', async () => {
    const sec = await createUserAndLogin(t.http, admin, { email: 'mover@example.org', role: 'secretariat' }, PASSWORD);
    await t.http.get('/api/audit').set(bearer(sec)).expect(200);
    await t.http.patch(`/api/users/${sec.id}`).set(bearer(admin)).send({ role: 'focal_point', stateCode: 'BRA' }).expect(200);
    await t.http.get('/api/audit').set(bearer(sec)).expect(401);
    const again = await login(t.http, 'mover@example.org', PASSWORD);
    expect(again.user).toMatchObject({ role: 'focal_point', stateCode: 'BRA' });
    await t.http.get('/api/audit').set(bearer(again)).expect(403);
  });

  it('password reset: old tokens die, the temporary password must be changed before anything else', async () => {
    const sec = await createUserAndLogin(t.http, admin, { email: 'forgetful@example.org', role: 'secretariat' }, PASSWORD);
    const reset = await t.http.post(`/api/users/${sec.id}/reset-password`).set(bearer(admin)).expect(200);
    const temporary = reset.body.temporaryPassword as string;
    expect(temporary).toHaveLength(20);
    await t.http.get('/api/auth/me').set(bearer(sec)).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: sec.refreshToken }).expect(401);
    const fresh = await login(t.http, 'forgetful@example.org', temporary);
    expect(fresh.user).toMatchObject({ mustChangePassword: true });
    const blocked = await t.http.get('/api/audit').set(bearer(fresh)).expect(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await t.http.get('/api/auth/me').set(bearer(fresh)).expect(200);
    await t.http.post('/api/auth/change-password').set(bearer(fresh)).send({ currentPassword: temporary, newPassword: 'A-brand-new-passphrase-9' }).expect(204);
    const renewed = (await t.http.post('/api/auth/refresh').send({ refreshToken: fresh.refreshToken }).expect(200)).body;
    expect(renewed.user.mustChangePassword).toBe(false);
    await t.http.get('/api/audit').set(bearer(renewed)).expect(200);
    const events = await auditFor(`entity=user&entityId=${sec.id}`);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['user.password_reset', 'auth.password.changed']));
  });

  it('change-password: checks the current one and the policy, and revokes the other sessions only', async () => {
    await createUserAndLogin(t.http, admin, { email: 'changer@example.org', role: 'secretariat' }, PASSWORD);
    const a = await login(t.http, 'changer@example.org', PASSWORD);
    const b = await login(t.http, 'changer@example.org', PASSWORD);
    const wrong = await t.http.post('/api/auth/change-password').set(bearer(a)).send({ currentPassword: 'nope-nope-nope', newPassword: 'Another-good-passphrase-1' }).expect(400);
    expect(wrong.body.errors[0].field).toBe('currentPassword');
    const weak = await t.http.post('/api/auth/change-password').set(bearer(a)).send({ currentPassword: PASSWORD, newPassword: 'password1234' }).expect(400);
    expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD', errors: [{ field: 'newPassword' }] });
    const short = await t.http.post('/api/auth/change-password').set(bearer(a)).send({ currentPassword: PASSWORD, newPassword: 'short' }).expect(400);
    expect(short.body.errors[0].field).toBe('newPassword');
    await t.http.post('/api/auth/change-password').set(bearer(a)).send({ currentPassword: PASSWORD, newPassword: 'Another-good-passphrase-1' }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: b.refreshToken }).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: a.refreshToken }).expect(200);
    await t.http.post('/api/auth/login').send({ email: 'changer@example.org', password: PASSWORD }).expect(401);
    await login(t.http, 'changer@example.org', 'Another-good-passphrase-1');
  });

  it('refuses unknown and malformed login fields with 400', async () => {
    const res = await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password, role: 'admin' }).expect(400);
    expect(res.body.errors).toEqual([{ field: 'role', message: 'property role should not exist' }]);
    await t.http.post('/api/auth/login').send({ email: ADMIN.email }).expect(400);
    await t.http.post('/api/auth/login').send([]).expect(400);
  });

  it('throttles a client address after its limit of failures across accounts (runs last: it uses up the address)', async () => {
    let status = 401;
    let attempts = 0;
    while (status === 401 && attempts < 80) {
      status = (await t.http.post('/api/auth/login').send({ email: `ip-${attempts}@example.org`, password: 'wrong-password' })).status;
      attempts++;
    }
    expect(status).toBe(429);
    expect(attempts).toBeLessThanOrEqual(60);
    // The address is blocked for every account, including valid sign-ins.
    await t.http.post('/api/auth/login').send({ email: ADMIN.email, password: ADMIN.password }).expect(429);
  });
});
