import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { CONTENT_TYPES, cellText, type ExportTable, type RenderedExport } from './export-document.js';
import { drawTable, heading, newPdf, pdfBuffer } from './pdf.js';
import { renderCsv } from './csv.js';
import { sheetName } from './xlsx.js';

/**
 * A running-text document (the index and compilation of recommendations): headings, numbered paragraphs with
 * indented sub-items and a reference line, then tables (the index).
 */
export type TextBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; label?: string; indent?: number; note?: string };

export interface TextDocument {
  title: string;
  fileName: string;
  meta: { label: string; value: string }[];
  blocks: TextBlock[];
  tables: ExportTable[];
}

export type TextFormat = 'md' | 'docx' | 'pdf' | 'xlsx' | 'csv';

const mdEscape = (text: string) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1');

export function renderMarkdown(doc: TextDocument): Buffer {
  const out: string[] = [`# ${mdEscape(doc.title)}`, ''];
  for (const m of doc.meta) out.push(`- **${mdEscape(m.label)}:** ${mdEscape(m.value)}`);
  out.push('');
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${mdEscape(b.text)}`, '');
    else {
      const indent = '    '.repeat(b.indent ?? 0);
      const label = b.label ? `**${mdEscape(b.label)}** ` : '';
      out.push(`${indent}${label}${mdEscape(b.text).replace(/\n/g, `\n${indent}`)}`);
      if (b.note) out.push(`${indent}*${mdEscape(b.note)}*`);
      out.push('');
    }
  }
  for (const t of doc.tables) {
    out.push(`## ${mdEscape(t.name)}`, '', `| ${t.columns.map((c) => mdEscape(c.header)).join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`);
    for (const row of t.rows) out.push(`| ${t.columns.map((c) => mdEscape(cellText(row[c.key], c.kind)).replace(/\n/g, ' ')).join(' | ')} |`);
    out.push('');
  }
  return Buffer.from(out.join('\n'), 'utf8');
}

export async function renderDocx(doc: TextDocument): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE })];
  for (const m of doc.meta) children.push(new Paragraph({ children: [new TextRun({ text: `${m.label}: `, bold: true }), new TextRun(m.value)] }));
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  for (const b of doc.blocks) {
    if (b.kind === 'heading') children.push(new Paragraph({ text: b.text, heading: levels[b.level - 1] }));
    else {
      const indent = { left: 567 * (b.indent ?? 0) };
      children.push(
        new Paragraph({ indent, spacing: { before: 120 }, children: [...(b.label ? [new TextRun({ text: `${b.label} `, bold: true })] : []), new TextRun(b.text)] }),
      );
      if (b.note) children.push(new Paragraph({ indent, children: [new TextRun({ text: b.note, italics: true, size: 18 })] }));
    }
  }
  for (const t of doc.tables) {
    children.push(new Paragraph({ text: t.name, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    const row = (cells: string[], bold = false) =>
      new TableRow({ tableHeader: bold, children: cells.map((text) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, size: 16 })] })] })) });
    children.push(
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [row(t.columns.map((c) => c.header), true), ...t.rows.map((r) => row(t.columns.map((c) => cellText(r[c.key], c.kind))))],
      }),
    );
  }
  const document = new Document({ creator: 'WG.4 Follow-up', title: doc.title, sections: [{ children }], styles: { default: { document: { run: { font: 'Noto Sans SC' } } } } });
  return Packer.toBuffer(document);
}

export async function renderTextPdf(d: TextDocument): Promise<Buffer> {
  const pdf = newPdf(d.title);
  pdf.font('bold').fontSize(16).text(d.title);
  pdf.moveDown(0.5);
  for (const m of d.meta) pdf.font('bold').fontSize(9).text(`${m.label}: `, { continued: true }).font('body').text(m.value);
  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;
  for (const b of d.blocks) {
    if (b.kind === 'heading') {
      heading(pdf, b.text, [15, 12.5, 11][b.level - 1]);
      continue;
    }
    const x = left + 22 * (b.indent ?? 0);
    pdf.font('body').fontSize(9.5).fillColor('#000');
    if (pdf.y + pdf.heightOfString(b.text, { width: width - (x - left) - 26 }) > pdf.page.height - pdf.page.margins.bottom - 14) pdf.addPage();
    const y = pdf.y + 3;
    if (b.label) pdf.font('bold').text(b.label, x, y, { width: 24, lineBreak: false });
    pdf.font('body').text(b.text, x + 26, y, { width: width - (x - left) - 26, align: 'justify' });
    if (b.note) pdf.font('body').fontSize(7.5).fillColor('#555').text(b.note, x + 26, pdf.y, { width: width - (x - left) - 26 });
    pdf.fillColor('#000');
    pdf.x = left;
  }
  for (const t of d.tables) {
    pdf.addPage();
    drawTable(pdf, t);
  }
  return pdfBuffer(pdf);
}

/** Every paragraph as a row (sheet "Compilation"), then the tables (the index). */
export async function renderTextXlsx(d: TextDocument): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'WG.4 Follow-up';
  const taken = new Set<string>();
  for (const t of d.tables) {
    const sheet = book.addWorksheet(sheetName(t.name, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = t.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const r of t.rows) sheet.addRow(Object.fromEntries(t.columns.map((c) => [c.key, r[c.key] ?? null])));
  }
  const text = book.addWorksheet(sheetName('Compilation', taken), { views: [{ state: 'frozen', ySplit: 1 }] });
  text.columns = [
    { header: 'Heading', key: 'heading', width: 40 },
    { header: 'Label', key: 'label', width: 10 },
    { header: 'Text', key: 'text', width: 100 },
    { header: 'Reference', key: 'note', width: 50 },
  ];
  text.getRow(1).font = { bold: true };
  let current = '';
  for (const b of d.blocks) {
    if (b.kind === 'heading') current = b.text;
    else text.addRow({ heading: current, label: `${'  '.repeat(b.indent ?? 0)}${b.label ?? ''}`, text: b.text, note: b.note ?? null }).alignment = { wrapText: true, vertical: 'top' };
  }
  text.getColumn(3).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function renderTextDocument(d: TextDocument, format: TextFormat): Promise<RenderedExport> {
  const body =
    format === 'md'
      ? renderMarkdown(d)
      : format === 'docx'
        ? await renderDocx(d)
        : format === 'pdf'
          ? await renderTextPdf(d)
          : format === 'xlsx'
            ? await renderTextXlsx(d)
            : renderCsv({ title: d.title, fileName: d.fileName, meta: d.meta, tables: d.tables });
  return { body, contentType: CONTENT_TYPES[format], fileName: `${d.fileName}.${format}` };
}
