/**
 * The text of an uploaded report, whatever the secretariat has: UTF-8 (or UTF-16 with a byte-order mark) text, the
 * official PDF (text extracted with pdfjs-dist, line by line as the page lays it out), or a Word file (.docx, read
 * with mammoth). The format is told by the bytes, never by the file name; anything else is refused naming what it is.
 */

export type DocumentFormat = 'text' | 'pdf' | 'docx';

export type DocumentText =
  | { ok: true; format: DocumentFormat; text: string; pages?: number }
  | { ok: false; code: 'UNSUPPORTED_IMPORT' | 'UNREADABLE_IMPORT'; found: string; message: string };

/** What the first bytes say a file is (for the refusal message), or null for none of the known binary formats. */
export function sniff(bytes: Uint8Array): string | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'PDF';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'ZIP';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'a Word 97-2003 (.doc) or other OLE document';
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'a PNG image';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'an RTF document';
  if (starts(0x1f, 0x8b)) return 'a gzip archive';
  return null;
}

const refuse = (code: 'UNSUPPORTED_IMPORT' | 'UNREADABLE_IMPORT', found: string, message: string): DocumentText => ({ ok: false, code, found, message });

/** Largest PDF page count read (a report has a few dozen pages). */
const MAX_PDF_PAGES = 500;

export async function documentText(bytes: Uint8Array): Promise<DocumentText> {
  const kind = sniff(bytes);
  if (kind === 'PDF') return pdfText(bytes);
  if (kind === 'ZIP') return docxText(bytes);
  if (kind) return refuse('UNSUPPORTED_IMPORT', kind, `The file is ${kind}; send the report as text, PDF or Word (.docx).`);
  // UTF-16 with a byte-order mark (what some editors save as "Unicode text")
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    try {
      return { ok: true, format: 'text', text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
    } catch {
      return refuse('UNSUPPORTED_IMPORT', 'malformed UTF-16 text', 'The file starts like UTF-16 text but is not valid UTF-16.');
    }
  }
  if (bytes.includes(0)) return refuse('UNSUPPORTED_IMPORT', 'binary data', 'The file is binary data of an unknown type, not a text, PDF or Word report.');
  try {
    return { ok: true, format: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return refuse('UNSUPPORTED_IMPORT', 'text that is not UTF-8', 'The file is not UTF-8 text (save it as UTF-8, or send the PDF or Word file).');
  }
}

interface PdfTextItem {
  str?: string;
  hasEOL?: boolean;
}

async function pdfText(bytes: Uint8Array): Promise<DocumentText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']> | null = null;
  try {
    // A copy: pdf.js transfers (detaches) the buffer it is given.
    const task = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 });
    doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) return refuse('UNREADABLE_IMPORT', `a PDF of ${doc.numPages} pages`, `The PDF has ${doc.numPages} pages; a report has at most ${MAX_PDF_PAGES}.`);
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items as PdfTextItem[]) {
        if (typeof item.str !== 'string') continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text);
      page.cleanup();
    }
    const text = pages.join('\n');
    if (!text.trim()) return refuse('UNREADABLE_IMPORT', 'a PDF without a text layer', 'The PDF holds no text (a scan?); send a PDF with text, or the Word file.');
    return { ok: true, format: 'pdf', text, pages: pages.length };
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
    return refuse('UNREADABLE_IMPORT', 'a damaged or encrypted PDF', `The file starts like a PDF but its text cannot be read (${reason}).`);
  } finally {
    await doc?.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<DocumentText> {
  const { default: mammoth } = await import('mammoth');
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    if (!value.trim()) return refuse('UNREADABLE_IMPORT', 'an empty Word document', 'The Word document holds no text.');
    return { ok: true, format: 'docx', text: value };
  } catch {
    return refuse('UNSUPPORTED_IMPORT', 'a ZIP archive that is not a Word (.docx) document', 'The file is a ZIP archive but not a Word (.docx) document.');
  }
}
