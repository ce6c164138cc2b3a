/**
 * Issue 19: the importer reads what the secretariat really has — text, the official PDF, Word — in any of the six
 * languages, and refuses (never an empty success) what it cannot read, naming what it found.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ADMIN, bearer, createUserAndLogin, login, startTestApp, type Session, type TestApp } from './support/test-app.js';
import { reportDocx, reportPdf } from './support/report-files.js';

const CORPUS = 'test/fixtures/importer';
const EN_2010 = readFileSync(path.join(CORPUS, '2010-wg4-2nd-meeting.lines.en.txt'), 'utf8');

describe('importer: file types and languages', () => {
  let t: TestApp;
  let secretariat: Session;

  beforeAll(async () => {
    t = await startTestApp();
    const admin = await login(t.http, ADMIN.email, ADMIN.password);
    secretariat = await createUserAndLogin(t.http, admin, { email: 'sec-sources@example.org', role: 'secretariat' });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const dryRun = (bytes: Buffer, name: string) => t.http.post('/api/imports?dryRun=true').set(bearer(secretariat)).attach('file', bytes, name);
  const outline = (plan: { session: unknown; sections: { key: string; recommendations: { number: string }[] }[] }) => ({
    session: plan.session,
    sections: plan.sections.map((s) => s.key),
  });

  it('reads the official PDF and the Word file to the plan of the text', async () => {
    const text = (await dryRun(Buffer.from(EN_2010), 'report.txt').expect(200)).body;
    const pdf = (await dryRun(await reportPdf(EN_2010), 'report.pdf').expect(200)).body;
    const docx = (await dryRun(await reportDocx(EN_2010), 'report.docx').expect(200)).body;
    expect(text.source).toMatchObject({ language: 'en', kind: 'meeting_report' });
    expect(outline(pdf)).toEqual(outline(text));
    expect(outline(docx)).toEqual(outline(text));
    expect(pdf.session).toMatchObject({ number: 2, reportSymbol: 'CTOC/COP/WG.4/2010/6', startDate: '2010-01-27' });
  }, 60_000);

  it.each(['fr', 'es', 'ru', 'ar'])('reads the %s version with its own vocabulary', async (language) => {
    const body = readFileSync(path.join(CORPUS, `2010-wg4-2nd-meeting.lines.${language}.txt`));
    const plan = (await dryRun(body, `report.${language}.txt`).expect(200)).body;
    expect(plan.source.language).toBe(language);
    expect(plan.sections.map((s: { key: string }) => s.key)).toEqual(['A', 'B', 'C']);
    expect(plan.sections[0].recommendations[0]).toMatchObject({ number: '4', addressee: ['states_parties'], modality: 'should_consider' });
  });

  it.each([
    ['a fake PDF', Buffer.from('%PDF-1.7\n%garbage that is no PDF\n'), 'x.pdf', 422, 'UNREADABLE_IMPORT', 'a damaged or encrypted PDF'],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.pdf', 415, 'UNSUPPORTED_IMPORT', 'a PNG image'],
    ['a .doc file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'x.doc', 415, 'UNSUPPORTED_IMPORT', 'a Word 97-2003 (.doc) or other OLE document'],
    ['Latin-1 text', Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]), 'x.txt', 415, 'UNSUPPORTED_IMPORT', 'text that is not UTF-8'],
  ])('refuses %s, naming what it found', async (_name, bytes, name, status, code, found) => {
    const res = await dryRun(bytes, name).expect(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code, found });
  });

  it.each([
    ['text in no language it can tell', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'IMPORT_LANGUAGE_UNKNOWN'],
    ['English with nothing of a report', 'The weather in Vienna is mild in the spring and it is the time of the year for a walk.', 'IMPORT_NOTHING_FOUND'],
  ])('refuses %s with 422, in a dry run and an apply, recording nothing', async (_name, body, code) => {
    const imports = async () => (await t.http.get('/api/audit?action=catalogue.imported&limit=100').set(bearer(secretariat)).expect(200)).body.total as number;
    const before = await imports();
    for (const dry of ['true', 'false']) {
      const res = await t.http.post(`/api/imports?dryRun=${dry}`).set(bearer(secretariat)).set('Content-Type', 'text/plain').send(body).expect(422);
      expect(res.body.code).toBe(code);
    }
    expect(await imports()).toBe(before);
  });

  it('npm run import -- --dry-run exits 1 on a refused file and 0 on a report (PDF included)', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'wg4-import-'));
    const run = (file: string) => {
      try {
        execFileSync(process.execPath, ['dist/apps/cli/src/main.js', 'import', file, '--dry-run'], { stdio: 'pipe' });
        return 0;
      } catch (error) {
        return (error as { status: number }).status;
      }
    };
    writeFileSync(path.join(dir, 'lorem.txt'), 'Lorem ipsum dolor sit amet, consectetur adipiscing elit.');
    writeFileSync(path.join(dir, 'fake.pdf'), '%PDF-1.7\n%garbage\n');
    writeFileSync(path.join(dir, 'report.pdf'), await reportPdf(EN_2010));
    expect(run(path.join(dir, 'lorem.txt'))).toBe(1);
    expect(run(path.join(dir, 'fake.pdf'))).toBe(1);
    expect(run(path.join(dir, 'report.pdf'))).toBe(0);
  }, 60_000);
});
