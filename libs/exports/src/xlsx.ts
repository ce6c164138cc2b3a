import ExcelJS from 'exceljs';
import type { ExportColumn, ExportDocument, ExportValue } from './export-document.js';
import { labels, type Labels } from './labels.js';

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Formula injection: a spreadsheet would run `=…`, `+…`, `-…`, `@…` typed by a State; such text is stored as text. */
const FORMULA = /^[=+\-@\t\r]/;

/**
 * One cell, typed so a spreadsheet sorts and filters it as it is: numbers as numbers, percentages as fractions with a
 * percent format, dates as dates (a date format with the year), booleans as yes/no in the language, empty as empty.
 */
export function writeCell(cell: ExcelJS.Cell, value: ExportValue, kind: ExportColumn['kind'], l: Labels): void {
  if (value === null || value === undefined || value === '') {
    cell.value = null;
    return;
  }
  if (typeof value === 'boolean') {
    cell.value = l.yesNo(value);
    return;
  }
  if ((kind === 'date' || kind === 'datetime') && typeof value === 'string') {
    const d = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    if (!Number.isNaN(d.getTime())) {
      cell.value = d;
      cell.numFmt = kind === 'date' ? 'yyyy-mm-dd' : 'yyyy-mm-dd hh:mm';
      return;
    }
  }
  if (typeof value === 'number') {
    cell.value = value;
    if (kind === 'percent') cell.numFmt = '0.0%';
    return;
  }
  cell.value = FORMULA.test(value) ? { richText: [{ text: value }] } : value;
}

/** An "About" sheet (title and headline figures), then one sheet per table: bold frozen filtered header, typed cells. */
export async function renderXlsx(doc: ExportDocument): Promise<Buffer> {
  const l = labels(doc.lang);
  const book = new ExcelJS.Workbook();
  book.creator = 'WG.4 Follow-up';
  book.created = new Date();
  const taken = new Set<string>();
  const views = [{ rightToLeft: l.rtl }];
  const about = book.addWorksheet(sheetName(l.t('about'), taken), { views });
  about.columns = [{ width: 34 }, { width: 80 }];
  about.addRow([doc.title]).font = { bold: true, size: 14 };
  for (const m of doc.meta) about.addRow([m.label, m.value]);
  about.addRow([l.t('generatedBy', { date: l.dateTime(new Date()) })]).font = { italic: true, color: { argb: 'FF555555' } };
  // The tables' notes go here, so that every data sheet is a plain list a spreadsheet sorts and filters as it is.
  for (const note of new Set(doc.tables.map((t) => t.note).filter(Boolean))) about.addRow([note]).font = { italic: true };
  for (const table of doc.tables) {
    const sheet = book.addWorksheet(sheetName(table.name, taken), { views: [{ state: 'frozen', ySplit: 1, rightToLeft: l.rtl }] });
    sheet.columns = table.columns.map((c) => ({
      header: c.header,
      key: c.key,
      width: c.width ?? Math.max(c.kind === 'date' ? 12 : c.kind === 'datetime' ? 17 : 10, c.header.length + 2),
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
    for (const row of table.rows) {
      const r = sheet.addRow([]);
      for (const [i, c] of table.columns.entries()) writeCell(r.getCell(i + 1), row[c.key], c.kind, l);
    }
    if (table.columns.length) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
