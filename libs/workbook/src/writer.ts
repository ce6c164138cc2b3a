import ExcelJS from 'exceljs';
import { ASSISTANCE_TYPES, IMPLEMENTATION_STATUSES } from '#contracts';
import { labels, sheetName, type Labels } from '#exports';
import type { ReportContent } from '#reporting';
import {
  COLUMNS,
  columnNumber,
  FORMAT_VERSION,
  HIDDEN_HEADERS,
  LISTS_SHEET,
  MARKER,
  MARKER_SHEET,
  markerToken,
  questionnaireKey,
  rowToken,
  type Column,
  type QuestionnaireHeader,
  type QuestionnaireItem,
} from './model.js';
import { fill, workbookWords, type WorkbookWords } from './words.js';

/** The headers of the visible columns in the workbook's language. */
export function columnHeaders(l: Labels, w: WorkbookWords): Record<Column, string> {
  return {
    reference: l.t('reference'),
    text: w.recommendation,
    workflowState: l.t('workflow'),
    implementationStatus: l.t('status'),
    narrative: `${l.t('narrative')} (${l.languageName(l.lang)})`,
    challenges: w.challenges,
    assistanceNeeded: l.t('assistanceNeeded'),
    assistanceType: l.t('assistanceType'),
    assistanceDetails: w.assistanceDetails,
    measures: w.measures,
    evidence: w.evidence,
    recommendationId: HIDDEN_HEADERS.recommendationId!,
    version: HIDDEN_HEADERS.version!,
    questionnaire: HIDDEN_HEADERS.questionnaire!,
    token: HIDDEN_HEADERS.token!,
  };
}

const WIDTHS: Record<Column, number> = {
  reference: 24,
  text: 60,
  workflowState: 14,
  implementationStatus: 22,
  narrative: 60,
  challenges: 40,
  assistanceNeeded: 12,
  assistanceType: 24,
  assistanceDetails: 40,
  measures: 40,
  evidence: 40,
  recommendationId: 38,
  version: 8,
  questionnaire: 48,
  token: 34,
};

const EDITABLE = new Set<Column>(['implementationStatus', 'narrative', 'challenges', 'assistanceNeeded', 'assistanceType', 'assistanceDetails']);

/** The drop-down lists' labels, in the language: statuses, assistance types, yes/no. */
export function listLabels(l: Labels): { status: string[]; assistance: string[]; yesNo: string[] } {
  return { status: IMPLEMENTATION_STATUSES.map((s) => l.status(s)), assistance: ASSISTANCE_TYPES.map((a) => l.assistance(a)), yesNo: [l.yesNo(true), l.yesNo(false)] };
}

/** Measures as readable lines ("Policy: National action plan"), evidence links as "title — url". */
export const measuresText = (c: ReportContent | null, l: Labels) => (c?.measures ?? []).map((m) => `${l.measure(m.type)}: ${m.description}`).join('\n');
export const evidenceText = (c: ReportContent | null) => (c?.evidence ?? []).map((e) => `${e.title} — ${e.url}`).join('\n');

/** A spreadsheet would run text starting with = + - @ as a formula: store such text as rich text (a plain string). */
const FORMULA_START = /^[=+\-@\t\r]/;
const textValue = (text: string | null | undefined): ExcelJS.CellValue => (!text ? null : FORMULA_START.test(text) ? { richText: [{ text }] } : text);

/**
 * The State's questionnaire as a workbook: an instructions sheet, the questionnaire (one row per in-scope
 * recommendation, frozen header, drop-down lists for status, assistance needed and type, the answer columns unlocked
 * and the rest locked, four hidden columns identifying each row: recommendation, report version, questionnaire and a
 * seal over them), a hidden sheet of the lists' labels and a very hidden marker sheet. Right to left in Arabic.
 */
