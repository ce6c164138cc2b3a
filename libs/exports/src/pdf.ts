import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { cellText, type ExportChart, type ExportDocument, type ExportTable } from './export-document.js';

const require = createRequire(import.meta.url);

/**
 * Noto Sans SC (SIL Open Font License 1.1, from the npm package @expo-google-fonts/noto-sans-sc): Chinese, Latin and
 * Cyrillic in one face, so a document mixing the six UN languages' names renders (Arabic script falls back to empty
 * boxes rather than failing). Read once; pdfkit embeds only the glyphs used.
 */
let fonts: { regular: Buffer; bold: Buffer } | null = null;
export function pdfFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
  };
  return fonts;
}

export type Pdf = InstanceType<typeof PDFDocument>;

/** A4 portrait with the CJK-capable fonts registered as `body` and `bold`. */
export function newPdf(title: string): Pdf {
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: title, Creator: 'WG.4 Follow-up' }, bufferPages: true });
  const f = pdfFonts();
  doc.registerFont('body', f.regular);
  doc.registerFont('bold', f.bold);
  doc.font('body');
  return doc;
}

export function pdfBuffer(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    // Page numbers, now that the page count is known.
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      doc.font('body').fontSize(7).fillColor('#666');
      doc.text(`${i + 1} / ${range.count}`, doc.page.margins.left, doc.page.height - 28, { width: contentWidth(doc), align: 'right', lineBreak: false });
    }
    doc.end();
  });
}

const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
const bottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom - 14;

function ensureRoom(doc: Pdf, height: number): boolean {
  if (doc.y + height <= bottom(doc)) return false;
  doc.addPage();
  return true;
}

export function heading(doc: Pdf, text: string, size = 12): void {
  ensureRoom(doc, size * 3);
  doc.moveDown(0.6).font('bold').fontSize(size).fillColor('#000').text(text, doc.page.margins.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3).font('body');
}

/** A table with wrapped cells; the header row repeats on every page it spans. */
export function drawTable(doc: Pdf, table: ExportTable): void {
  heading(doc, table.name, 11);
  if (table.rows.length === 0) {
    doc.fontSize(8).fillColor('#444').text('(none)');
    return;
  }
  const total = table.columns.reduce((n, c) => n + (c.width ?? 12), 0);
  const widths = table.columns.map((c) => ((c.width ?? 12) / total) * contentWidth(doc));
  const pad = 2;
  const rowHeight = (cells: string[], font: string) => {
    doc.font(font).fontSize(7.5);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text || ' ', { width: widths[i] - pad * 2 }))) + pad * 2;
  };
  const drawRow = (cells: string[], font: string, fill?: string) => {
    const h = rowHeight(cells, font);
    const top = doc.y;
    let x = doc.page.margins.left;
    if (fill) doc.rect(x, top, contentWidth(doc), h).fill(fill);
    doc.fillColor('#000').font(font).fontSize(7.5);
    for (const [i, text] of cells.entries()) {
      const numeric = table.columns[i].kind === 'number' || table.columns[i].kind === 'percent';
      doc.text(text, x + pad, top + pad, { width: widths[i] - pad * 2, align: numeric ? 'right' : 'left' });
      x += widths[i];
    }
    doc.moveTo(doc.page.margins.left, top + h).lineTo(doc.page.margins.left + contentWidth(doc), top + h).lineWidth(0.3).strokeColor('#bbb').stroke();
    doc.x = doc.page.margins.left;
    doc.y = top + h;
  };
  const header = table.columns.map((c) => c.header);
  ensureRoom(doc, rowHeight(header, 'bold') * 2);
  drawRow(header, 'bold', '#e8eef6');
  for (const row of table.rows) {
    const cells = table.columns.map((c) => cellText(row[c.key], c.kind));
    if (ensureRoom(doc, rowHeight(cells, 'body'))) drawRow(header, 'bold', '#e8eef6');
    drawRow(cells, 'body');
  }
}

/** Horizontal bars with their labels and values. */
export function drawBarChart(doc: Pdf, chart: ExportChart): void {
  const barHeight = 14;
  heading(doc, chart.title, 11);
  ensureRoom(doc, chart.bars.length * (barHeight + 4) + 10);
  const labelWidth = 130;
  const valueWidth = 50;
  const left = doc.page.margins.left;
  const area = contentWidth(doc) - labelWidth - valueWidth;
  const max = Math.max(1, ...chart.bars.map((b) => b.value));
  const palette = ['#9e9e9e', '#90caf9', '#64b5f6', '#ffb74d', '#66bb6a', '#ce93d8', '#e0e0e0'];
  for (const [i, bar] of chart.bars.entries()) {
    const y = doc.y;
    doc.font('body').fontSize(8).fillColor('#000').text(bar.label, left, y + 3, { width: labelWidth - 6, align: 'right', lineBreak: false });
    const w = (bar.value / max) * area;
    if (w > 0) doc.rect(left + labelWidth, y, Math.max(w, 1), barHeight).fill(palette[i % palette.length]);
    doc.fillColor('#000').text(String(bar.value), left + labelWidth + w + 4, y + 3, { width: valueWidth, lineBreak: false });
    doc.y = y + barHeight + 4;
  }
  doc.x = left;
}

/** Title, meta, charts, then the tables. */
export async function renderPdf(d: ExportDocument): Promise<Buffer> {
  const doc = newPdf(d.title);
  doc.font('bold').fontSize(16).text(d.title);
  doc.moveDown(0.5);
  for (const m of d.meta) {
    doc.font('bold').fontSize(9).text(`${m.label}: `, { continued: true }).font('body').text(m.value);
  }
  for (const chart of d.charts ?? []) drawBarChart(doc, chart);
  for (const table of d.tables) drawTable(doc, table);
  return pdfBuffer(doc);
}
