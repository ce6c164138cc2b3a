/** Report files as the secretariat gets them: the official PDF (a text layer, one line per printed line) and Word. */
import PDFDocument from 'pdfkit';
import { Document, Packer, Paragraph } from 'docx';

export function reportPdf(text: string): Promise<Buffer> {
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    for (const line of text.split('\n')) doc.text(line || ' ');
    doc.end();
  });
}

export function reportDocx(text: string): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: text.split('\n').filter(Boolean).map((line) => new Paragraph(line)) }] }));
}
