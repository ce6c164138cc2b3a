import { readFileSync } from 'node:fs';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { Document, Packer, Paragraph } from 'docx';
import { documentText } from './document-text.js';
import { parseReport } from './parse-report.js';
import { projection, SAMPLE_STATES } from '../fixtures/support.js';

const SAMPLE = readFileSync(path.join(process.cwd(), 'test', 'fixtures', 'importer', '2010-wg4-2nd-meeting.lines.en.txt'), 'utf8');

/** A PDF of the sample report, one text line per source line (what the official PDF's text layer holds). */
export function samplePdf(text = SAMPLE): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const line of text.split('\n')) doc.text(line || ' ');
    doc.end();
  });
}

export function sampleDocx(text = SAMPLE): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: text.split('\n').filter(Boolean).map((line) => new Paragraph(line)) }] });
  return Packer.toBuffer(doc);
}

const recs = (text: string) => {
  const { session, sections, recommendations, documents } = projection(parseReport(text, { states: SAMPLE_STATES }));
  return { session, sections, recommendations, documents };
};

describe('documentText: the text of an uploaded report, told by its bytes', () => {
  it('reads a PDF (pdfjs-dist) to the same plan as its text', async () => {
    const read = await documentText(await samplePdf());
    expect(read).toMatchObject({ ok: true, format: 'pdf' });
    if (!read.ok) return;
    expect(recs(read.text)).toEqual(recs(SAMPLE));
  }, 30_000);

  it('reads a Word .docx (mammoth) to the same plan as its text', async () => {
    const read = await documentText(await sampleDocx());
    expect(read).toMatchObject({ ok: true, format: 'docx' });
    if (!read.ok) return;
    expect(recs(read.text)).toEqual(recs(SAMPLE));
  }, 30_000);

  it('reads UTF-8 and UTF-16 (with BOM) text', async () => {
    expect(await documentText(Buffer.from(SAMPLE))).toEqual({ ok: true, format: 'text', text: SAMPLE });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]);
    expect(await documentText(utf16)).toEqual({ ok: true, format: 'text', text: SAMPLE });
  });

  it.each([
    ['a fake PDF', Buffer.from('%PDF-1.4 garbage\u0000\u00ff'), 'UNREADABLE_IMPORT', 'a damaged or encrypted PDF'],
    ['a PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'UNSUPPORTED_IMPORT', 'a PNG image'],
    ['a .doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'UNSUPPORTED_IMPORT', 'a Word 97-2003 (.doc) or other OLE document'],
    ['a ZIP that is no Word file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), 'UNSUPPORTED_IMPORT', 'a ZIP archive that is not a Word (.docx) document'],
    ['Latin-1 text', Buffer.from([0x52, 0xe9, 0x73, 0x75, 0x6d, 0xe9]), 'UNSUPPORTED_IMPORT', 'text that is not UTF-8'],
    ['binary data', Buffer.from([1, 2, 3, 0, 4]), 'UNSUPPORTED_IMPORT', 'binary data'],
  ])('refuses %s, naming what it is', async (_name, bytes, code, found) => {
    expect(await documentText(bytes)).toMatchObject({ ok: false, code, found });
  });
});
