import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';
import { linkToken } from './support/smtp-sink.js';

const FIXTURES = path.join(import.meta.dirname, 'fixtures/bulk-invitations');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

async function xlsx(rows: ExcelJS.CellValue[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Focal points');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('bulk invitation of focal points (CSV, XLSX): preview, then all or nothing', () => {
  let t: TestApp;
  let admin: Session;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await login(t.http, ADMIN.email, ADMIN.password);
  });
  afterAll(async () => {
    await t.close();
  });

  const preview = (file: Buffer, name = 'people.csv') => t.http.post('/api/users/bulk-invitations/preview').set(bearer(admin)).attach('file', file, name);
  const invite = (file: Buffer, name = 'people.csv') => t.http.post('/api/users/bulk-invitations').set(bearer(admin)).attach('file', file, name);
  const userCount = async () => (await t.http.get('/api/users?limit=1').set(bearer(admin)).expect(200)).body.total as number;

  it('previews a good CSV: every row parsed, States matched by code or a name in any language, nothing written', async () => {
    const before = await userCount();
    const res = await preview(fixture('good.csv')).expect(200);
    expect(res.body).toMatchObject({ format: 'csv', ready: true, totals: { rows: 7, valid: 7, withProblems: 0, problems: 0 } });
    expect(res.body.rows.map((r: { row: number; email: string; state: { code: string }; language: string }) => [r.row, r.email, r.state.code, r.language])).toEqual([
      [2, 'amina.diallo@example.org', 'KEN', 'en'],
      [3, 'jean.dupont@example.org', 'FRA', 'fr'],
      [4, 'maria.garcia@example.org', 'CIV', 'es'],
      [5, 'ivan.petrov@example.org', 'DEU', 'ru'],
      [6, 'li.wei@example.org', 'CHN', 'zh'],
      [7, 'ahmad.hassan@example.org', 'EGY', 'ar'],
      [8, 'ana.lopez@example.org', 'MEX', 'en'],
    ]);
    expect(res.body.rows[6]).toMatchObject({ name: 'López, Ana', input: { email: 'ana.lopez@example.org', state: 'México', language: '' }, problems: [] });
    expect(res.body.rows[1].state.names).toMatchObject({ en: 'France', fr: 'France', zh: '法国' });
    expect(await userCount()).toBe(before);
    expect(t.mail.mails.filter((m) => JSON.stringify(m).includes('amina.diallo@example.org'))).toHaveLength(0);
  });

  it('reads a BOM, a title line, semicolons, odd header spellings and language names', async () => {
    const res = await preview(fixture('good-lenient.csv')).expect(200);
    expect(res.body).toMatchObject({ ready: true, totals: { rows: 3 } });
    expect(res.body.rows.map((r: { row: number; email: string; state: { code: string }; language: string }) => [r.row, r.email, r.state.code, r.language])).toEqual([
      [3, 'chen.jing@example.org', 'CHN', 'zh'],
      [4, 'olga@example.org', 'RUS', 'ru'],
      [6, 'paul@example.org', 'BEL', 'fr'],
    ]);
  });

  it('shows every row’s problems with their codes and columns, and the invitation refuses the whole file (422, nothing written)', async () => {
    const before = await userCount();
    const res = await preview(fixture('bad-rows.csv')).expect(200);
    expect(res.body).toMatchObject({ ready: false, totals: { rows: 10, valid: 2, withProblems: 8 } });
    const problems = Object.fromEntries(res.body.rows.map((r: { row: number; problems: { code: string; field: string }[] }) => [r.row, r.problems.map((p) => `${p.field}:${p.code}`)]));
    expect(problems).toEqual({
      2: [],
      3: ['email:BULK_EMAIL_INVALID'],
      4: [],
      5: ['email:BULK_EMAIL_DUPLICATE_IN_FILE'],
      6: ['email:BULK_EMAIL_TAKEN'],
      7: ['name:BULK_NAME_MISSING'],
      8: ['state:BULK_STATE_UNKNOWN'],
      9: ['state:BULK_STATE_MISSING'],
      10: ['language:BULK_LANGUAGE_UNKNOWN'],
      11: ['email:BULK_EMAIL_MISSING'],
    });

    const refused = await invite(fixture('bad-rows.csv')).expect(422);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(refused.body).toMatchObject({ code: 'BULK_INVITATION_INVALID', status: 422, totals: { rows: 10, withProblems: 8 } });
    expect(refused.body.rows.map((r: { row: number }) => r.row)).toEqual([3, 5, 6, 7, 8, 9, 10, 11]);
    expect(await userCount()).toBe(before);
    const list = await t.http.get('/api/users?q=ok.row').set(bearer(admin)).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('invites every person of a good file in one go: accounts, audit rows, then one invitation mail each', async () => {
    const before = await userCount();
    const res = await invite(fixture('good.csv')).expect(201);
    expect(res.body).toMatchObject({ batch: expect.any(String), totals: { rows: 7, valid: 7 } });
    expect(res.body.users).toHaveLength(7);
    for (const u of res.body.users) expect(u).toMatchObject({ role: 'focal_point', active: true, hasPassword: false, invitation: { delivered: true } });
    expect(res.body.users.map((u: { stateCode: string; language: string }) => `${u.stateCode}/${u.language}`)).toEqual(['KEN/en', 'FRA/fr', 'CIV/es', 'DEU/ru', 'CHN/zh', 'EGY/ar', 'MEX/en']);
    expect(res.body.users[6].name).toBe('López, Ana');
    expect(await userCount()).toBe(before + 7);

    // Each person sets a password through their own link and signs in as the focal point of their State.
    const mail = await t.mail.waitFor('li.wei@example.org', /invited/);
    await t.http.post('/api/auth/set-password').send({ token: linkToken(mail), password: 'Correct-Horse-Battery-42' }).expect(200);
    const li = await login(t.http, 'li.wei@example.org', 'Correct-Horse-Battery-42');
    expect(li.user).toMatchObject({ role: 'focal_point', stateCode: 'CHN', language: 'zh' });
    for (const u of res.body.users) await t.mail.waitFor(u.email, /invited/);

    const audit = await t.http.get(`/api/audit?action=user.invited&limit=100&actorEmail=${ADMIN.email}`).set(bearer(admin)).expect(200);
    const batch = audit.body.items.filter((e: { metadata: { bulkInvitation?: string } }) => e.metadata?.bulkInvitation === res.body.batch);
    expect(batch).toHaveLength(7);
    expect(batch.map((e: { metadata: { row: number } }) => e.metadata.row).sort()).toEqual([2, 3, 4, 5, 6, 7, 8]);
    const created = await t.http.get(`/api/audit?action=user.created&entityId=${res.body.users[0].id}`).set(bearer(admin)).expect(200);
    expect(created.body.total).toBe(1);

    // The same file again: every address is now taken.
    const again = await preview(fixture('good.csv')).expect(200);
    expect(again.body.rows.every((r: { problems: { code: string }[] }) => r.problems.some((p) => p.code === 'BULK_EMAIL_TAKEN'))).toBe(true);
  });

  it('reads an XLSX workbook (links, numbers, a title row) like a CSV', async () => {
    const file = await xlsx([
      ['Focal points'],
      ['Email', 'Name', 'State code', 'Language'],
      [{ text: 'xl.one@example.org', hyperlink: 'mailto:xl.one@example.org' }, 'XL One', 'ITA', 'Italiano'],
      ['xl.two@example.org', 'XL Two', 'Italia', 'es'],
      ['xl.three@example.org', 'XL Three', 'Japón', 'Español'],
    ]);
    const res = await preview(file, 'people.xlsx').expect(200);
    expect(res.body).toMatchObject({ format: 'xlsx', ready: false, totals: { rows: 3, valid: 2 } });
    expect(res.body.rows.map((r: { row: number; email: string; state: { code: string } | null; problems: { code: string }[] }) => [r.row, r.email, r.state?.code ?? null, r.problems.map((p) => p.code)])).toEqual([
      [3, 'xl.one@example.org', 'ITA', ['BULK_LANGUAGE_UNKNOWN']],
      [4, 'xl.two@example.org', 'ITA', []],
      [5, 'xl.three@example.org', 'JPN', []],
    ]);
    const good = await xlsx([
      ['E-mail', 'Name', 'State'],
      ['xl.four@example.org', 'XL Four', 'Japan'],
    ]);
    // The type is read from the content, not the name.
    const res2 = await invite(good, 'misnamed.csv').expect(201);
    expect(res2.body.users[0]).toMatchObject({ email: 'xl.four@example.org', stateCode: 'JPN', language: 'en' });
    await t.mail.waitFor('xl.four@example.org', /invited/);
  });

  it('refuses what is not a readable sheet: no file, binary or .xls, no header, no people, too many rows, too large', async () => {
    const noFile = await t.http.post('/api/users/bulk-invitations/preview').set(bearer(admin)).send({}).expect(400);
    expect(noFile.body.code).toBe('NO_FILE');
    const pdf = await preview(Buffer.from('%PDF-1.7\n\0\0binary'), 'people.pdf').expect(415);
    expect(pdf.body.code).toBe('BULK_UNSUPPORTED_FILE');
    const xls = await preview(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), 'people.xls').expect(415);
    expect(xls.body).toMatchObject({ code: 'BULK_UNSUPPORTED_FILE', detail: expect.stringMatching(/xls/i) });
    const latin1 = await preview(Buffer.from('email,name,state\r\nj@example.org,J\xe9r\xf4me,FRA\r\n', 'latin1')).expect(415);
    expect(latin1.body.code).toBe('BULK_UNSUPPORTED_FILE');
    const brokenZip = await preview(Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(100)]), 'people.xlsx').expect(422);
    expect(brokenZip.body.code).toBe('BULK_FILE_UNREADABLE');
    const header = await preview(fixture('no-header.csv')).expect(422);
    expect(header.body).toMatchObject({ code: 'BULK_HEADER_MISSING', missing: ['email', 'name', 'state'] });
    const empty = await preview(Buffer.from('email,name,state\r\n,,\r\n')).expect(422);
    expect(empty.body.code).toBe('BULK_EMPTY');
    const many = ['email,name,state', ...Array.from({ length: 501 }, (_, i) => `p${i}@example.org,P ${i},KEN`)].join('\r\n');
    const tooMany = await invite(Buffer.from(many)).expect(422);
    expect(tooMany.body).toMatchObject({ code: 'BULK_TOO_MANY_ROWS', rows: 501, max: 500 });
    const large = await preview(Buffer.alloc(1024 * 1024 + 1, 'a')).expect(413);
    expect(large.headers['content-type']).toMatch(/problem\+json/);
    // 500 is allowed (preview only: it writes nothing).
    const fiveHundred = ['email,name,state', ...Array.from({ length: 500 }, (_, i) => `p${i}@example.org,P ${i},KEN`)].join('\r\n');
    expect((await preview(Buffer.from(fiveHundred)).expect(200)).body.totals).toMatchObject({ rows: 500, valid: 500 });
  });

  it('is for users:manage only', async () => {
    const sec = await createUserAndLogin(t.http, admin, { email: 'sec.bulk@example.org', role: 'secretariat' });
    const res = await t.http.post('/api/users/bulk-invitations').set(bearer(sec)).attach('file', fixture('good.csv'), 'good.csv').expect(403);
    expect(res.body.code).toBe('FORBIDDEN');
    await t.http.post('/api/users/bulk-invitations/preview').attach('file', fixture('good.csv'), 'good.csv').expect(401);
  });
});
