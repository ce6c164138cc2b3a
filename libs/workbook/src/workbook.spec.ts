import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { EMPTY_CONTENT, type ReportContent } from '#reporting';
import { compareWorkbook, saveItems } from './compare.js';
import { renderQuestionnaireForm } from './form.js';
import { columnNumber, type CurrentAnswer, type QuestionnaireItem } from './model.js';
import { readQuestionnaireWorkbook } from './reader.js';
import { writeQuestionnaireWorkbook } from './writer.js';

/** The fixtures are made by test/fixtures/workbooks/make.mjs with this key, for this cycle and State. */
const KEY = Buffer.from('fixture key of the questionnaire workbooks, never a server secret');
const CYCLE = '11111111-1111-4111-8111-111111111111';
const expect3 = { cycleId: CYCLE, stateCode: 'KEN', maxRows: 3 };
const fixture = (name: string) => readFile(path.resolve('test/fixtures/workbooks', name));
const ids = ['aaaaaaaa-0000-4000-8000-000000000001', 'aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000003'];
const content: ReportContent = {
  ...EMPTY_CONTENT,
  implementationStatus: 'in_progress',
  narrative: { en: 'A national action plan was adopted.', fr: 'Un plan d’action national a été adopté.' },
  measures: [{ type: 'policy', description: 'National action plan 2025–2028' }],
  evidence: [{ title: 'The plan', url: 'https://example.gov/plan.pdf' }],
};
/** The answers as they are when the fixtures were made (row 2 has a draft at version 2). */
const current = (version = 2, workflowState = 'draft') =>
  new Map<string, CurrentAnswer>([
    [ids[0], { reference: 'para. 8', workflowState, version, content }],
    [ids[1], { reference: 'para. 9', workflowState: 'not_started', version: null, content: EMPTY_CONTENT }],
    [ids[2], { reference: 'para. 10', workflowState: 'not_started', version: null, content: EMPTY_CONTENT }],
  ]);
const codes = (rows: { problems: { cell: string; code: string }[] }[]) => rows.flatMap((r) => r.problems.map((p) => `${p.cell}:${p.code}`));

describe('questionnaire workbook reader (real files under test/fixtures/workbooks)', () => {
  it('reads the downloaded workbook back as unchanged', async () => {
    const parsed = await readQuestionnaireWorkbook(await fixture('downloaded.xlsx'), KEY, expect3);
    expect(parsed.lang).toBe('en');
    expect(parsed.rows.map((r) => [r.row, r.recommendationId, r.version])).toEqual([
      [2, ids[0], 2],
      [3, ids[1], null],
      [4, ids[2], null],
    ]);
    expect(compareWorkbook(parsed, current()).counts).toEqual({ change: 0, unchanged: 3, invalid: 0, conflict: 0 });
  });

  it('reads a filled workbook: which fields change, old → new, and the bulk save items with If-Match', async () => {
    const parsed = await readQuestionnaireWorkbook(await fixture('filled.xlsx'), KEY, expect3);
    const preview = compareWorkbook(parsed, current());
    expect(preview.counts).toEqual({ change: 2, unchanged: 1, invalid: 0, conflict: 0 });
    expect(preview.rows[0].changes).toEqual([
      { field: 'narrative', from: 'A national action plan was adopted.', to: 'The plan was adopted in 2025 and a coordinator appointed.' },
      { field: 'assistanceNeeded', from: false, to: true },
      { field: 'assistanceType', from: null, to: 'training' },
    ]);
    expect(preview.rows[1].changes.map((c) => [c.field, c.to])).toEqual([
      ['implementationStatus', 'planned'],
      ['narrative', 'A shelter programme is planned for 2027.'],
      ['challenges', 'Funding'],
    ]);
    const items = saveItems(parsed, preview, current());
    // The narrative keeps its other languages; only the changed fields are sent, each with the row's version.
    expect(items[0]).toEqual({
      recommendationId: ids[0],
      ifMatch: '"v2"',
      narrative: { en: 'The plan was adopted in 2025 and a coordinator appointed.', fr: 'Un plan d’action national a été adopté.' },
      assistanceNeeded: true,
      assistanceType: 'training',
    });
    expect(items[1]).toMatchObject({ recommendationId: ids[1], ifMatch: undefined, implementationStatus: 'planned' });
  });

  it('shows a conflict when the report was saved online since the download', async () => {
    const parsed = await readQuestionnaireWorkbook(await fixture('filled.xlsx'), KEY, expect3);
    const preview = compareWorkbook(parsed, current(3));
    expect(preview.rows[0]).toMatchObject({ outcome: 'conflict', fileVersion: 2, currentVersion: 3 });
    expect(preview.counts.conflict).toBe(1);
  });

  it('refuses to change a submitted answer, and "not applicable" without a justification', async () => {
    const parsed = await readQuestionnaireWorkbook(await fixture('filled.xlsx'), KEY, expect3);
    expect(codes(compareWorkbook(parsed, current(2, 'submitted')).rows)).toEqual(['A2:ROW_NOT_EDITABLE']);
    parsed.rows[2].values = { implementationStatus: 'not_applicable', narrative: null };
    expect(codes(compareWorkbook(parsed, current()).rows)).toContain('E4:ROW_JUSTIFICATION_REQUIRED');
  });

  it.each([
    ['not-a-workbook.xlsx', 'WORKBOOK_UNREADABLE'],
    ['not-ours.xlsx', 'WORKBOOK_NOT_OURS'],
    ['forged-marker.xlsx', 'WORKBOOK_NOT_OURS'],
    ['other-questionnaire.xlsx', 'WORKBOOK_OTHER_QUESTIONNAIRE'],
    ['extra-sheet.xlsx', 'WORKBOOK_EXTRA_SHEETS'],
    ['too-many-rows.xlsx', 'WORKBOOK_TOO_MANY_ROWS'],
  ])('refuses %s as a whole (%s)', async (name, code) => {
    await expect(readQuestionnaireWorkbook(await fixture(name), KEY, expect3)).rejects.toMatchObject({ code });
  });

  it('names each cell of wrong type', async () => {
    const parsed = await readQuestionnaireWorkbook(await fixture('wrong-types.xlsx'), KEY, expect3);
    expect(codes(compareWorkbook(parsed, current()).rows)).toEqual(['D2:CELL_WRONG_TYPE', 'E3:CELL_WRONG_TYPE', 'F4:CELL_WRONG_TYPE']);
  });

  it('names each formula', async () => {
    const parsed = await readQuestionnaireWorkbook(await fixture('formulas.xlsx'), KEY, expect3);
    expect(codes(compareWorkbook(parsed, current()).rows)).toEqual(['E2:CELL_FORMULA', 'D3:CELL_FORMULA']);
  });

  it('names a row pasted from another State’s workbook and a tampered version', async () => {
    const other = compareWorkbook(await readQuestionnaireWorkbook(await fixture('other-state-row.xlsx'), KEY, expect3), current());
    expect(codes(other.rows)).toEqual(['A3:ROW_OTHER_QUESTIONNAIRE']);
    const tampered = compareWorkbook(await readQuestionnaireWorkbook(await fixture('tampered-version.xlsx'), KEY, expect3), current());
    expect(codes(tampered.rows)).toEqual(['M2:ROW_TAMPERED']);
    expect(tampered.counts).toEqual({ change: 0, unchanged: 2, invalid: 1, conflict: 0 });
  });

  it('names labels not in the drop-down list, a duplicate row and a row added by hand', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await fixture('downloaded.xlsx')) as unknown as ArrayBuffer);
    const s = book.worksheets[1];
    s.getRow(3).getCell(columnNumber('implementationStatus')).value = 'Almost done';
    s.getRow(4).values = s.getRow(2).values as ExcelJS.CellValue[];
    s.addRow(['CTOC/COP/WG.4/2011/8, para. 99', 'A recommendation typed in']);
    const parsed = await readQuestionnaireWorkbook(Buffer.from(await book.xlsx.writeBuffer()), KEY, { ...expect3, maxRows: 4 });
    expect(codes(compareWorkbook(parsed, current()).rows)).toEqual(['D3:CELL_NOT_IN_LIST', 'A4:ROW_DUPLICATE', 'A5:ROW_UNKNOWN']);
  });
});