export async function writeQuestionnaireWorkbook(header: QuestionnaireHeader, items: QuestionnaireItem[], key: Buffer): Promise<Buffer> {
  const l = labels(header.lang);
  const w = workbookWords(header.lang);
  const q = questionnaireKey(header.cycleId, header.stateCode);
  const book = new ExcelJS.Workbook();
  book.creator = 'WG.4 Follow-up';
  book.created = new Date();
  book.title = fill(w.title, { state: header.stateName, cycle: header.cycleName });
  const taken = new Set<string>([MARKER_SHEET, LISTS_SHEET]);
  const rtl = l.rtl;

  const instructions = book.addWorksheet(sheetName(w.instructionsSheet, taken), { views: [{ rightToLeft: rtl }] });
  instructions.columns = [{ width: 120 }];
  instructions.addRow([book.title]).font = { bold: true, size: 14 };
  instructions.addRow([`${l.t('state')}: ${header.stateName} (${header.stateCode})`]);
  instructions.addRow([`${l.t('cycle')}: ${header.cycleName}`]);
  instructions.addRow([`${l.t('language')}: ${l.languageName(header.lang)}`]);
  instructions.addRow([]);
  for (const [i, line] of w.instructions.entries()) instructions.addRow([`${i + 1}. ${line}`]).alignment = { wrapText: true, vertical: 'top' };
  instructions.addRow([]);
  instructions.addRow([l.t('generatedBy', { date: l.dateTime(new Date()) })]).font = { italic: true, color: { argb: 'FF555555' } };

  const sheet = book.addWorksheet(sheetName(w.questionnaireSheet, taken), { views: [{ state: 'frozen', ySplit: 1, xSplit: 1, rightToLeft: rtl }] });
  const headers = columnHeaders(l, w);
  sheet.columns = COLUMNS.map((c) => ({ header: headers[c], key: c, width: WIDTHS[c] }));
  const head = sheet.getRow(1);
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'top' };
  for (const c of COLUMNS) {
    const cell = head.getCell(columnNumber(c));
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: EDITABLE.has(c) ? 'FFFFFFFF' : 'FFE6EBF2' } };
  }
  for (const c of ['recommendationId', 'version', 'questionnaire', 'token'] as const) sheet.getColumn(columnNumber(c)).hidden = true;

  const lists = listLabels(l);
  const listRef = (col: string, n: number) => `'${LISTS_SHEET}'!$${col}$1:$${col}$${n}`;
  const validation = (formula: string): ExcelJS.DataValidation => ({
    type: 'list',
    allowBlank: true,
    formulae: [formula],
    showErrorMessage: true,
    errorStyle: 'stop',
  });
  for (const item of items) {
    const c = item.content;
    const row = sheet.addRow([]);
    const set = (col: Column, value: ExcelJS.CellValue) => (row.getCell(columnNumber(col)).value = value);
    set('reference', item.reference);
    set('text', textValue(item.text));
    set('workflowState', l.workflow(item.workflowState === 'not_started' ? null : item.workflowState) || null);
    set('implementationStatus', c?.implementationStatus ? l.status(c.implementationStatus) : null);
    set('narrative', textValue(c?.narrative?.[header.lang]));
    set('challenges', textValue(c?.challenges));
    set('assistanceNeeded', l.yesNo(c?.assistanceNeeded ?? false));
    set('assistanceType', c?.assistanceType ? l.assistance(c.assistanceType) : null);
    set('assistanceDetails', textValue(c?.assistanceDetails));
    set('measures', textValue(measuresText(c, l)));
    set('evidence', textValue(evidenceText(c)));
    set('recommendationId', item.recommendationId);
    set('version', item.version);
    set('questionnaire', q);
    set('token', rowToken(key, q, item.recommendationId, item.version));
    row.alignment = { wrapText: true, vertical: 'top' };
    for (const col of EDITABLE) row.getCell(columnNumber(col)).protection = { locked: false };
    row.getCell(columnNumber('implementationStatus')).dataValidation = validation(listRef('A', lists.status.length));
    row.getCell(columnNumber('assistanceType')).dataValidation = validation(listRef('B', lists.assistance.length));
    row.getCell(columnNumber('assistanceNeeded')).dataValidation = validation(listRef('C', 2));
  }
  // Locked cells stay selectable; the answer columns are unlocked. Without a password: the seal, not the lock, is what
  // the upload trusts.
  await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true, autoFilter: true });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columnNumber('evidence') } };

  const listSheet = book.addWorksheet(LISTS_SHEET, { state: 'hidden', views: [{ rightToLeft: rtl }] });
  const longest = Math.max(lists.status.length, lists.assistance.length);
  for (let i = 0; i < longest; i++) listSheet.addRow([lists.status[i] ?? null, lists.assistance[i] ?? null, lists.yesNo[i] ?? null]);

  const marker = book.addWorksheet(MARKER_SHEET, { state: 'veryHidden' });
  marker.addRow([MARKER, FORMAT_VERSION]);
  marker.addRow(['questionnaire', q]);
  marker.addRow(['lang', header.lang]);
  marker.addRow(['sheets', instructions.name, sheet.name]);
  marker.addRow(['seal', markerToken(key, q, header.lang)]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
