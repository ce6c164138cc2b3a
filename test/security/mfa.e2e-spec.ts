import * as OTPAuth from 'otpauth';
import pg from 'pg';
import { ADMIN, bearer, inviteAndAccept, login, startTestApp, type Http, type Session, type TestApp } from '../support/test-app.js';
import type { SmtpSink } from '../support/smtp-sink.js';

const PASSWORD = 'Correct-Horse-Battery-42';

/** The code an authenticator app shows `stepOffset` steps from now. */
const codeFor = (secret: string, stepOffset = 0) =>
  new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + stepOffset * 30_000 });
/** A 6-digit code valid for none of the accepted steps. */
const wrongCodeFor = (secret: string) => {
  const valid = new Set([-1, 0, 1, 2].map((o) => codeFor(secret, o)));
  for (let n = 0; ; n++) {
    const c = String(n).padStart(6, '0');
    if (!valid.has(c)) return c;
  }
};

interface Enrolled {
  secret: string;
  recoveryCodes: string[];
}

async function enrol(http: Http, session: { accessToken: string }): Promise<Enrolled> {
  const start = await http.post('/api/auth/mfa/enrol').set(bearer(session)).expect(200);
  const confirm = await http.post('/api/auth/mfa/enrol/confirm').set(bearer(session)).send({ code: codeFor(start.body.secret) }).expect(200);
  return { secret: start.body.secret, recoveryCodes: confirm.body.recoveryCodes };
}

async function challenge(http: Http, email: string, password: string): Promise<string> {
  const res = await http.post('/api/auth/login').send({ email, password }).expect(200);
  expect(res.body).toEqual({ mfaRequired: true, challengeToken: expect.any(String), expiresIn: 300 });
  return res.body.challengeToken as string;
}

