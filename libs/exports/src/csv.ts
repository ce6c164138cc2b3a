import type { ExportDocument, ExportValue } from './export-document.js';

/** Written first so spreadsheets read the file as UTF-8. */
export const CSV_BOM = '\uFEFF';
const BOM = CSV_BOM;

/** RFC 4180: quote a field when it holds a comma, a quote or a line break; double the quotes inside. */
export function csvField(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Formula injection: a spreadsheet would run `=…`, `+…`, `-…`, `@…` typed by a State; prefix such text with a quote. */
function safeText(value: ExportValue): ExportValue {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * UTF-8 with a BOM (so Excel opens Chinese correctly), CRLF line ends. Several tables go into one file: each starts
 * with a one-cell row holding its name, after an empty line; numbers stay numbers (percentages as fractions).
 */
export function renderCsv(doc: ExportDocument): Buffer {
  const lines: string[] = [];
  for (const [i, table] of doc.tables.entries()) {
    if (doc.tables.length > 1) {
      if (i > 0) lines.push('');
      lines.push(csvField(table.name));
    }
    lines.push(table.columns.map((c) => csvField(c.header)).join(','));
    for (const row of table.rows) lines.push(table.columns.map((c) => csvField(safeText(row[c.key]))).join(','));
  }
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * One CSV line (CRLF-terminated) of cells, formula-safe like renderCsv: for files written a batch at a time
 * (long exports streamed to the client) with the same quoting and the same injection guard.
 */
export function csvLine(values: readonly ExportValue[]): string {
  return `${values.map((v) => csvField(safeText(v))).join(',')}\r\n`;
}