describe('questionnaire workbook writer', () => {
  const items: QuestionnaireItem[] = [
    { recommendationId: ids[0], reference: 'para. 8', text: '=HYPERLINK("x") is text here', workflowState: 'draft', version: 2, content },
    { recommendationId: ids[1], reference: 'para. 9', text: 'التوصية', workflowState: 'not_started', version: null, content: null },
  ];
  const header = { cycleId: CYCLE, cycleName: 'Cycle 2026', stateCode: 'KEN', stateName: 'Kenya', lang: 'ar' as const };

  it('writes a frozen header, drop-down lists in the language, locked and hidden columns, right to left in Arabic', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await writeQuestionnaireWorkbook(header, items, KEY)) as unknown as ArrayBuffer);
    expect(book.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['التعليمات', 'visible'],
      ['الاستبيان', 'visible'],
      ['_lists', 'hidden'],
      ['_wg4', 'veryHidden'],
    ]);
    const s = book.worksheets[1];
    expect(s.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, rightToLeft: true });
    expect(s.getColumn(columnNumber('version')).hidden).toBe(true);
    expect(s.getColumn(columnNumber('narrative')).hidden).toBe(false);
    const status = s.getRow(2).getCell(columnNumber('implementationStatus'));
    expect(status.value).toBe('قيد التنفيذ');
    expect(status.dataValidation).toMatchObject({ type: 'list', formulae: ["'_lists'!$A$1:$A$6"] });
    expect(status.protection).toMatchObject({ locked: false });
    expect(s.getRow(2).getCell(columnNumber('version')).value).toBe(2);
    // Text that a spreadsheet would run as a formula is stored as text.
    expect(s.getRow(2).getCell(columnNumber('text')).formula).toBeUndefined();
    expect(book.worksheets[2].getColumn(1).values.filter(Boolean)).toHaveLength(6);
    const parsed = await readQuestionnaireWorkbook(Buffer.from(await book.xlsx.writeBuffer()), KEY, { cycleId: CYCLE, stateCode: 'KEN', maxRows: 2 });
    expect(parsed.lang).toBe('ar');
    expect(compareWorkbook(parsed, new Map([[ids[0], { reference: 'para. 8', workflowState: 'draft', version: 2, content }], [ids[1], { reference: 'para. 9', workflowState: 'not_started', version: null, content: EMPTY_CONTENT }]])).counts.unchanged).toBe(2);
  });

  it('renders the printable form as PDF and Word in Arabic and Chinese', async () => {
    for (const lang of ['ar', 'zh'] as const) {
      const pdf = await renderQuestionnaireForm({ ...header, lang }, items, 'pdf');
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const docx = await renderQuestionnaireForm({ ...header, lang }, items, 'docx');
      expect(docx.subarray(0, 2).toString()).toBe('PK');
    }
  });
});
