import ExcelJS from 'exceljs';
import { ASSISTANCE_TYPES, IMPLEMENTATION_STATUSES } from '#contracts';
import { docLanguage, DOC_LANGUAGES, labels, type DocLanguage } from '#exports';
import {
  COLUMNS,
  columnNumber,
  FORMAT_VERSION,
  HIDDEN_HEADERS,
  LISTS_SHEET,
  MARKER,
  MARKER_SHEET,
  markerToken,
  MAX_LENGTH,
  MAX_WORKBOOK_BYTES,
  questionnaireKey,
  rowToken,
  sameToken,
  WorkbookError,
  type CellProblem,
  type Column,
  type ParsedRow,
  type ParsedWorkbook,
} from './model.js';

export interface ReadExpectations {
  cycleId: string;
  stateCode: string;
  /** The questionnaire's size: a workbook with more data rows is refused as a whole. */
  maxRows: number;
}

type Read =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'date' }
  | { kind: 'formula' }
  | { kind: 'error' };

/** What a cell holds, told apart as a person typed it: text (plain, rich or a link's text), a number, a formula, … */
export function readCell(cell: ExcelJS.Cell): Read {
  const v = cell.value;
  if (v === null || v === undefined) return { kind: 'empty' };
  if (typeof v === 'string') return v.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: v };
  if (typeof v === 'number') return { kind: 'number', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'date' };
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula' };
    if ('error' in v) return { kind: 'error' };
    if ('richText' in v) {
      const text = v.richText.map((r) => r.text).join('');
      return text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text };
    }
    if ('text' in v && typeof v.text === 'string') return v.text.trim() === '' ? { kind: 'empty' } : { kind: 'text', text: v.text };
  }
  return { kind: 'error' };
}

const norm = (s: string) => s.normalize('NFC').trim().toLowerCase();

/** Label (in the workbook's language) or code → code. */
function reverse(codes: readonly string[], label: (code: string) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of codes) {
    map.set(norm(code), code);
    map.set(norm(label(code)), code);
  }
  return map;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads an uploaded questionnaire workbook. Refuses the whole file (WorkbookError) when it is not an XLSX workbook,
 * not ours (marker missing, foreign or forged), another State's or cycle's, has sheets added/removed/renamed, moved
 * columns, or more rows than the questionnaire; otherwise answers every data row with the values it could read and
 * the problems of the cells it could not (formulas, wrong types, values not in the drop-down list, too long, a
 * tampered or foreign row). Pure: no database; `key` is the seal's key.
 */
export async function readQuestionnaireWorkbook(buffer: Buffer, key: Buffer, expect: ReadExpectations): Promise<ParsedWorkbook> {
  if (buffer.length > MAX_WORKBOOK_BYTES) throw new WorkbookError('WORKBOOK_TOO_LARGE');
  if (!isZip(buffer)) throw new WorkbookError('WORKBOOK_UNREADABLE');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new WorkbookError('WORKBOOK_UNREADABLE');
  }
  const marker = book.getWorksheet(MARKER_SHEET);
  const text = (sheet: ExcelJS.Worksheet, address: string) => {
    const r = readCell(sheet.getCell(address));
    return r.kind === 'text' ? r.text : r.kind === 'number' ? String(r.value) : null;
  };
  if (!marker || text(marker, 'A1') !== MARKER || text(marker, 'B1') !== String(FORMAT_VERSION)) throw new WorkbookError('WORKBOOK_NOT_OURS');
  const q = text(marker, 'B2') ?? '';
  const langCode = text(marker, 'B3') ?? '';
  const seal = text(marker, 'B5') ?? '';
  if (!DOC_LANGUAGES.includes(langCode as DocLanguage) || !sameToken(seal, markerToken(key, q, langCode))) throw new WorkbookError('WORKBOOK_NOT_OURS');
  const expected = questionnaireKey(expect.cycleId, expect.stateCode);
  if (q !== expected) throw new WorkbookError('WORKBOOK_OTHER_QUESTIONNAIRE');
  const lang = docLanguage(langCode);

  const instructionsName = text(marker, 'B4');
  const questionnaireName = text(marker, 'C4');
  const names = book.worksheets.map((s) => s.name).sort();
  const want = [instructionsName, questionnaireName, LISTS_SHEET, MARKER_SHEET].sort();
  const sheet = questionnaireName ? book.getWorksheet(questionnaireName) : undefined;
  if (!sheet || names.length !== want.length || names.some((n, i) => n !== want[i])) throw new WorkbookError('WORKBOOK_EXTRA_SHEETS');

  const head = sheet.getRow(1);
  for (const [c, h] of Object.entries(HIDDEN_HEADERS) as [Column, string][]) {
    if (text(sheet, head.getCell(columnNumber(c)).address) !== h) throw new WorkbookError('WORKBOOK_LAYOUT_CHANGED');
  }
  if (readCell(head.getCell(COLUMNS.length + 1)).kind !== 'empty') throw new WorkbookError('WORKBOOK_LAYOUT_CHANGED');

  const dataRows: ExcelJS.Row[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, n) => {
    if (n === 1) return;
    let filled = false;
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (readCell(cell).kind !== 'empty') filled = true;
    });
    if (filled) dataRows.push(row);
  });
  if (dataRows.length > expect.maxRows) throw new WorkbookError('WORKBOOK_TOO_MANY_ROWS', `The workbook has ${dataRows.length} rows; the questionnaire has ${expect.maxRows} recommendations.`);

  const l = labels(lang);
  const statuses = reverse(IMPLEMENTATION_STATUSES, l.status);
  const assistance = reverse(ASSISTANCE_TYPES, l.assistance);
  const yesNo = new Map<string, boolean>([
    [norm(l.yesNo(true)), true],
    [norm(l.yesNo(false)), false],
    ['yes', true],
    ['no', false],
  ]);
  return { lang, rows: dataRows.map((row) => parseRow(row, key, expected, { statuses, assistance, yesNo })) };
}

