// Reads exported files back the way their users' tools would, so tests check content, not bytes.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Test } from 'supertest';

/** supertest parser that keeps any response body as a Buffer (`.buffer(true).parse(binaryBody)`). */
export const binaryBody = ((res: NodeJS.ReadableStream, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
}) as unknown as Parameters<Test['parse']>[0];

/** Rows of a CSV file (BOM stripped, ragged rows allowed: several tables share one file). */
export function parseCsv(body: Buffer): string[][] {
  return parse(body, { bom: true, relax_column_count: true, skip_empty_lines: false }) as string[][];
}

export async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ArrayBuffer);
  return book;
}

/** All text of a PDF, page by page, through pdfjs (the text a reader can select and search). */
export async function extractPdfText(body: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await pdf.destroy();
  return pages.join('\n');
}
