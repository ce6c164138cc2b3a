import { describe, expect, it } from '@jest/globals';
import { extractPdfText, parseCsv, readXlsx } from '../../../test/support/export-readers.js';
import { contentDisposition, renderExport, type ExportDocument } from './index.js';
import { csvField } from './csv.js';
import { sheetName } from './xlsx.js';

const doc: ExportDocument = {
  title: 'Implementation overview — 2026 cycle',
  fileName: 'overview-2026-cycle',
  meta: [
    { label: 'As of', value: '2026-11-24T10:00:00.123456+00:00' },
    { label: 'Counting', value: 'Accepted reports only' },
  ],
  tables: [
    {
      name: 'By theme',
      columns: [
        { key: 'theme', header: 'Theme', width: 30 },
        { key: 'reports', header: 'Reports', kind: 'number' },
        { key: 'share', header: 'Share', kind: 'percent' },
      ],
      rows: [
        { theme: '切除器官 (organ removal)', reports: 12, share: 0.25 },
        { theme: 'Victims, "protection" and\nassistance', reports: 3, share: 0.0625 },
        { theme: '=HYPERLINK("http://evil")', reports: 0, share: 0 },
      ],
    },
    { name: 'Assistance asked', columns: [{ key: 'type', header: 'Type' }, { key: 'n', header: 'Reports', kind: 'number' }], rows: [{ type: 'training', n: 4 }] },
  ],
  charts: [{ title: 'Status distribution', bars: [{ label: 'Fully implemented', value: 7 }, { label: 'No information', value: 41 }] }],
};

describe('CSV', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(3)).toBe('3');
    expect(csvField(null)).toBe('');
  });

  it('starts with a BOM, keeps Chinese, one titled block per table, and defuses formulas', async () => {
    const out = await renderExport(doc, 'csv');
    expect(out).toMatchObject({ contentType: 'text/csv; charset=utf-8', fileName: 'overview-2026-cycle.csv' });
    expect([...out.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(out.body).slice(4);
    expect(parseCsv(out.body).slice(0, 4)).toEqual([[doc.title], ['As of', doc.meta[0].value], ['Counting', 'Accepted reports only'], ['']]);
    expect(rows[0]).toEqual(['By theme']);
    expect(rows[1]).toEqual(['Theme', 'Reports', 'Share']);
    expect(rows[2]).toEqual(['切除器官 (organ removal)', '12', '0.25']);
    expect(rows[3]).toEqual(['Victims, "protection" and\nassistance', '3', '0.0625']);
    expect(rows[4][0]).toBe(`'=HYPERLINK("http://evil")`);
    expect(rows[5]).toEqual(['']);
    expect(rows[6]).toEqual(['Assistance asked']);
    expect(rows[8]).toEqual(['training', '4']);
  });
});

describe('XLSX', () => {
  it('an About sheet, then a sheet per table with a frozen bold header, widths and typed cells', async () => {
    const out = await renderExport(doc, 'xlsx');
    const book = await readXlsx(out.body);
    expect(book.worksheets.map((s) => s.name)).toEqual(['About', 'By theme', 'Assistance asked']);
    expect(book.getWorksheet('About')!.getCell('A1').value).toBe(doc.title);
    const sheet = book.getWorksheet('By theme')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getCell('A2').value).toBe('切除器官 (organ removal)');
    expect(sheet.getCell('B2').value).toBe(12);
    expect(sheet.getCell('C2').value).toBe(0.25);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    // A State's text that looks like a formula stays text.
    expect(sheet.getCell('A4').value).toEqual({ richText: [{ text: '=HYPERLINK("http://evil")' }] });
  });

  it('sheet names obey Excel’s rules', () => {
    const taken = new Set<string>();
    expect(sheetName('a/b:c*d?e[f]', taken)).toBe('a b c d e f');
    expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
    expect(sheetName('x'.repeat(40), taken)).toBe(`${'x'.repeat(29)} 2`);
  });
});

describe('PDF', () => {
  it('renders the title, the Chinese text, the figures and the chart labels as real text', async () => {
    const out = await renderExport(doc, 'pdf');
    expect(out.contentType).toBe('application/pdf');
    expect(out.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await extractPdfText(out.body)).replace(/\s+/g, ' ');
    expect(text).toContain('Implementation overview');
    expect(text).toContain('切除器官');
    expect(text).toContain('Fully implemented');
    expect(text).toContain('41');
    expect(text).toContain('25.0%');
  }, 30_000);
});

describe('Content-Disposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('overview.csv')).toBe(`attachment; filename="overview.csv"; filename*=UTF-8''overview.csv`);
    expect(contentDisposition('概况.pdf')).toBe(`attachment; filename=".pdf"; filename*=UTF-8''%E6%A6%82%E5%86%B5.pdf`);
  });
});
