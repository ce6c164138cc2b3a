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

/** Each page's text items as pdfjs reads them (in reading order for right-to-left text too). */
export async function pdfPageTexts(body: Buffer): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((s) => s.trim())
        .join(' '),
    );
  }
  await pdf.destroy();
  return pages;
}

/** Where the tests leave page images for a person to look at (git-ignored). */
export const SCREENSHOTS = new URL('../../test-output/documents/', import.meta.url).pathname;

/**
 * Renders pages of a PDF to PNG files (pdfjs on @napi-rs/canvas, the canvas pdfjs-dist installs for Node), as a
 * reader would see them. Returns the files written; none when the canvas is not installed.
 */
export async function pdfScreenshots(body: Buffer, name: string, pages: number[] = [1], scale = 1.3): Promise<string[]> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  let canvasLib: typeof import('@napi-rs/canvas');
  try {
    canvasLib = await import('@napi-rs/canvas');
  } catch {
    return [];
  }
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(body), useSystemFonts: false, isEvalSupported: false }).promise;
  mkdirSync(SCREENSHOTS, { recursive: true });
  writeFileSync(`${SCREENSHOTS}${name}.pdf`, body);
  const files: string[] = [];
  for (const n of pages.filter((p) => p <= pdf.numPages)) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({ scale });
    const canvas = canvasLib.createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvasContext: ctx as never, viewport, canvas: canvas as never }).promise;
    const file = `${SCREENSHOTS}${name}-p${n}.png`;
    writeFileSync(file, canvas.toBuffer('image/png'));
    files.push(file);
  }
  await pdf.destroy();
  return files;
}

/** Every cell of every sheet of a workbook as text, one line per row (to search a document's words). */
export function xlsxText(book: ExcelJS.Workbook): string {
  const lines: string[] = [];
  for (const sheet of book.worksheets) sheet.eachRow((row) => lines.push((row.values as unknown[]).map((v) => (v instanceof Date ? v.toISOString() : typeof v === 'object' && v ? JSON.stringify(v) : String(v ?? ''))).join(' ')));
  return lines.join('\n');
}

/**
 * What a reader of a document in `lang` would stumble on about States, as a list (empty: none): a State's English
 * name where the document's language has another (`states`: the States the document may show, with their names),
 * and the group "Other / not assigned" printed without the note that says which States it stands for (`unassigned`:
 * their names in the document's language). Compared without white space, as PDF text comes back in pieces, and
 * with every kind of quotation mark as one.
 */
export function stateNameProblems(
  text: string,
  l: { lang: string; region(code: null): string; noneGroupNote(names: string[]): string },
  states: { names: Record<string, string> }[],
  unassigned: string[],
): string[] {
  // Quotation marks as the fonts and the right-to-left layout may give them back (“ ” « » as ").
  const squeeze = (s: string) => s.replace(/\s+/g, '').replace(/[“”„«»]/g, '"');
  const squeezed = squeeze(text);
  const has = (s: string) => squeezed.includes(squeeze(s));
  const problems: string[] = [];
  if (l.lang !== 'en') {
    for (const s of states) if (s.names[l.lang] && s.names[l.lang] !== s.names.en && has(s.names.en)) problems.push(`English name "${s.names.en}" (not "${s.names[l.lang]}")`);
  }
  if (has(l.region(null)) && !has(l.noneGroupNote(unassigned))) problems.push(`"${l.region(null)}" without the note naming ${unassigned.join(', ')}`);
  return problems;
}
