import { labels } from './labels.js';
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
 * UTF-8 with a BOM (so Excel opens Chinese correctly), CRLF line ends. It starts with the headline block — the title,
 * then one `label,value` row per headline figure (cycle, asOf, counting rule, expected States, response rate, …) and
 * per table note (`Note,…`) — and an empty line; then each table, headed by a one-cell row with its name, tables
 * apart by an empty line. Numbers stay numbers (percentages as fractions), dates stay ISO 8601, booleans are yes/no
 * in the document's language.
 */
export function renderCsv(doc: ExportDocument): Buffer {
  const l = labels(doc.lang);
  const lines: string[] = [csvField(doc.title)];
  for (const m of doc.meta) lines.push(`${csvField(m.label)},${csvField(safeText(m.value))}`);
  // The tables' notes (e.g. which States "Other / not assigned" stands for) join the headline block, so that every
  // table below stays a plain list.
  for (const note of new Set(doc.tables.map((t) => t.note).filter((n): n is string => !!n))) lines.push(`${csvField(l.t('note'))},${csvField(safeText(note))}`);
  for (const table of doc.tables) {
    lines.push('', csvField(table.name));
    lines.push(table.columns.map((c) => csvField(c.header)).join(','));
    for (const row of table.rows) {
      lines.push(table.columns.map((c) => csvField(safeText(typeof row[c.key] === 'boolean' ? l.yesNo(row[c.key] as boolean) : row[c.key]))).join(','));
    }
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
