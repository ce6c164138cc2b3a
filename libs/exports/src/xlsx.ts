import ExcelJS from 'exceljs';
import type { ExportDocument } from './export-document.js';

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** An "About" sheet (title and meta), then one sheet per table: bold frozen header, set widths, typed cells. */
export async function renderXlsx(doc: ExportDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'WG.4 Follow-up';
  book.created = new Date();
  const taken = new Set<string>();
  const about = book.addWorksheet(sheetName('About', taken));
  about.columns = [{ width: 30 }, { width: 80 }];
  about.addRow([doc.title]).font = { bold: true, size: 14 };
  for (const m of doc.meta) about.addRow([m.label, m.value]);
  for (const table of doc.tables) {
    const sheet = book.addWorksheet(sheetName(table.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? Math.max(10, c.header.length + 2) }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      sheet.addRow(Object.fromEntries(table.columns.map((c) => [c.key, row[c.key] ?? null])));
    }
    for (const [i, c] of table.columns.entries()) {
      if (c.kind === 'percent') sheet.getColumn(i + 1).numFmt = '0.0%';
      else if (c.kind === 'number') sheet.getColumn(i + 1).numFmt = '0';
    }
    sheet.getRow(1).numFmt = '@';
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
