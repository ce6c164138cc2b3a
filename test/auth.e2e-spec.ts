import { createHmac } from 'node:crypto';
import { UsersService } from '#auth';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';
import { linkToken } from './support/smtp-sink.js';

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

  it('slows down one address guessing one account: 5 free failures, then 429 with a short, growing Retry-After', async () => {
    await createUserAndLogin(t.http, admin, { email: 'throttled@example.org', role: 'secretariat' }, PASSWORD);
    for (let i = 0; i < 5; i++) {
      await t.http.post('/api/auth/login').send({ email: 'throttled@example.org', password: `wrong-${i}` }).expect(401);
    }
    const limited = await t.http.post('/api/auth/login').send({ email: 'Throttled@example.org', password: PASSWORD }).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(limited.headers['content-type']).toMatch(/problem\+json/);
    // A delay, not a lock-out: after it, the right password works.
    const retryAfter = Number(limited.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    await new Promise((r) => setTimeout(r, retryAfter * 1000 + 100));
    await login(t.http, 'throttled@example.org', PASSWORD);
  });

  it('counts parallel guesses exactly: 30 at once from one address give five 401 and twenty-five 429', async () => {
    await createUserAndLogin(t.http, admin, { email: 'parallel@example.org', role: 'secretariat' }, PASSWORD);
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => t.http.post('/api/auth/login').send({ email: 'parallel@example.org', password: `guess-${i}` })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  });

  it('rotates refresh tokens and revokes the whole session when a used one comes back', async () => {
    const first = await login(t.http, ADMIN.email, ADMIN.password);
    const second = (await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)).body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http.get('/api/auth/me').set(bearer(second)).expect(200);
    // Replaying the used token: 401, and its descendant dies with it — refresh and access token alike.
    const replay = await t.http.post('/api/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    expect(replay.body.code).toBe('INVALID_TOKEN');
    await t.http.post('/api/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    await t.http.get('/api/auth/me').set(bearer(second)).expect(401);
    const reuse = await auditFor('action=auth.refresh.reuse_detected');
    expect(reuse).toHaveLength(1);
    expect(reuse[0].metadata).toEqual({ sessionId: claimsOf(first.accessToken).sid });
    // Other sessions are untouched.
    await t.http.post('/api/auth/refresh').send({ refreshToken: admin.refreshToken }).expect(200).then((r) => (admin = r.body));
  });

  it('logout revokes the session; unknown tokens are harmless', async () => {
    const s = await login(t.http, ADMIN.email, ADMIN.password);
    await t.http.get('/api/auth/me').set(bearer(s)).expect(200);
    await t.http.post('/api/auth/logout').send({ refreshToken: s.refreshToken }).expect(204);
    await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(401);
    // The access token of the ended session is refused at once, not when it expires.
    await t.http.get('/api/auth/me').set(bearer(s)).expect(401);
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
    // Signed with the right key but missing the claims every issued token has.
    const { exp: _exp, ...noExp } = claims;
    const { iat: _iat, ...noIat } = claims;
    const { sid: _sid, ...noSid } = claims;
    const withoutExp = sign({ alg: 'HS256', typ: 'JWT' }, noExp, secret);
    const withoutIat = sign({ alg: 'HS256', typ: 'JWT' }, noIat, secret);
    const withoutSid = sign({ alg: 'HS256', typ: 'JWT' }, noSid, secret);
    const unknownSession = sign({ alg: 'HS256', typ: 'JWT' }, { ...claims, sid: '00000000-0000-4000-8000-000000000000' }, secret);
    const hs512 = `${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims)}.${createHmac('sha512', secret).update(`${b64({ alg: 'HS512', typ: 'JWT' })}.${b64(claims)}`).digest('base64url')}`;
    for (const token of [none, tampered, badSig, foreignKey, expired, wrongAudience, staleVersion, withoutExp, withoutIat, withoutSid, unknownSession, hs512, 'garbage', '']) {
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

  it('password reset by an admin: old password and tokens die, the user sets a new one through a mailed link', async () => {
    const sec = await createUserAndLogin(t.http, admin, { email: 'forgetful@example.org', role: 'secretariat' }, PASSWORD);
    t.mail.clear();
    const reset = await t.http.post(`/api/users/${sec.id}/reset-password`).set(bearer(admin)).expect(200);
    expect(reset.body).toMatchObject({ sentTo: 'forgetful@example.org', delivered: true });
    expect(JSON.stringify(reset.body)).not.toMatch(/token|"password"/i);
    await t.http.get('/api/auth/me').set(bearer(sec)).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: sec.refreshToken }).expect(401);
    await t.http.post('/api/auth/login').send({ email: 'forgetful@example.org', password: PASSWORD }).expect(401);
    const mail = await t.mail.waitFor('forgetful@example.org', /new password/);
    await t.http.post('/api/auth/set-password').send({ token: linkToken(mail), password: 'A-brand-new-passphrase-9' }).expect(200);
    const fresh = await login(t.http, 'forgetful@example.org', 'A-brand-new-passphrase-9');
    expect(fresh.user).toMatchObject({ mustChangePassword: false });
    await t.http.get('/api/audit').set(bearer(fresh)).expect(200);
    const events = await auditFor(`entity=user&entityId=${sec.id}`);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['user.password_reset', 'auth.invitation.accepted']));
  });

  it('a temporary password (first admin, CLI) must be changed before anything else', async () => {
    const users = t.app.get(UsersService);
    const { temporaryPassword } = await users.createWithPassword({ email: 'operator@example.org', name: 'Operator', role: 'secretariat' });
    const fresh = await login(t.http, 'operator@example.org', temporaryPassword!);
    expect(fresh.user).toMatchObject({ mustChangePassword: true });
    const blocked = await t.http.get('/api/audit').set(bearer(fresh)).expect(403);
    expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    await t.http.get('/api/auth/me').set(bearer(fresh)).expect(200);
    await t.http.post('/api/auth/change-password').set(bearer(fresh)).send({ currentPassword: temporaryPassword, newPassword: 'A-brand-new-passphrase-9' }).expect(204);
    const renewed = (await t.http.post('/api/auth/refresh').send({ refreshToken: fresh.refreshToken }).expect(200)).body;
    expect(renewed.user.mustChangePassword).toBe(false);
    await t.http.get('/api/audit').set(bearer(renewed)).expect(200);
    const events = await auditFor(`entity=user&action=auth.password.changed`);
    expect(events.length).toBeGreaterThan(0);
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
    expect(res.body.errors).toEqual([{ field: 'role', rule: 'whitelistValidation', message: 'property role should not exist' }]);
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
