import { AlignmentType, Document, Footer, Header, HeadingLevel, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import ExcelJS from 'exceljs';
import { CONTENT_TYPES, cellText, type ExportMeta, type ExportTable, type RenderedExport } from './export-document.js';
import { labels, type DocLanguage } from './labels.js';
import { PdfWriter } from './pdf.js';
import { renderCsv } from './csv.js';
import { sheetName, writeCell } from './xlsx.js';

/**
 * A running-text document (the index and compilation of recommendations, the session document): headings,
 * paragraphs with a label (the recommendation's number) or numbered automatically, indented sub-items and a
 * reference line, then tables (the index, the figures).
 */
export type TextBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | {
      kind: 'paragraph';
      text: string;
      label?: string;
      indent?: number;
      note?: string;
      /** Numbered by the document itself (1., 2., … across the document), as UN session documents are. */
      numbered?: boolean;
    }
  | { kind: 'table'; table: ExportTable };

export interface TextDocument {
  title: string;
  /** Page header of the pages after the first. */
  shortTitle?: string;
  /** A line over the title (e.g. "Note by the Secretariat"). */
  overline?: string;
  fileName: string;
  lang?: DocLanguage;
  meta: ExportMeta[];
  blocks: TextBlock[];
  /** Tables after the text, each from a new page (the index; an annex). */
  tables: ExportTable[];
  /** A heading over each end table (e.g. "Annex"), by table index. */
  tableHeadings?: Record<number, string>;
}

export type TextFormat = 'md' | 'docx' | 'pdf' | 'xlsx' | 'csv';

const mdEscape = (text: string) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1');

function mdTable(out: string[], t: ExportTable, lang: DocLanguage | undefined): void {
  const l = labels(lang);
  out.push(`| ${t.columns.map((c) => mdEscape(c.header)).join(' | ')} |`, `|${t.columns.map(() => '---').join('|')}|`);
  for (const row of t.rows) out.push(`| ${t.columns.map((c) => mdEscape(cellText(row[c.key], c.kind, l)).replace(/\n/g, ' ')).join(' | ')} |`);
  out.push('');
  if (t.note) out.push(`*${mdEscape(t.note)}*`, '');
}

export function renderMarkdown(doc: TextDocument): Buffer {
  const out: string[] = [`# ${mdEscape(doc.title)}`, ''];
  for (const m of doc.meta) out.push(`- **${mdEscape(m.label)}:** ${mdEscape(m.value)}`);
  out.push('');
  let n = 0;
  for (const b of doc.blocks) {
    if (b.kind === 'heading') out.push(`${'#'.repeat(b.level + 1)} ${mdEscape(b.text)}`, '');
    else if (b.kind === 'table') {
      out.push(`**${mdEscape(b.table.name)}**`, '');
      mdTable(out, b.table, doc.lang);
    } else {
      const indent = '    '.repeat(b.indent ?? 0);
      const label = b.numbered ? `${++n}. ` : b.label ? `**${mdEscape(b.label)}** ` : '';
      out.push(`${indent}${label}${mdEscape(b.text).replace(/\n/g, `\n${indent}`)}`);
      if (b.note) out.push(`${indent}*${mdEscape(b.note)}*`);
      out.push('');
    }
  }
  for (const [i, t] of doc.tables.entries()) {
    if (doc.tableHeadings?.[i]) out.push(`## ${mdEscape(doc.tableHeadings[i])}`, '');
    out.push(`## ${mdEscape(t.name)}`, '');
    mdTable(out, t, doc.lang);
  }
  return Buffer.from(out.join('\n'), 'utf8');
}

/**
 * An editable Word document: real heading styles, Word's own paragraph numbering, tables with a repeating header
 * row, a page header with the short title and "page N of M" in the footer; right to left throughout in Arabic.
 */
export async function renderDocx(doc: TextDocument): Promise<Buffer> {
  const l = labels(doc.lang);
  const rtl = l.rtl;
  const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) => new TextRun({ text, rightToLeft: rtl, ...o });
  const para = (o: ConstructorParameters<typeof Paragraph>[0] & object) => new Paragraph({ bidirectional: rtl, ...o });
  const children: (Paragraph | Table)[] = [];
  if (doc.overline) children.push(para({ children: [run(doc.overline, { color: '555555' })] }));
  children.push(para({ heading: HeadingLevel.TITLE, children: [run(doc.title)] }));
  for (const m of doc.meta) children.push(para({ children: [run(`${m.label}: `, { bold: true }), run(m.value)] }));
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3];
  const table = (t: ExportTable) => {
    const row = (cells: string[], header = false) =>
      new TableRow({
        tableHeader: header,
        cantSplit: true,
        children: cells.map(
          (text, i) =>
            new TableCell({
              shading: header ? { fill: 'E6EBF2' } : undefined,
              children: [
                para({
                  alignment: !header && (t.columns[i].kind === 'number' || t.columns[i].kind === 'percent') ? AlignmentType.END : AlignmentType.START,
                  children: [run(text, { bold: header, size: 18 })],
                }),
              ],
            }),
        ),
      });
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      visuallyRightToLeft: rtl,
      rows: [row(t.columns.map((c) => c.header), true), ...t.rows.map((r) => row(t.columns.map((c) => cellText(r[c.key], c.kind, l))))],
    });
  };
  for (const b of doc.blocks) {
    if (b.kind === 'heading') children.push(para({ heading: levels[b.level - 1], children: [run(b.text)] }));
    else if (b.kind === 'table') {
      children.push(para({ keepNext: true, spacing: { before: 120 }, children: [run(b.table.name, { bold: true })] }));
      children.push(table(b.table));
      if (b.table.note) children.push(para({ children: [run(b.table.note, { italics: true, size: 16 })] }));
    } else if (b.numbered) {
      children.push(para({ numbering: { reference: 'paragraphs', level: 0 }, spacing: { before: 120, after: 120 }, alignment: AlignmentType.BOTH, children: [run(b.text)] }));
    } else {
      const indent = { start: 567 * (b.indent ?? 0) };
      children.push(para({ indent, spacing: { before: 120 }, children: [...(b.label ? [run(`${b.label} `, { bold: true })] : []), run(b.text)] }));
      if (b.note) children.push(para({ indent, children: [run(b.note, { italics: true, size: 18 })] }));
    }
  }
  for (const [i, t] of doc.tables.entries()) {
    const over = doc.tableHeadings?.[i];
    if (over) children.push(para({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [run(over)] }));
    children.push(para({ heading: over ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1, pageBreakBefore: !over, children: [run(t.name)] }));
    children.push(table(t));
    if (t.note) children.push(para({ children: [run(t.note, { italics: true, size: 16 })] }));
  }
  const [before, after] = l.t('page').split('{n}');
  const [middle, end] = (after ?? '').split('{m}');
  const document = new Document({
    creator: 'WG.4 Follow-up',
    title: doc.title,
    numbering: {
      config: [
        {
          reference: 'paragraphs',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START, style: { paragraph: { indent: { start: 567, hanging: 567 } } } }],
        },
      ],
    },
    styles: { default: { document: { run: { font: rtl ? 'Amiri' : 'Noto Sans SC', size: 21, rightToLeft: rtl } } } },
    sections: [
      {
        headers: { default: new Header({ children: [para({ children: [run(doc.shortTitle ?? doc.title, { size: 16, color: '555555' })] })] }) },
        footers: {
          default: new Footer({
            children: [
              para({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ rightToLeft: rtl, size: 16, children: [before, PageNumber.CURRENT, middle ?? '', PageNumber.TOTAL_PAGES, end ?? ''] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

export async function renderTextPdf(d: TextDocument): Promise<Buffer> {
  const w = new PdfWriter(d.title, d.shortTitle ?? d.title, d.lang);
  w.titleBlock(d.meta);
  let n = 0;
  for (const b of d.blocks) {
    if (b.kind === 'heading') {
      w.heading(b.text, [14, 12, 10.5][b.level - 1]);
      continue;
    }
    if (b.kind === 'table') {
      w.table(b.table);
      continue;
    }
    const indent = 22 * (b.indent ?? 0);
    w.paragraph(b.text, { label: b.numbered ? `${++n}.` : b.label, indent, size: 9.5, align: 'justify', spaceBefore: 3 });
    if (b.note) w.paragraph(b.note, { indent: indent + 28, size: 7.5, color: '#555555' });
  }
  for (const [i, t] of d.tables.entries()) {
    w.doc.addPage();
    if (d.tableHeadings?.[i]) w.heading(d.tableHeadings[i], 13);
    w.table(t);
  }
  return w.finish();
}

/** The tables (the index), then every paragraph as a row (sheet "Compilation"); right to left in Arabic. */
export async function renderTextXlsx(d: TextDocument): Promise<Buffer> {
  const l = labels(d.lang);
  const book = new ExcelJS.Workbook();
  book.creator = 'WG.4 Follow-up';
  const taken = new Set<string>();
  const views = [{ state: 'frozen' as const, ySplit: 1, rightToLeft: l.rtl }];
  for (const t of d.tables) {
    const sheet = book.addWorksheet(sheetName(t.name, taken), { views });
    sheet.columns = t.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const r of t.rows) {
      const row = sheet.addRow([]);
      for (const [i, c] of t.columns.entries()) writeCell(row.getCell(i + 1), r[c.key], c.kind, l);
    }
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  }
  const text = book.addWorksheet(sheetName(d.title.length < 32 ? d.title : (d.shortTitle ?? 'Text'), taken), { views });
  text.columns = [
    { header: l.t('section'), key: 'heading', width: 40 },
    { header: '#', key: 'label', width: 10 },
    { header: d.shortTitle ?? d.title, key: 'text', width: 100 },
    { header: l.t('reference'), key: 'note', width: 50 },
  ];
  text.getRow(1).font = { bold: true };
  let current = '';
  let n = 0;
  for (const b of d.blocks) {
    if (b.kind === 'heading') current = b.text;
    else if (b.kind === 'paragraph') {
      const label = b.numbered ? `${++n}.` : `${'  '.repeat(b.indent ?? 0)}${b.label ?? ''}`;
      text.addRow({ heading: current, label, text: b.text, note: b.note ?? null }).alignment = { wrapText: true, vertical: 'top' };
    }
  }
  // The tables' notes as text rows, so that the tables' sheets stay plain lists.
  for (const t of d.tables) if (t.note) text.addRow({ heading: t.name, label: '', text: t.note, note: null });
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
            : renderCsv({ title: d.title, fileName: d.fileName, meta: d.meta, tables: d.tables, lang: d.lang });
  return { body, contentType: CONTENT_TYPES[format], fileName: `${d.fileName}.${format}` };
}
