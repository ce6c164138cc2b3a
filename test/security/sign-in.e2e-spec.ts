import { createHmac } from 'node:crypto';
import pg from 'pg';
import { loadHttpEnv } from '../../apps/api/src/http.config.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from '../support/test-app.js';
import { linkToken } from '../support/smtp-sink.js';

/**
 * Regression tests for the sign-in holes of issue 13 (an attack on a default start): each reproduces the attack
 * and checks it fails now.
 */
const PASSWORD = 'Correct-Horse-Battery-42';
const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
const sign = (payload: object, secret: string) => {
  const body = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
};
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
/** The signing secret the source used to carry as its default. */
const FORMER_SOURCE_SECRET = 'wg4-development-secret-change-me-0123456789';

describe('security: sign-in holes (issue 13)', () => {
  let t: TestApp;
  let admin: Session;
  let db: pg.Client;
  const from = (ip: string) => ({ 'X-Forwarded-For': ip });

  beforeAll(async () => {
    // Client addresses come from X-Forwarded-For here, so one test can act from several addresses.
    process.env.TRUST_PROXY = 'true';
    process.env.SESSION_MAX_DAYS = '2';
    t = await startTestApp();
    delete process.env.TRUST_PROXY;
    delete process.env.SESSION_MAX_DAYS;
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  afterAll(async () => {
    await db.end();
    await t.close();
  });

  describe('hole 1: forgeable tokens', () => {
    it('a token signed with the secret the source used to carry is refused, for any user id', async () => {
      const now = Math.floor(Date.now() / 1000);
      const claims = claimsOf(admin.accessToken);
      const forged = sign({ ...claims, iat: now, exp: now + 600 }, FORMER_SOURCE_SECRET);
      const res = await t.http.get('/api/users').set('Authorization', `Bearer ${forged}`).expect(401);
      expect(res.body.code).toBe('INVALID_TOKEN');
    });

    it('tokens without exp, iat or sid are refused even when signed with the real key', async () => {
      const secret = process.env.JWT_SECRET!;
      const { exp: _e, iat: _i, sid: _s, ...bare } = claimsOf(admin.accessToken);
      const claims = claimsOf(admin.accessToken);
      for (const payload of [bare, { ...bare, iat: claims.iat, sid: claims.sid }, { ...bare, exp: claims.exp, sid: claims.sid }, { ...bare, exp: claims.exp, iat: claims.iat }]) {
        await t.http.get('/api/auth/me').set('Authorization', `Bearer ${sign({ ...payload, iss: claims.iss, aud: claims.aud }, secret)}`).expect(401);
      }
      // The same claims with all three pass: the refusals above are about the missing claims alone.
      await t.http.get('/api/auth/me').set('Authorization', `Bearer ${sign(claims, secret)}`).expect(200);
    });

    it('a default start listens on loopback only', () => {
      expect(loadHttpEnv({}).HOST).toBe('127.0.0.1');
    });
  });

  describe('hole 6: anyone could lock anyone out', () => {
    it('ten wrong passwords from an attacker do not keep the owner out; the owner is told by e-mail and in the app', async () => {
      const owner = await createUserAndLogin(t.http, admin, { email: 'target.admin@example.org', role: 'admin' }, PASSWORD);
      t.mail.clear();
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++) {
        // Two attacker addresses, six tries each.
        statuses.push((await t.http.post('/api/auth/login').set(from(`203.0.113.${i % 2}`)).send({ email: 'target.admin@example.org', password: `guess-${i}` })).status);
      }
      expect(statuses.filter((s) => s === 401)).toHaveLength(10);
      expect(statuses.filter((s) => s === 429)).toHaveLength(2);
      // The attacker's address waits, even with the right password…
      await t.http.post('/api/auth/login').set(from('203.0.113.0')).send({ email: 'target.admin@example.org', password: PASSWORD }).expect(429);
      // …the owner, from an address that has not failed, signs in at once.
      const back = await t.http.post('/api/auth/login').set(from('198.51.100.7')).send({ email: 'target.admin@example.org', password: PASSWORD }).expect(200);
      const alert = await t.mail.waitFor('target.admin@example.org', /failed sign-ins/);
      expect(alert.text).toMatch(/10 failed attempts/);
      const inApp = await t.http.get('/api/notifications').set(bearer(back.body)).expect(200);
      expect(inApp.body.items.map((n: { kind: string }) => n.kind)).toContain('account.sign_in_failures');
      // Told once per window, not once per further failure.
      await t.http.post('/api/auth/login').set(from('203.0.113.9')).send({ email: 'target.admin@example.org', password: 'guess-x' }).expect(401);
      const again = await t.http.get('/api/notifications').set(bearer(back.body)).expect(200);
      expect(again.body.items.filter((n: { kind: string }) => n.kind === 'account.sign_in_failures')).toHaveLength(1);
      void owner;
    });

    it('change-password is throttled like sign-in (a stolen access token is no password oracle)', async () => {
      const victim = await createUserAndLogin(t.http, admin, { email: 'oracle@example.org', role: 'secretariat' }, PASSWORD);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push(
          (await t.http.post('/api/auth/change-password').set(bearer(victim)).set(from('203.0.113.50')).send({ currentPassword: `guess-${i}-xx`, newPassword: 'A-brand-new-passphrase-9' })).status,
        );
      }
      expect(statuses.slice(0, 5)).toEqual([400, 400, 400, 400, 400]);
      expect(statuses.slice(5)).toEqual([429, 429]);
    });
  });

  describe('hole 7: admins could sign in as the users they manage', () => {
    it('no API answer ever carries a password or a link token; the link goes to the person only', async () => {
      const created = await t.http.post('/api/users').set(bearer(admin)).send({ email: 'fp.lux@example.org', name: 'FP Lux', role: 'focal_point', stateCode: 'LUX' }).expect(201);
      const mail = await t.mail.waitFor('fp.lux@example.org', /invited/);
      const token = linkToken(mail);
      const reset = await t.http.post(`/api/users/${created.body.id}/reset-password`).set(bearer(admin)).expect(200);
      for (const body of [created.body, reset.body, (await t.http.get(`/api/users/${created.body.id}`).set(bearer(admin))).body]) {
        expect(JSON.stringify(body)).not.toMatch(/temporaryPassword|"password"|token/i);
        expect(JSON.stringify(body)).not.toContain(token);
      }
      const audit = await t.http.get(`/api/audit?entity=user&entityId=${created.body.id}`).set(bearer(admin)).expect(200);
      expect(JSON.stringify(audit.body)).not.toContain(token);
      // The reset superseded the first link.
      expect((await t.http.post('/api/auth/set-password').send({ token, password: PASSWORD }).expect(400)).body.code).toBe('INVALID_ACCOUNT_LINK');
      const stored: { token_hash: string }[] = (await db.query(`SELECT token_hash FROM account_tokens WHERE user_id = $1`, [created.body.id])).rows;
      expect(stored.map((r) => r.token_hash)).not.toContain(token);
    });

    it('an invitation expires after INVITATION_TTL_HOURS', async () => {
      const created = await t.http.post('/api/users').set(bearer(admin)).send({ email: 'late@example.org', name: 'Late', role: 'secretariat' }).expect(201);
      const token = linkToken(await t.mail.waitFor('late@example.org', /invited/));
      const { rows } = await db.query(`SELECT round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM account_tokens WHERE user_id = $1`, [created.body.id]);
      expect(rows[0].hours).toBe(72);
      await db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [created.body.id]);
      expect((await t.http.post('/api/auth/set-password').send({ token, password: PASSWORD }).expect(400)).body.code).toBe('INVALID_ACCOUNT_LINK');
    });

    it('forgot password: the same answer for every address, a 30-minute single-use link to real accounts only', async () => {
      await createUserAndLogin(t.http, admin, { email: 'forgot@example.org', role: 'secretariat' }, PASSWORD);
      t.mail.clear();
      const known = await t.http.post('/api/auth/forgot-password').set(from('192.0.2.30')).send({ email: 'Forgot@example.org' }).expect(202);
      const unknown = await t.http.post('/api/auth/forgot-password').set(from('192.0.2.30')).send({ email: 'nobody@example.org' }).expect(202);
      expect(known.body).toEqual(unknown.body);
      const mail = await t.mail.waitFor('forgot@example.org', /reset your password/);
      await new Promise((r) => setTimeout(r, 300));
      expect(t.mail.mails.some((m) => m.to.includes('nobody@example.org'))).toBe(false);
      const { rows } = await db.query(`SELECT round(extract(epoch FROM expires_at - t.created_at) / 60)::int AS minutes FROM account_tokens t JOIN users u ON u.id = t.user_id WHERE u.email = 'forgot@example.org' AND purpose = 'password_reset'`);
      expect(rows[0].minutes).toBe(30);
      await t.http.post('/api/auth/set-password').send({ token: linkToken(mail), password: 'Fresh-Lantern-Orbit-51' }).expect(200);
      await t.http.post('/api/auth/login').send({ email: 'forgot@example.org', password: PASSWORD }).expect(401);
      await login(t.http, 'forgot@example.org', 'Fresh-Lantern-Orbit-51');
      const told = await t.mail.waitFor('forgot@example.org', /password was changed/);
      expect(told.text).toMatch(/Forgot password/);
    });
  });

  describe('hole 8: sign-out did not end the session', () => {
    it('logout ends the access token at once; a refresh-token reuse ends the session it belongs to', async () => {
      const s = await login(t.http, ADMIN.email, ADMIN.password);
      await t.http.post('/api/auth/logout').send({ refreshToken: s.refreshToken }).expect(204);
      await t.http.get('/api/auth/me').set(bearer(s)).expect(401);
      const a = await login(t.http, ADMIN.email, ADMIN.password);
      const b = (await t.http.post('/api/auth/refresh').send({ refreshToken: a.refreshToken }).expect(200)).body;
      await t.http.post('/api/auth/refresh').send({ refreshToken: a.refreshToken }).expect(401);
      await t.http.get('/api/auth/me').set(bearer(b)).expect(401);
      await t.http.get('/api/auth/me').set(bearer(a)).expect(401);
    });

    it('a session has an absolute end: refreshing never extends it', async () => {
      const s = await login(t.http, ADMIN.email, ADMIN.password);
      const sid = claimsOf(s.accessToken).sid;
      const { rows } = await db.query(
        `SELECT round(extract(epoch FROM s.expires_at - s.created_at) / 3600)::int AS hours, max(r.expires_at) <= s.expires_at AS capped FROM auth_sessions s JOIN refresh_tokens r ON r.session_id = s.id WHERE s.id = $1 GROUP BY s.id`,
        [sid],
      );
      expect(rows[0]).toMatchObject({ hours: 48, capped: true });
      const next = (await t.http.post('/api/auth/refresh').send({ refreshToken: s.refreshToken }).expect(200)).body;
      expect(next.sessionExpiresAt).toBe((s as Session & { sessionExpiresAt: string }).sessionExpiresAt);
      await db.query(`UPDATE auth_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [sid]);
      await t.http.post('/api/auth/refresh').send({ refreshToken: next.refreshToken }).expect(401);
      await t.http.get('/api/auth/me').set(bearer(next)).expect(401);
    });

    it('lists one’s sessions (address, device, last use) and revokes one; admins revoke all of a user’s', async () => {
      const user = await createUserAndLogin(t.http, admin, { email: 'traveller@example.org', role: 'secretariat' }, PASSWORD);
      const laptop = (await t.http.post('/api/auth/login').set(from('192.0.2.77')).set('User-Agent', 'Laptop/1.0').send({ email: 'traveller@example.org', password: PASSWORD }).expect(200)).body;
      const list = await t.http.get('/api/auth/sessions').set(bearer(user)).expect(200);
      expect(list.body).toMatchObject({ total: 2, page: 1 });
      expect(list.body.items).toHaveLength(2);
      const other = list.body.items.find((x: { current: boolean }) => !x.current);
      expect(other).toMatchObject({ ip: '192.0.2.77', userAgent: 'Laptop/1.0' });
      expect(other.lastUsedAt).toEqual(expect.any(String));
      await t.http.delete(`/api/auth/sessions/${other.id}`).set(bearer(user)).expect(204);
      await t.http.get('/api/auth/me').set(bearer(laptop)).expect(401);
      // Someone else's session id is unknown to you.
      const adminSid = claimsOf(admin.accessToken).sid;
      expect((await t.http.delete(`/api/auth/sessions/${adminSid}`).set(bearer(user)).expect(404)).body.code).toBe('SESSION_NOT_FOUND');
      await t.http.get('/api/auth/me').set(bearer(admin)).expect(200);
      const revoked = await t.http.post(`/api/users/${user.id}/revoke-sessions`).set(bearer(admin)).expect(200);
      expect(revoked.body).toEqual({ revoked: 1 });
      await t.http.get('/api/auth/me').set(bearer(user)).expect(401);
      await t.http.post('/api/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    });
  });

  describe('hole 11: temporary credentials expire', () => {
    it('a temporary password stops working after TEMPORARY_PASSWORD_TTL_HOURS', async () => {
      const { UsersService } = await import('#auth');
      const { temporaryPassword, user } = await t.app.get(UsersService).createWithPassword({ email: 'temp.op@example.org', name: 'Temp Op', role: 'secretariat' });
      const { rows } = await db.query(`SELECT round(extract(epoch FROM password_expires_at - created_at) / 3600)::int AS hours FROM users WHERE id = $1`, [user.id]);
      expect(rows[0].hours).toBe(72);
      await db.query(`UPDATE users SET password_expires_at = now() - interval '1 second' WHERE id = $1`, [user.id]);
      await t.http.post('/api/auth/login').set(from('192.0.2.99')).send({ email: 'temp.op@example.org', password: temporaryPassword }).expect(401);
    });
  });
});
