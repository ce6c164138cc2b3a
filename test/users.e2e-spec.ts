import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';
import { linkToken } from './support/smtp-sink.js';

const PASSWORD = 'Correct-Horse-Battery-42';

describe('users: admin account management', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t.close();
  });

  const create = (body: object) => t.http.post('/api/users').set(bearer(admin)).send(body);

  it('creates a focal point with a State, normalising the e-mail', async () => {
    const res = await create({ email: '  Focal.Kenya@Example.ORG ', name: 'Focal Kenya', role: 'focal_point', stateCode: 'KEN' }).expect(201);
    expect(res.body).toMatchObject({ email: 'focal.kenya@example.org', role: 'focal_point', stateCode: 'KEN', active: true, mustChangePassword: false });
    expect(res.body.temporaryPassword).toBeUndefined();
    expect(res.body.passwordHash).toBeUndefined();
    expect(res.body).toMatchObject({ hasPassword: false, invitation: { sentTo: 'focal.kenya@example.org', delivered: true } });
    // Until the invitation is used there is no password that works.
    await t.http.post('/api/auth/login').send({ email: 'focal.kenya@example.org', password: PASSWORD }).expect(401);
    const mail = await t.mail.waitFor('focal.kenya@example.org', /invited/);
    await t.http.post('/api/auth/set-password').send({ token: linkToken(mail), password: PASSWORD }).expect(200);
    await login(t.http, 'FOCAL.kenya@example.org', PASSWORD);
  });

  it('enforces the role/State rule and the code format', async () => {
    const missing = await create({ email: 'a@example.org', name: 'A', role: 'focal_point' }).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'stateCode', rule: 'stateRequired', message: 'stateCode is required for a focal point' }]);
    const forbidden = await create({ email: 'b@example.org', name: 'B', role: 'secretariat', stateCode: 'KEN' }).expect(400);
    expect(forbidden.body.errors[0].field).toBe('stateCode');
    const format = await create({ email: 'c@example.org', name: 'C', role: 'focal_point', stateCode: 'ke' }).expect(400);
    expect(format.body.errors[0].field).toBe('stateCode');
  });

  it('never lets the admin know or choose a password: the person sets it through a single-use invitation link', async () => {
    const withPassword = await create({ email: 'chosen@example.org', name: 'Chosen', role: 'secretariat', password: PASSWORD }).expect(400);
    expect(withPassword.body.errors).toEqual([{ field: 'password', rule: 'whitelistValidation', message: 'property password should not exist' }]);
    const res = await create({ email: 'invited@example.org', name: 'Invited', role: 'secretariat', language: 'fr' }).expect(201);
    expect(JSON.stringify(res.body)).not.toMatch(/token|temporaryPassword/i);
    expect(res.body.language).toBe('fr');
    const mail = await t.mail.waitFor('invited@example.org', /invited/);
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/invitation#token=/);
    const token = linkToken(mail);
    const weak = await t.http.post('/api/auth/set-password').send({ token, password: 'qwertyuiop12' }).expect(400);
    expect(weak.body).toMatchObject({ code: 'WEAK_PASSWORD', errors: [{ field: 'password' }] });
    const set = await t.http.post('/api/auth/set-password').send({ token, password: PASSWORD }).expect(200);
    expect(set.body).toEqual({ email: 'invited@example.org' });
    // Single use.
    const again = await t.http.post('/api/auth/set-password').send({ token, password: 'Another-Long-Phrase-77' }).expect(400);
    expect(again.body.code).toBe('INVALID_ACCOUNT_LINK');
    const session = await login(t.http, 'invited@example.org', PASSWORD);
    expect(session.user).toMatchObject({ mustChangePassword: false, language: 'fr' });
    const shown = await t.http.get(`/api/users/${res.body.id}`).set(bearer(admin)).expect(200);
    expect(shown.body.hasPassword).toBe(true);
    const audit = await t.http.get(`/api/audit?entity=user&entityId=${res.body.id}`).set(bearer(admin)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['user.created', 'user.invited', 'auth.invitation.accepted']));
    expect(JSON.stringify(audit.body)).not.toContain(token);
  });

  it('refuses a duplicate e-mail (case-insensitive) with 409, a weak password and unknown fields with 400', async () => {
    await create({ email: 'dup@example.org', name: 'Dup', role: 'secretariat' }).expect(201);
    const dup = await create({ email: 'DUP@example.org', name: 'Dup 2', role: 'admin' }).expect(409);
    expect(dup.body).toMatchObject({ code: 'EMAIL_TAKEN', errors: [{ field: 'email' }] });
    const weak = await create({ email: 'weak@example.org', name: 'Weak', role: 'secretariat', language: 'xx' }).expect(400);
    expect(weak.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'language' }] });
    const unknown = await create({ email: 'u@example.org', name: 'U', role: 'secretariat', isAdmin: true }).expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'isAdmin', rule: 'whitelistValidation', message: 'property isAdmin should not exist' }]);
    // Nothing half-written: the refused users do not exist.
    const list = await t.http.get('/api/users?q=weak').set(bearer(admin)).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('lists with filters, search and pagination', async () => {
    for (const [email, stateCode] of [['fp.fra@example.org', 'FRA'], ['fp.bra@example.org', 'BRA'], ['fp.chn@example.org', 'CHN']]) {
      await create({ email, name: `Focal ${stateCode}`, role: 'focal_point', stateCode }).expect(201);
    }
    const focal = await t.http.get('/api/users?role=focal_point&limit=2&page=1').set(bearer(admin)).expect(200);
    expect(focal.body.total).toBe(4);
    expect(focal.body.items).toHaveLength(2);
    const page2 = await t.http.get('/api/users?role=focal_point&limit=2&page=2').set(bearer(admin)).expect(200);
    expect(page2.body.items.map((u: { email: string }) => u.email)).not.toEqual(focal.body.items.map((u: { email: string }) => u.email));
    const bra = await t.http.get('/api/users?stateCode=BRA').set(bearer(admin)).expect(200);
    expect(bra.body.items.map((u: { email: string }) => u.email)).toEqual(['fp.bra@example.org']);
    const q = await t.http.get('/api/users?q=Focal%20CH').set(bearer(admin)).expect(200);
    expect(q.body.items.map((u: { email: string }) => u.email)).toEqual(['fp.chn@example.org']);
    const wildcard = await t.http.get('/api/users?q=%25').set(bearer(admin)).expect(200);
    expect(wildcard.body.total).toBe(0);
    const active = await t.http.get('/api/users?active=true&role=admin').set(bearer(admin)).expect(200);
    expect(active.body.items.map((u: { email: string }) => u.email)).toEqual([ADMIN.email]);
  });

  it('answers 404 for an unknown user and 400 for a malformed id', async () => {
    const missing = await t.http.get('/api/users/6c1f0f3e-9a43-4c55-b8a4-3c0a6a8a1b00').set(bearer(admin)).expect(404);
    expect(missing.body.code).toBe('USER_NOT_FOUND');
    const bad = await t.http.get('/api/users/42').set(bearer(admin)).expect(400);
    expect(bad.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
  });

  it('a focal point cannot raise its own role, change its State, or read accounts', async () => {
    const fp = await createUserAndLogin(t.http, admin, { email: 'ambitious@example.org', role: 'focal_point', stateCode: 'ITA' }, PASSWORD);
    for (const body of [{ role: 'admin' }, { stateCode: 'DEU' }, { active: true }]) {
      const res = await t.http.patch(`/api/users/${fp.id}`).set(bearer(fp)).send(body).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
    }
    await t.http.get('/api/users').set(bearer(fp)).expect(403);
    await t.http.post(`/api/users/${fp.id}/reset-password`).set(bearer(fp)).expect(403);
    const me = await t.http.get('/api/auth/me').set(bearer(fp)).expect(200);
    expect(me.body).toMatchObject({ role: 'focal_point', stateCode: 'ITA' });
  });

  it('updates a user and audits the changed fields only; leaving the focal-point role drops the State', async () => {
    const fp = await createUserAndLogin(t.http, admin, { email: 'promote@example.org', role: 'focal_point', stateCode: 'MEX' }, PASSWORD);
    const res = await t.http.patch(`/api/users/${fp.id}`).set(bearer(admin)).send({ role: 'secretariat', name: 'Promoted' }).expect(200);
    expect(res.body).toMatchObject({ role: 'secretariat', stateCode: null, name: 'Promoted' });
    const wrong = await t.http.patch(`/api/users/${fp.id}`).set(bearer(admin)).send({ stateCode: 'MEX' }).expect(400);
    expect(wrong.body.errors[0].field).toBe('stateCode');
    const audit = await t.http.get(`/api/audit?entity=user&entityId=${fp.id}&action=user.updated`).set(bearer(admin)).expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({
      actorId: admin.user.id,
      actorRole: 'admin',
      changes: { role: { from: 'focal_point', to: 'secretariat' }, stateCode: { from: 'MEX', to: null }, name: { from: 'promote', to: 'Promoted' } },
    });
    const created = await t.http.get(`/api/audit?entity=user&entityId=${fp.id}&action=user.created`).set(bearer(admin)).expect(200);
    expect(created.body.items[0].changes).toMatchObject({ email: { from: null, to: 'promote@example.org' }, role: { from: null, to: 'focal_point' } });
    expect(JSON.stringify(created.body.items[0])).not.toMatch(/argon2|password_hash|passwordHash/);
  });

  it('protects the last active admin from deactivation and demotion (409), but not when another admin exists', async () => {
    const me = admin.user.id;
    const deactivate = await t.http.patch(`/api/users/${me}`).set(bearer(admin)).send({ active: false }).expect(409);
    expect(deactivate.body.code).toBe('LAST_ADMIN');
    await t.http.patch(`/api/users/${me}`).set(bearer(admin)).send({ role: 'secretariat' }).expect(409);
    const second = await createUserAndLogin(t.http, admin, { email: 'second.admin@example.org', role: 'admin' }, PASSWORD);
    // Both admins demote each other at once: exactly one succeeds. The loser gets 409 (last admin) or, when the
    // winner committed before the loser's request was authenticated, 401 (its own role changed under it).
    const [a, b] = await Promise.all([
      t.http.patch(`/api/users/${second.id}`).set(bearer(admin)).send({ role: 'secretariat' }),
      t.http.patch(`/api/users/${me}`).set(bearer(second)).send({ role: 'secretariat' }),
    ]);
    const statuses = [a.status, b.status];
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect([401, 409]).toContain(statuses.find((s) => s !== 200));
    const admins = await t.http.get('/api/users?role=admin&active=true').set(bearer(a.status === 200 ? admin : second)).expect(200);
    expect(admins.body.total).toBe(1);
  });
});