describe('MFA: multi-factor sign-in (TOTP)', () => {
  let t: TestApp;
  let smtp: SmtpSink;
  let db: pg.Client;
  let admin: Session;
  let adminMfa: Enrolled;

  beforeAll(async () => {
    // Read when the app is created (auth config); startTestApp wires the app to a real SMTP sink.
    process.env.MFA_REQUIRED_ROLES = 'admin,secretariat';
    t = await startTestApp();
    smtp = t.mail;
    db = new pg.Client({ connectionString: t.databaseUrl });
    await db.connect();
  });
  // Every test starts with a clean sign-in limiter: wrong codes of one test must not delay the next one's sign-ins.
  beforeEach(async () => {
    await db?.query('DELETE FROM login_failures');
  });
  afterAll(async () => {
    process.env.MFA_REQUIRED_ROLES = '';
    await db?.end();
    await t?.close();
  });

  const createUser = async (email: string, role: string, stateCode?: string) => {
    return inviteAndAccept(t.http, admin, { email, role, stateCode }, PASSWORD);
  };
  const loginMfa = (challengeToken: string, code: string) => t.http.post('/api/auth/login/mfa').send({ challengeToken, code });

  it('an admin without MFA gets MFA_ENROLMENT_REQUIRED everywhere but me, the MFA routes and change-password', async () => {
    admin = await login(t.http, ADMIN.email, ADMIN.password);
    const refused = await t.http.get('/api/users').set(bearer(admin)).expect(403);
    expect(refused.body).toMatchObject({ code: 'MFA_ENROLMENT_REQUIRED', status: 403 });
    expect((await t.http.get('/api/audit').set(bearer(admin)).expect(403)).body.code).toBe('MFA_ENROLMENT_REQUIRED');
    await t.http.get('/api/auth/me').set(bearer(admin)).expect(200);
    const status = await t.http.get('/api/auth/mfa').set(bearer(admin)).expect(200);
    expect(status.body).toEqual({ enabled: false, required: true, pendingEnrolment: false, confirmedAt: null, recoveryCodesRemaining: 0 });
    // change-password is reachable (a wrong current password is a 400, not the MFA 403).
    const change = await t.http.post('/api/auth/change-password').set(bearer(admin)).send({ currentPassword: 'not-it-at-all', newPassword: 'Another-Long-Passphrase-93' });
    expect(change.body.code).toBe('WRONG_CURRENT_PASSWORD');
  });

  it('enrols: an otpauth URI, an SVG QR code and the secret; a wrong first code is refused; the right one gives 10 recovery codes', async () => {
    const start = await t.http.post('/api/auth/mfa/enrol').set(bearer(admin)).expect(200);
    const { otpauthUri, qrCodeDataUrl, secret } = start.body as { otpauthUri: string; qrCodeDataUrl: string; secret: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const parsed = OTPAuth.URI.parse(otpauthUri) as OTPAuth.TOTP;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(parsed).toMatchObject({ issuer: 'WG.4 Follow-up', label: ADMIN.email, digits: 6, period: 30, algorithm: 'SHA1' });
    expect(parsed.secret.base32).toBe(secret);
    expect(qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(qrCodeDataUrl.split(',')[1], 'base64').toString()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    expect((await t.http.get('/api/auth/mfa').set(bearer(admin)).expect(200)).body).toMatchObject({ enabled: false, pendingEnrolment: true });

    const wrong = await t.http.post('/api/auth/mfa/enrol/confirm').set(bearer(admin)).send({ code: wrongCodeFor(secret) }).expect(400);
    expect(wrong.body.code).toBe('WRONG_MFA_CODE');
    const confirm = await t.http.post('/api/auth/mfa/enrol/confirm').set(bearer(admin)).send({ code: codeFor(secret) }).expect(200);
    const codes = confirm.body.recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    adminMfa = { secret, recoveryCodes: codes };

    // The same access token now reaches admin routes (the guard reads users.mfa_enabled on every request).
    await t.http.get('/api/users').set(bearer(admin)).expect(200);
    expect((await t.http.get('/api/auth/mfa').set(bearer(admin)).expect(200)).body).toMatchObject({ enabled: true, recoveryCodesRemaining: 10 });
    await smtp.waitFor(ADMIN.email, /Two-factor sign-in turned on/);
    // A second enrolment over a confirmed one is refused.
    expect((await t.http.post('/api/auth/mfa/enrol').set(bearer(admin)).expect(409)).body.code).toBe('MFA_ALREADY_ENABLED');
  });

  it('keeps the secret encrypted and the recovery codes hashed at rest', async () => {
    const { rows } = await db.query(`SELECT m.secret_encrypted, m.confirmed_at FROM user_mfa m JOIN users u ON u.id = m.user_id WHERE u.email = $1`, [ADMIN.email]);
    expect(rows).toHaveLength(1);
    expect(rows[0].secret_encrypted).toMatch(/^v1\./);
    expect(rows[0].secret_encrypted).not.toContain(adminMfa.secret);
    const hashes = (await db.query(`SELECT c.code_hash FROM mfa_recovery_codes c JOIN users u ON u.id = c.user_id WHERE u.email = $1`, [ADMIN.email])).rows;
    expect(hashes).toHaveLength(10);
    const stored = JSON.stringify(hashes);
    for (const code of adminMfa.recoveryCodes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
    }
  });

  it('the password step now returns a challenge and no tokens; 5 wrong codes kill the challenge', async () => {
    const token = await challenge(t.http, ADMIN.email, ADMIN.password);
    for (let i = 0; i < 5; i++) {
      const res = await loginMfa(token, wrongCodeFor(adminMfa.secret)).expect(401);
      expect(res.body.code).toBe('INVALID_MFA_CODE');
    }
    const dead = await loginMfa(token, codeFor(adminMfa.secret, 1)).expect(401);
    expect(dead.body.code).toBe('INVALID_MFA_CHALLENGE');
    expect(dead.body.accessToken).toBeUndefined();
  });

  it('the right code gives tokens once; the same code (time step) is refused afterwards; an expired challenge is refused', async () => {
    const code = codeFor(adminMfa.secret, 1);
    const token = await challenge(t.http, ADMIN.email, ADMIN.password);
    const ok = await loginMfa(token, code).expect(200);
    expect(ok.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { email: ADMIN.email, role: 'admin' } });
    admin = ok.body;
    await t.http.get('/api/users').set(bearer(admin)).expect(200);
    // The challenge is single use.
    expect((await loginMfa(token, codeFor(adminMfa.secret)).expect(401)).body.code).toBe('INVALID_MFA_CHALLENGE');
    // Replay: the same code on a new challenge, and an older step's code.
    const again = await challenge(t.http, ADMIN.email, ADMIN.password);
    expect((await loginMfa(again, code).expect(401)).body.code).toBe('INVALID_MFA_CODE');
    expect((await loginMfa(again, codeFor(adminMfa.secret, 0)).expect(401)).body.code).toBe('INVALID_MFA_CODE');
    // Expired (5 minutes): pushed into the past directly in the database.
    const expired = await challenge(t.http, ADMIN.email, ADMIN.password);
    await db.query(`UPDATE mfa_challenges SET expires_at = now() - interval '1 second' WHERE consumed_at IS NULL`);
    expect((await loginMfa(expired, codeFor(adminMfa.secret, 1)).expect(401)).body.code).toBe('INVALID_MFA_CHALLENGE');
    const audit = (await t.http.get('/api/audit?action=auth.login.succeeded&limit=5').set(bearer(admin)).expect(200)).body.items;
    expect(audit[0]).toMatchObject({ actorId: admin.user.id, metadata: { mfa: 'totp' } });
  });

  it('a recovery code signs in once (any case, with or without dashes), and the user is told', async () => {
    const [first] = adminMfa.recoveryCodes;
    const token = await challenge(t.http, ADMIN.email, ADMIN.password);
    const ok = await loginMfa(token, first.toUpperCase()).expect(200);
    expect(ok.body.accessToken).toEqual(expect.any(String));
    admin = ok.body;
    const again = await challenge(t.http, ADMIN.email, ADMIN.password);
    expect((await loginMfa(again, first.replace(/-/g, '')).expect(401)).body.code).toBe('INVALID_MFA_CODE');
    expect((await t.http.get('/api/auth/mfa').set(bearer(admin)).expect(200)).body.recoveryCodesRemaining).toBe(9);
    const mail = await smtp.waitFor(ADMIN.email, /recovery code was used/);
    expect(mail.text).toMatch(/9 unused recovery codes left/);
  });

  it('a role that requires MFA cannot turn it off', async () => {
    const res = await t.http.delete('/api/auth/mfa').set(bearer(admin)).send({ code: adminMfa.recoveryCodes[1] }).expect(403);
    expect(res.body.code).toBe('MFA_REQUIRED');
    expect((await t.http.get('/api/auth/mfa').set(bearer(admin)).expect(200)).body.enabled).toBe(true);
  });

  it('an admin resets another user\'s MFA: audited, sessions revoked, the user told, and enrolment required again', async () => {
    const email = 'sec.mfa@example.org';
    const id = await createUser(email, 'secretariat');
    let sec = await login(t.http, email, PASSWORD);
    expect((await t.http.get('/api/audit').set(bearer(sec)).expect(403)).body.code).toBe('MFA_ENROLMENT_REQUIRED');
    const secMfa = await enrol(t.http, sec);
    const token = await challenge(t.http, email, PASSWORD);
    sec = (await loginMfa(token, codeFor(secMfa.secret, 1)).expect(200)).body;
    await t.http.get('/api/audit?limit=1').set(bearer(sec)).expect(200);
    expect((await t.http.get(`/api/users/${id}`).set(bearer(admin)).expect(200)).body.mfaEnabled).toBe(true);

    expect((await t.http.post(`/api/users/${admin.user.id}/mfa/reset`).set(bearer(admin)).expect(403)).body.code).toBe('MFA_RESET_SELF');
    await t.http.post(`/api/users/${id}/mfa/reset`).set(bearer(admin)).expect(204);

    // Signed out everywhere: the access token (token version) and the refresh token.
    await t.http.get('/api/auth/me').set(bearer(sec)).expect(401);
    await t.http.post('/api/auth/refresh').send({ refreshToken: sec.refreshToken }).expect(401);
    const events = (await t.http.get(`/api/audit?action=auth.mfa.reset&entityId=${id}`).set(bearer(admin)).expect(200)).body.items;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: admin.user.id, entity: 'user', entityId: id, changes: { mfaEnabled: { from: true, to: false } } });
    const mail = await smtp.waitFor(email, /Two-factor sign-in was reset/);
    expect(mail.text).toMatch(/set it up again at your next sign-in/);
    expect((await db.query(`SELECT count(*)::int AS n FROM mfa_recovery_codes WHERE user_id = $1`, [id])).rows[0].n).toBe(0);

    // The password alone signs in again, and enrolment is required again.
    sec = await login(t.http, email, PASSWORD);
    expect((await t.http.get('/api/auth/mfa').set(bearer(sec)).expect(200)).body).toMatchObject({ enabled: false, required: true });
    expect((await t.http.get('/api/audit').set(bearer(sec)).expect(403)).body.code).toBe('MFA_ENROLMENT_REQUIRED');
    // Only admins reset.
    await t.http.post(`/api/users/${admin.user.id}/mfa/reset`).set(bearer(sec)).expect(403);
  });

  it('a focal point may go without MFA, enrol, regenerate codes and turn it off with a code (each time told by e-mail)', async () => {
    const email = 'fp.mfa@example.org';
    await createUser(email, 'focal_point', 'KEN');
    let fp = await login(t.http, email, PASSWORD);
    await t.http.get('/api/cycles').set(bearer(fp)).expect(200);
    expect((await t.http.get('/api/auth/mfa').set(bearer(fp)).expect(200)).body).toMatchObject({ enabled: false, required: false });
    const fpMfa = await enrol(t.http, fp);
    await smtp.waitFor(email, /turned on/);

    const regenerated = await t.http.post('/api/auth/mfa/recovery-codes').set(bearer(fp)).send({ code: codeFor(fpMfa.secret, 1) }).expect(200);
    const fresh = regenerated.body.recoveryCodes as string[];
    expect(fresh).toHaveLength(10);
    expect(fresh.filter((c) => fpMfa.recoveryCodes.includes(c))).toEqual([]);
    await smtp.waitFor(email, /New recovery codes/);
    // The old set no longer works.
    const token = await challenge(t.http, email, PASSWORD);
    expect((await loginMfa(token, fpMfa.recoveryCodes[0]).expect(401)).body.code).toBe('INVALID_MFA_CODE');
    fp = (await loginMfa(token, fresh[0]).expect(200)).body;

    expect((await t.http.delete('/api/auth/mfa').set(bearer(fp)).send({ code: wrongCodeFor(fpMfa.secret) }).expect(400)).body.code).toBe('WRONG_MFA_CODE');
    await t.http.delete('/api/auth/mfa').set(bearer(fp)).send({ code: fresh[1] }).expect(204);
    await smtp.waitFor(email, /turned off/);
    const plain = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(200);
    expect(plain.body.accessToken).toEqual(expect.any(String));
  });

  it('wrong codes count like wrong passwords: after 5 from one address, the right password from there waits (429)', async () => {
    const email = 'fp.guess@example.org';
    await createUser(email, 'focal_point', 'KEN');
    const fp = await login(t.http, email, PASSWORD);
    const fpMfa = await enrol(t.http, fp);
    await db.query('DELETE FROM login_failures');
    const token = await challenge(t.http, email, PASSWORD);
    for (let i = 0; i < 5; i++) await loginMfa(token, wrongCodeFor(fpMfa.secret)).expect(401);
    const limited = await t.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(429);
    expect(limited.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  });

  it('one code used on two challenges at once signs in exactly once', async () => {
    const email = 'fp.race@example.org';
    await createUser(email, 'focal_point', 'FRA');
    const fpMfa = await enrol(t.http, await login(t.http, email, PASSWORD));
    const [a, b] = [await challenge(t.http, email, PASSWORD), await challenge(t.http, email, PASSWORD)];
    const code = codeFor(fpMfa.secret, 1);
    const results = await Promise.all([loginMfa(a, code), loginMfa(b, code)]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('validates the second step\'s body (400) and refuses an unknown challenge (401)', async () => {
    expect((await t.http.post('/api/auth/login/mfa').send({}).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await loginMfa('x'.repeat(43), '123456').expect(401)).body.code).toBe('INVALID_MFA_CHALLENGE');
  });
});
