import ExcelJS from 'exceljs';
import { columnNumber } from '#workbook';
import { bearer, startTestApp, type Session, type TestApp } from './support/test-app.js';
import { openCycle, person, reportPath, saveReport, submitReport, type OpenCycle } from './web/seed.js';

/** The offline questionnaire's endpoints against the real API and PostgreSQL: download, preview, apply, refusals. */
describe('offline questionnaire: the workbook round trip', () => {
  let t: TestApp;
  let sec: Session;
  let ken: Session & { user: { stateCode: string | null } };
  let fra: Session & { user: { stateCode: string | null } };
  let cycle: OpenCycle;

  beforeAll(async () => {
    t = await startTestApp();
    sec = await person(t.http, 'secretariat');
    ken = (await person(t.http, 'focal_point', { stateCode: 'KEN' })) as typeof ken;
    fra = (await person(t.http, 'focal_point', { stateCode: 'FRA' })) as typeof fra;
    cycle = await openCycle(t.http, sec);
    // Row 1: a draft; row 2: submitted (not editable); the rest: no report.
    await saveReport(t.http, ken, cycle.id, cycle.scope[0], { implementationStatus: 'in_progress', narrative: { en: 'Draft online.', fr: 'Brouillon.' } });
    await submitReport(t.http, ken, cycle.id, cycle.scope[1]);
  });
  afterAll(async () => {
    await t.close();
  });

  const base = (code = 'KEN') => `/api/cycles/${cycle.id}/states/${code}/questionnaire`;
  const download = (who: Session, lang = 'en', code = 'KEN', ext = 'xlsx') =>
    t.http
      .get(`${base(code)}.${ext}?lang=${lang}`)
      .set(bearer(who))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const book = async (bytes: Buffer) => {
    const b = new ExcelJS.Workbook();
    await b.xlsx.load(bytes as unknown as ArrayBuffer);
    return b;
  };
  const bytesOf = async (b: ExcelJS.Workbook) => Buffer.from(await b.xlsx.writeBuffer());
  const send = (who: Session, what: 'preview' | 'apply', bytes: Buffer, code = 'KEN', name = 'questionnaire.xlsx') =>
    t.http.post(`${base(code)}/${what}`).set(bearer(who)).attach('file', bytes, name);
  const cell = (b: ExcelJS.Workbook, row: number, c: Parameters<typeof columnNumber>[0]) => b.worksheets[1].getRow(row).getCell(columnNumber(c));
  const reportOf = (rec: string) => t.http.get(reportPath(cycle.id, 'KEN', rec)).set(bearer(ken)).expect(200);

  it('downloads the workbook (XLSX), the PDF form and the Word form in the chosen language', async () => {
    const xlsx = await download(ken, 'fr');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers['content-disposition']).toContain('questionnaire-KEN');
    const b = await book(xlsx.body);
    expect(b.worksheets[1].rowCount).toBe(cycle.scopeCount + 1);
    expect(cell(b, 2, 'narrative').value).toBe('Brouillon.');
    expect(cell(b, 2, 'implementationStatus').value).toBe('En cours');
    const pdf = await download(ken, 'ar', 'KEN', 'pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await download(ken, 'zh', 'KEN', 'docx');
    expect(docx.status).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
  });

  it('keeps other States out, and lets the secretariat read but never upload', async () => {
    expect((await download(fra, 'en', 'KEN')).status).toBe(403);
    const own = (await download(ken)).body;
    expect((await send(fra, 'preview', own, 'KEN')).status).toBe(403);
    // France's focal point uploading Kenya's workbook to France's questionnaire: another questionnaire.
    const other = await send(fra, 'preview', own, 'FRA');
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('WORKBOOK_OTHER_QUESTIONNAIRE');
    const secCopy = await download(sec);
    expect(secCopy.status).toBe(200);
    // The secretariat never sees a draft's content.
    expect(cell(await book(secCopy.body), 2, 'narrative').value).toBeNull();
    expect((await send(sec, 'preview', own)).status).toBe(403);
  });

  it('previews a filled workbook and applies it all at once; the answers are then online', async () => {
    const b = await book((await download(ken)).body);
    cell(b, 2, 'narrative').value = 'Updated offline.';
    cell(b, 4, 'implementationStatus').value = 'Planned';
    cell(b, 4, 'narrative').value = 'Planned for 2027.';
    cell(b, 5, 'implementationStatus').value = 'Fully implemented';
    const file = await bytesOf(b);
    const preview = await send(ken, 'preview', file).expect(200);
    expect(preview.body.counts).toEqual({ change: 3, unchanged: cycle.scopeCount - 3, invalid: 0, conflict: 0 });
    expect(preview.body.rows[0]).toMatchObject({ outcome: 'change', changes: [{ field: 'narrative', from: 'Draft online.', to: 'Updated offline.' }] });
    const applied = await send(ken, 'apply', file).expect(200);
    expect(applied.body).toMatchObject({ applied: 3, unchanged: cycle.scopeCount - 3 });
    expect((await reportOf(cycle.scope[0])).body.narrative).toEqual({ en: 'Updated offline.', fr: 'Brouillon.' });
    expect((await reportOf(cycle.scope[2])).body).toMatchObject({ workflowState: 'draft', implementationStatus: 'planned', narrative: { en: 'Planned for 2027.' } });
    // The same file again: its versions are now old, and where it still differs from nothing, it is unchanged.
    const again = await send(ken, 'preview', file).expect(200);
    expect(again.body.counts.change).toBe(0);
  });

  it('refuses the whole workbook on a conflict (412) and on an invalid row (422): nothing is written', async () => {
    const b = await book((await download(ken)).body);
    cell(b, 2, 'narrative').value = 'Offline edit that lost the race.';
    cell(b, 4, 'challenges').value = 'A change that must not be written either.';
    const file = await bytesOf(b);
    await saveReport(t.http, ken, cycle.id, cycle.scope[0], { narrative: { en: 'Saved online meanwhile.' } });
    const preview = await send(ken, 'preview', file).expect(200);
    expect(preview.body.rows[0]).toMatchObject({ outcome: 'conflict', fileVersion: expect.any(Number), currentVersion: expect.any(Number) });
    const refused = await send(ken, 'apply', file).expect(412);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'WORKBOOK_CONFLICT', rows: [expect.objectContaining({ row: 2, outcome: 'conflict' })] });
    expect((await reportOf(cycle.scope[2])).body.challenges).toBeNull();

    const fresh = await book((await download(ken)).body);
    cell(fresh, 3, 'narrative').value = 'A submitted answer cannot change offline.';
    cell(fresh, 4, 'challenges').value = 'Not written: the workbook has an invalid row.';
    cell(fresh, 5, 'implementationStatus').value = { formula: '1+1', result: 2 };
    const invalid = await send(ken, 'apply', await bytesOf(fresh)).expect(422);
    expect(invalid.body.code).toBe('WORKBOOK_INVALID');
    expect(invalid.body.rows.flatMap((r: { problems: { cell: string; code: string }[] }) => r.problems.map((p) => `${p.cell}:${p.code}`))).toEqual(['A3:ROW_NOT_EDITABLE', 'D5:CELL_FORMULA']);
    expect((await reportOf(cycle.scope[2])).body.challenges).toBeNull();
  });

  it('names a tampered version and a row of another State, cell by cell', async () => {
    const b = await book((await download(ken)).body);
    cell(b, 2, 'version').value = 99;
    const france = await book((await download(fra, 'en', 'FRA')).body);
    b.worksheets[1].getRow(4).values = france.worksheets[1].getRow(4).values as ExcelJS.CellValue[];
    const preview = await send(ken, 'preview', await bytesOf(b)).expect(200);
    expect(preview.body.rows.filter((r: { outcome: string }) => r.outcome === 'invalid').map((r: { problems: { cell: string; code: string }[] }) => r.problems[0])).toEqual([
      expect.objectContaining({ cell: 'M2', code: 'ROW_TAMPERED' }),
      expect.objectContaining({ cell: 'A4', code: 'ROW_OTHER_QUESTIONNAIRE' }),
    ]);
  });

  it('answers problem+json for a file that is not an XLSX (415), not ours or too long (422), or missing (400)', async () => {
    const csv = await send(ken, 'preview', Buffer.from('reference,status\nx,planned\n'), 'KEN', 'answers.xlsx').expect(415);
    expect(csv.headers['content-type']).toContain('application/problem+json');
    expect(csv.body.code).toBe('WORKBOOK_UNREADABLE');
    const zip = await send(ken, 'preview', Buffer.from('PK\u0003\u0004 not really a zip'), 'KEN').expect(415);
    expect(zip.body.code).toBe('WORKBOOK_UNREADABLE');
    const foreign = new ExcelJS.Workbook();
    foreign.addWorksheet('Questionnaire').addRow(['Reference', 'Status']);
    expect((await send(ken, 'apply', await bytesOf(foreign)).expect(422)).body.code).toBe('WORKBOOK_NOT_OURS');
    const long = await book((await download(ken)).body);
    const template = long.worksheets[1].getRow(3).values as ExcelJS.CellValue[];
    for (let i = 0; i < 10_000; i++) long.worksheets[1].addRow(template);
    expect((await send(ken, 'preview', await bytesOf(long)).expect(422)).body.code).toBe('WORKBOOK_TOO_MANY_ROWS');
    const extra = await book((await download(ken)).body);
    extra.addWorksheet('Notes');
    expect((await send(ken, 'apply', await bytesOf(extra)).expect(422)).body.code).toBe('WORKBOOK_EXTRA_SHEETS');
    expect((await t.http.post(`${base()}/preview`).set(bearer(ken)).expect(400)).body.code).toBe('NO_FILE');
  });
});
