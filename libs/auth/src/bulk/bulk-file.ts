import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { BULK_MAX_BYTES, type BulkSheet } from './bulk-rows.js';

/** What is wrong with a file as a whole, before any row is read. */
export type BulkFileProblem = 'BULK_FILE_TOO_LARGE' | 'BULK_UNSUPPORTED_FILE' | 'BULK_FILE_UNREADABLE';

export class BulkFileError extends Error {
  constructor(
    readonly code: BulkFileProblem,
    message: string,
  ) {
    super(message);
  }
}

/** An XLSX file's parts, unpacked, may not exceed this (a 1 MB zip of XML can expand a hundredfold). */
const MAX_UNPACKED_BYTES = 32 * 1024 * 1024;
/** Cells past this many columns are not read (the file has four that matter). */
const MAX_COLUMNS = 50;

const isZip = (b: Buffer) => b.length >= 4 && b.readUInt32LE(0) === 0x04034b50;
const isOle = (b: Buffer) => b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));

/**
 * The sum of the uncompressed sizes a zip declares in its central directory, or null when there is no readable
 * directory. Checked before the workbook is unpacked.
 */
function declaredUnpackedSize(b: Buffer): number | null {
  // The end-of-central-directory record is in the last 22 + 65535 bytes (its comment is at most 64 KiB).
  for (let at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xffff); at--) {
    if (b.readUInt32LE(at) !== 0x06054b50) continue;
    const entries = b.readUInt16LE(at + 10);
    let offset = b.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > b.length || b.readUInt32LE(offset) !== 0x02014b50) return null;
      total += b.readUInt32LE(offset + 24);
      offset += 46 + b.readUInt16LE(offset + 28) + b.readUInt16LE(offset + 30) + b.readUInt16LE(offset + 32);
    }
    return total;
  }
  return null;
}

/** The first line's most frequent separator among comma, semicolon and tab (spreadsheets in many locales use ";"). */
function delimiterOf(text: string): string {
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

function readCsv(bytes: Buffer): BulkSheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new BulkFileError('BULK_UNSUPPORTED_FILE', 'The file is neither an XLSX workbook nor UTF-8 text (save the CSV as "CSV UTF-8").');
  }
  let records: string[][];
  try {
    records = parse(text, { delimiter: delimiterOf(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, trim: true }) as string[][];
  } catch (error) {
    throw new BulkFileError('BULK_FILE_UNREADABLE', `The CSV could not be read: ${(error as Error).message.split('\n')[0].slice(0, 200)}`);
  }
  return { rows: records.map((cells, i) => ({ number: i + 1, cells: cells.slice(0, MAX_COLUMNS) })) };
}

async function readXlsx(bytes: Buffer): Promise<BulkSheet> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === null) throw new BulkFileError('BULK_FILE_UNREADABLE', 'The XLSX file is damaged (no zip directory).');
  if (unpacked > MAX_UNPACKED_BYTES) throw new BulkFileError('BULK_FILE_TOO_LARGE', 'The XLSX file unpacks to more than 32 MB.');
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new BulkFileError('BULK_FILE_UNREADABLE', 'The file could not be read as an XLSX workbook.');
  }
  const sheet = book.worksheets.find((ws) => ws.state === 'visible' && ws.actualRowCount > 0) ?? book.worksheets[0];
  if (!sheet) return { rows: [] };
  const rows: BulkSheet['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: string[] = [];
    for (let c = 1; c <= Math.min(row.cellCount, MAX_COLUMNS); c++) cells.push(cellText(row.getCell(c)));
    rows.push({ number, cells });
  });
  return { rows };
}

/** A cell as the person sees it: a link's text (e-mail addresses often are mailto: links), a formula's result. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'hyperlink' in value && typeof value.text === 'string') return value.text;
  try {
    return cell.text ?? '';
  } catch {
    return String(value);
  }
}

/** Reads an uploaded CSV or XLSX file by its content (never its name or declared type) into rows of text cells. */
export async function readBulkFile(bytes: Buffer): Promise<BulkSheet & { format: 'csv' | 'xlsx' }> {
  if (bytes.length > BULK_MAX_BYTES) throw new BulkFileError('BULK_FILE_TOO_LARGE', 'The file can be at most 1 MB.');
  if (isZip(bytes)) return { format: 'xlsx', ...(await readXlsx(bytes)) };
  if (isOle(bytes)) throw new BulkFileError('BULK_UNSUPPORTED_FILE', 'Old Excel files (.xls) are not read: save the sheet as XLSX or CSV UTF-8.');
  if (bytes.includes(0)) throw new BulkFileError('BULK_UNSUPPORTED_FILE', 'The file is binary, neither an XLSX workbook nor a CSV text.');
  return { format: 'csv', ...readCsv(bytes) };
}