function parseRow(row: ExcelJS.Row, key: Buffer, expected: string, lists: { statuses: Map<string, string>; assistance: Map<string, string>; yesNo: Map<string, boolean> }): ParsedRow {
  const problems: CellProblem[] = [];
  const cellOf = (c: Column) => row.getCell(columnNumber(c));
  const problem = (c: Column, code: CellProblem['code']) => problems.push({ cell: cellOf(c).address, column: c, code });
  const out: ParsedRow = { row: row.number, recommendationId: null, version: null, values: {}, problems };

  // A formula anywhere on the row is refused, wherever it is: the value shown is not what was typed.
  for (const c of COLUMNS) if (readCell(cellOf(c)).kind === 'formula') problem(c, 'CELL_FORMULA');

  const id = readCell(cellOf('recommendationId'));
  const version = readCell(cellOf('version'));
  const rowQ = readCell(cellOf('questionnaire'));
  const token = readCell(cellOf('token'));
  const hiddenEmpty = [id, version, rowQ, token].every((r) => r.kind === 'empty');
  if (hiddenEmpty) {
    problems.push({ cell: `A${row.number}`, column: null, code: 'ROW_UNKNOWN' });
    return out;
  }
  const idText = id.kind === 'text' && UUID.test(id.text.trim()) ? id.text.trim().toLowerCase() : null;
  const versionNumber = version.kind === 'empty' ? null : version.kind === 'number' && Number.isInteger(version.value) && version.value > 0 ? version.value : undefined;
  const qText = rowQ.kind === 'text' ? rowQ.text.trim() : null;
  const tokenText = token.kind === 'text' ? token.text.trim() : null;
  if (!idText || versionNumber === undefined || !qText || !tokenText || !sameToken(tokenText, rowToken(key, qText, idText, versionNumber))) {
    problems.push({ cell: cellOf('version').address, column: 'version', code: 'ROW_TAMPERED' });
    return out;
  }
  if (qText !== expected) {
    problems.push({ cell: `A${row.number}`, column: null, code: 'ROW_OTHER_QUESTIONNAIRE' });
    return out;
  }
  out.recommendationId = idText;
  out.version = versionNumber;

  const listValue = (c: Column, map: Map<string, string>): string | null | undefined => {
    const r = readCell(cellOf(c));
    if (r.kind === 'formula') return undefined;
    if (r.kind === 'empty') return null;
    if (r.kind !== 'text') {
      problem(c, 'CELL_WRONG_TYPE');
      return undefined;
    }
    const code = map.get(norm(r.text));
    if (!code) problem(c, 'CELL_NOT_IN_LIST');
    return code;
  };
  const textValue = (c: 'narrative' | 'challenges' | 'assistanceDetails'): string | null | undefined => {
    const r = readCell(cellOf(c));
    if (r.kind === 'formula') return undefined;
    if (r.kind === 'empty') return null;
    // A number typed in a text cell ("2024") is text; a date or a true/false value is not.
    const value = r.kind === 'text' ? r.text.trim() : r.kind === 'number' ? String(r.value) : undefined;
    if (value === undefined) {
      problem(c, 'CELL_WRONG_TYPE');
      return undefined;
    }
    if (value.length > MAX_LENGTH[c]) {
      problem(c, 'CELL_TOO_LONG');
      return undefined;
    }
    return value;
  };

  const status = listValue('implementationStatus', lists.statuses);
  if (status !== undefined) out.values.implementationStatus = status;
  const type = listValue('assistanceType', lists.assistance);
  if (type !== undefined) out.values.assistanceType = type;
  const needed = readCell(cellOf('assistanceNeeded'));
  if (needed.kind === 'empty') out.values.assistanceNeeded = false;
  else if (needed.kind === 'boolean') out.values.assistanceNeeded = needed.value;
  else if (needed.kind === 'text') {
    const b = lists.yesNo.get(norm(needed.text));
    if (b === undefined) problem('assistanceNeeded', 'CELL_NOT_IN_LIST');
    else out.values.assistanceNeeded = b;
  } else if (needed.kind !== 'formula') problem('assistanceNeeded', 'CELL_WRONG_TYPE');
  for (const c of ['narrative', 'challenges', 'assistanceDetails'] as const) {
    const v = textValue(c);
    if (v !== undefined) out.values[c] = v;
  }
  return out;
}
