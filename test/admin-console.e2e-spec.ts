import { DataSource } from 'typeorm';
import { UsersService } from '#auth';
import { CatalogueSeeder } from '#catalogue';
import { parseCsv } from './support/export-readers.js';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';

/** What the web app's admin console and language picker need of the API beyond account CRUD (issue 15). */
describe('admin console API: own language, users list, audit viewer and export', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    // Read when the app is created: secretariat accounts sign in with their MFA enrolment pending.
    process.env.MFA_REQUIRED_ROLES = 'secretariat';
    t = await startTestApp();
    process.env.MFA_REQUIRED_ROLES = '';
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('PATCH /api/auth/me', () => {
    it('changes one’s own language and name, audited, and answers the MeDto', async () => {
      const fp = await createUserAndLogin(t.http, admin, { email: 'lang.fp@example.org', name: 'Lang FP', role: 'focal_point', stateCode: 'KEN' });
      const res = await t.http.patch('/api/auth/me').set(bearer(fp)).send({ language: 'ar', name: '  Amina  Diallo ' }).expect(200);
      expect(res.body).toMatchObject({ id: fp.id, language: 'ar', name: 'Amina  Diallo', role: 'focal_point', stateCode: 'KEN' });
      expect(res.body.permissions).toContain('reports:write');
      expect((await t.http.get('/api/auth/me').set(bearer(fp)).expect(200)).body.language).toBe('ar');
      // The next sign-in answers in the chosen language.
      expect((await login(t.http, 'lang.fp@example.org', 'Correct-Horse-Battery-42')).user).toMatchObject({ language: 'ar' });
      const audit = await t.http.get(`/api/audit?action=user.self_updated&entityId=${fp.id}`).set(bearer(admin)).expect(200);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({ actorId: fp.id, actorEmail: 'lang.fp@example.org', changes: { language: { from: 'en', to: 'ar' }, name: { from: 'Lang FP', to: 'Amina  Diallo' } } });
      // Nothing changed: no new audit row.
      await t.http.patch('/api/auth/me').set(bearer(fp)).send({ language: 'ar' }).expect(200);
      expect((await t.http.get(`/api/audit?action=user.self_updated&entityId=${fp.id}`).set(bearer(admin)).expect(200)).body.total).toBe(1);
    });

    it('refuses an unknown language, a blank name and any other field with 400', async () => {
      const sec = await login(t.http, ADMIN.email, ADMIN.password);
      for (const [body, field] of [
        [{ language: 'de' }, 'language'],
        [{ name: '   ' }, 'name'],
        [{ role: 'admin' }, 'role'],
        [{ stateCode: 'FRA' }, 'stateCode'],
      ] as const) {
        const res = await t.http.patch('/api/auth/me').set(bearer(sec)).send(body).expect(400);
        expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field })] });
      }
      await t.http.patch('/api/auth/me').send({ language: 'fr' }).expect(401);
    });

    it('works while a password change or an MFA enrolment is pending (the language comes first)', async () => {
      const users = t.app.get(UsersService);
      const { temporaryPassword } = await users.createWithPassword({ email: 'temp@example.org', name: 'Temp', role: 'focal_point', stateCode: 'FRA' });
      const temp = await login(t.http, 'temp@example.org', temporaryPassword!);
      expect((await t.http.get('/api/audit').set(bearer(temp)).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await t.http.patch('/api/auth/me').set(bearer(temp)).send({ language: 'fr' }).expect(200)).body.language).toBe('fr');

      const sec = await createUserAndLogin(t.http, admin, { email: 'mfa.pending@example.org', role: 'secretariat' });
      expect((await t.http.get('/api/audit').set(bearer(sec)).expect(403)).body.code).toBe('MFA_ENROLMENT_REQUIRED');
      expect((await t.http.patch('/api/auth/me').set(bearer(sec)).send({ language: 'zh' }).expect(200)).body.language).toBe('zh');
    });
  });

  describe('State names in the six UN languages', () => {
    const SIX = ['ar', 'en', 'es', 'fr', 'ru', 'zh'];
    const allStates = async () => {
      const items: { code: string; names: Record<string, string> }[] = [];
      for (let page = 1; ; page++) {
        const res = await t.http.get(`/api/states?limit=100&page=${page}`).set(bearer(admin)).expect(200);
        items.push(...res.body.items);
        if (items.length >= res.body.total) return items;
      }
    };

    it('GET /api/states answers every State with a name in every language, and finds them by any', async () => {
      const states = await allStates();
      expect(states.length).toBe(196);
      for (const s of states) expect([s.code, Object.keys(s.names).sort()]).toEqual([s.code, SIX]);
      expect(states.find((s) => s.code === 'FRA')!.names).toMatchObject({ en: 'France', fr: 'France', es: 'Francia', ru: 'Франция', ar: 'فرنسا' });
      const byRussian = await t.http.get(`/api/states?q=${encodeURIComponent('Германия')}`).set(bearer(admin)).expect(200);
      expect(byRussian.body.items.map((s: { code: string }) => s.code)).toEqual(['DEU']);
    });

    it('a database seeded before the names existed gets them at the next start, its own names kept', async () => {
      const db = t.app.get(DataSource);
      await db.query(`UPDATE states SET names = names - 'ar' - 'fr' - 'ru' - 'es'`);
      await db.query(`UPDATE states SET names = names || '{"fr": "République française"}'::jsonb WHERE code = 'FRA'`);
      const seeder = t.app.get(CatalogueSeeder);
      expect(await seeder.fillMissingStateNames()).toBe(196);
      expect(await seeder.fillMissingStateNames()).toBe(0);
      const states = await allStates();
      for (const s of states) expect(Object.keys(s.names).sort()).toEqual(SIX);
      expect(states.find((s) => s.code === 'FRA')!.names.fr).toBe('République française');
      await db.query(`UPDATE states SET names = names || '{"fr": "France"}'::jsonb WHERE code = 'FRA'`);
    });
  });

  describe('GET /api/users filters together', () => {
    it('combines q, role, stateCode, active and paging, sorts by name or creation, and counts the total', async () => {
      const made: string[] = [];
      for (const [name, stateCode] of [['Zoë Alpha', 'BRA'], ['Ana Beta', 'BRA'], ['Mia Gamma', 'BRA'], ['Omar Delta', 'CHN']]) {
        const email = `${name.split(' ')[1].toLowerCase()}.list@example.org`;
        const res = await t.http.post('/api/users').set(bearer(admin)).send({ email, name, role: 'focal_point', stateCode }).expect(201);
        made.push(res.body.id);
      }
      await t.http.patch(`/api/users/${made[2]}`).set(bearer(admin)).send({ active: false }).expect(200);
      const get = (q: string) => t.http.get(`/api/users?${q}`).set(bearer(admin)).expect(200);

      const both = await get('q=.list@&role=focal_point&stateCode=BRA&active=true&sort=name');
      expect(both.body).toMatchObject({ total: 2, page: 1, limit: 20 });
      expect(both.body.items.map((u: { name: string }) => u.name)).toEqual(['Ana Beta', 'Zoë Alpha']);
      const inactive = await get('q=list&stateCode=BRA&active=false');
      expect(inactive.body.items.map((u: { name: string }) => u.name)).toEqual(['Mia Gamma']);

      const byName = await get('q=.list@&sort=-name&limit=2&page=2');
      expect(byName.body).toMatchObject({ total: 4, page: 2, limit: 2 });
      expect(byName.body.items.map((u: { name: string }) => u.name)).toEqual(['Mia Gamma', 'Ana Beta']);
      const newest = await get('q=.list@&sort=-createdAt&limit=1');
      expect(newest.body.items[0].name).toBe('Omar Delta');
      const oldest = await get('q=.list@&sort=createdAt&limit=1');
      expect(oldest.body.items[0].name).toBe('Zoë Alpha');
      const none = await get('q=.list@&role=secretariat');
      expect(none.body).toMatchObject({ total: 0, items: [] });

      const bad = await t.http.get('/api/users?sort=password').set(bearer(admin)).expect(400);
      expect(bad.body.errors[0].field).toBe('sort');
    });
  });

  describe('the audit trail viewer', () => {
    it('shows each actor’s e-mail and name and filters by it', async () => {
      const page = await t.http.get(`/api/audit?actorEmail=${encodeURIComponent(' ADMIN@wg4.test ')}&entity=user&limit=5`).set(bearer(admin)).expect(200);
      expect(page.body.total).toBeGreaterThan(5);
      expect(page.body.items).toHaveLength(5);
      for (const e of page.body.items) expect(e).toMatchObject({ actorEmail: ADMIN.email, actorId: admin.user.id, entity: 'user', actorName: expect.any(String) });
      const anonymous = await t.http.get('/api/audit?action=auth.login.failed').set(bearer(admin)).expect(200);
      for (const e of anonymous.body.items.filter((x: { actorId: string | null }) => x.actorId === null)) expect(e.actorEmail).toBeNull();
      const nobody = await t.http.get('/api/audit?actorEmail=nobody@example.org').set(bearer(admin)).expect(200);
      expect(nobody.body).toMatchObject({ total: 0, items: [] });
      const bad = await t.http.get('/api/audit?actorEmail=not-an-address').set(bearer(admin)).expect(400);
      expect(bad.body.errors[0].field).toBe('actorEmail');
    });

    it('exports the filtered trail as UTF-8 CSV with a BOM, a header row and a file name, audited', async () => {
      const from = new Date(Date.now() - 3_600_000).toISOString();
      const list = await t.http.get(`/api/audit?entity=user&from=${from}&limit=100`).set(bearer(admin)).expect(200);
      const res = await t.http
        .get(`/api/audit/export.csv?entity=user&from=${from}`)
        .set(bearer(admin))
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="audit-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(res.headers['cache-control']).toMatch(/no-store/);
      expect(res.headers['x-export-truncated']).toBe('false');
      const body = res.body as Buffer;
      expect(body.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const [header, ...rows] = parseCsv(body).filter((r) => r.length > 1);
      expect(header.slice(0, 6)).toEqual(['occurredAt', 'actorEmail', 'actorName', 'actorRole', 'actorId', 'action']);
      expect(rows).toHaveLength(list.body.total);
      expect(res.headers['x-total-count']).toBe(String(list.body.total));
      const col = (name: string) => header.indexOf(name);
      // Same rows, same order as the list (newest first), with the diff as JSON.
      expect(rows.map((r) => r[col('id')])).toEqual(list.body.items.map((e: { id: string }) => e.id));
      const withChanges = rows.find((r) => r[col('action')] === 'user.self_updated' && r[col('actorEmail')] === 'lang.fp@example.org')!;
      expect(JSON.parse(withChanges[col('changes')])).toMatchObject({ language: { from: 'en', to: 'ar' } });
      expect(rows.find((r) => r[col('actorEmail')] === 'lang.fp@example.org')![col('actorName')]).toBe('Amina  Diallo');

      const exported = await t.http.get('/api/audit?action=audit.exported').set(bearer(admin)).expect(200);
      expect(exported.body.items[0]).toMatchObject({ actorEmail: ADMIN.email, metadata: { filters: { entity: 'user' } } });
    });

    it('streams every matching row in batches (past one batch), and only for audit:read', async () => {
      const total = (await t.http.get('/api/audit?limit=1').set(bearer(admin)).expect(200)).body.total as number;
      // Rows for several export batches, all with the same timestamp (one statement): the keyset must break ties by id.
      await t.app.get(DataSource).query(`INSERT INTO audit_events (action, entity, entity_id) SELECT 'test.filler', 'test', g::text FROM generate_series(1, 2100) g`);
      const res = await t.http.get('/api/audit/export.csv?action=test.filler').set(bearer(admin)).expect(200);
      const rows = parseCsv(Buffer.from(res.text, 'utf8')).filter((r) => r.length > 1);
      expect(rows).toHaveLength(2_101);
      expect(new Set(rows.slice(1).map((r) => r[7])).size).toBe(2_100);
      expect(total).toBeGreaterThan(0);
      const fp = await createUserAndLogin(t.http, admin, { email: 'noaudit@example.org', role: 'focal_point', stateCode: 'KEN' });
      expect((await t.http.get('/api/audit/export.csv').set(bearer(fp)).expect(403)).body.code).toBe('FORBIDDEN');
      expect((await t.http.get('/api/audit/export.csv?from=yesterday').set(bearer(admin)).expect(400)).body.code).toBe('VALIDATION_FAILED');
    });
  });
});
