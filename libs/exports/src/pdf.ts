import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { cellText, type ExportChart, type ExportDocument, type ExportMeta, type ExportTable } from './export-document.js';
import { labels, type DocLanguage, type Labels } from './labels.js';

const require = createRequire(import.meta.url);

/**
 * Two faces, both SIL Open Font License 1.1 from npm, read once; pdfkit embeds only the glyphs used (subset):
 * - Noto Sans SC (@expo-google-fonts/noto-sans-sc): Chinese, Latin and Cyrillic;
 * - Amiri (@expo-google-fonts/amiri): a Naskh face for Arabic. pdfkit shapes it with fontkit (joining forms,
 *   ligatures). Amiri keeps every letter in one glyph, so the text a reader copies out is the text written; Noto Naskh
 *   Arabic splits the dots into glyphs of their own that map to no character, and copied text loses letters.
 */
let fonts: { regular: Buffer; bold: Buffer; arabic: Buffer; arabicBold: Buffer } | null = null;
export function pdfFonts(): { regular: Buffer; bold: Buffer; arabic: Buffer; arabicBold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
    bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
    arabic: readFileSync(require.resolve('@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf')),
    arabicBold: readFileSync(require.resolve('@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf')),
  };
  return fonts;
}

export type Pdf = InstanceType<typeof PDFDocument>;

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
/** Letters that are strongly left to right: Latin, Cyrillic, and Chinese (the record's fallback text in an Arabic document). */
const STRONG_LTR = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Han}]/u;
const LATIN_OR_CYRILLIC = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Where a line may break: at spaces, and between any two CJK characters. */
const BREAKS = /\s+|(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])|(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef])/;

const MARGIN = { top: 58, bottom: 56, left: 50, right: 50 };
const GREY = '#555555';
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '“': '”', '”': '“' };
const RULE = '#8c8c8c';

interface TextOptions {
  size?: number;
  bold?: boolean;
  color?: string;
  /** `start` is left in a left-to-right document and right in Arabic. */
  align?: 'start' | 'end' | 'center' | 'justify';
}

/**
 * Lays a document out on A4 pages: title block, page header and "page N of M" footer on every page, headings,
 * paragraphs, tables and bar charts. An Arabic document is laid right to left by this writer itself (pdfkit has no
 * bidi): lines are broken at spaces, words placed from the right, a run of Latin words or digits kept left to right,
 * and each word shaped by fontkit.
 */
export class PdfWriter {
  readonly doc: Pdf;
  readonly l: Labels;
  readonly rtl: boolean;

  constructor(
    private readonly title: string,
    private readonly shortTitle: string,
    lang: DocLanguage = 'en',
  ) {
    this.l = labels(lang);
    this.rtl = this.l.rtl;
    this.doc = new PDFDocument({ size: 'A4', margins: MARGIN, info: { Title: title, Creator: 'WG.4 Follow-up' }, bufferPages: true, lang, displayTitle: true });
    const f = pdfFonts();
    this.doc.registerFont('body', f.regular);
    this.doc.registerFont('bold', f.bold);
    this.doc.registerFont('ar', f.arabic);
    this.doc.registerFont('arBold', f.arabicBold);
    this.doc.font('body');
  }

  get left(): number {
    return MARGIN.left;
  }
  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }
  get y(): number {
    return this.doc.y;
  }
  set y(v: number) {
    this.doc.y = v;
  }

  /** Noto Sans SC for Latin, Cyrillic and Chinese; Amiri for Arabic text (and all of an Arabic document but Chinese). */
  private font(text: string, bold: boolean): string {
    const arabic = this.rtl ? !CJK.test(text) : ARABIC.test(text);
    return arabic ? (bold ? 'arBold' : 'ar') : bold ? 'bold' : 'body';
  }

  private lineHeight(size: number): number {
    return size * (this.rtl ? 1.55 : 1.38);
  }

  /** The width of one unbreakable piece. */
  widthOf(text: string, o: TextOptions = {}): number {
    return this.doc
      .font(this.font(text, !!o.bold))
      .fontSize(o.size ?? 9)
      .widthOfString(text);
  }

  /** The widest piece a line cannot break inside, and the whole text's width on one line. */
  extent(text: string, o: TextOptions = {}): { min: number; natural: number } {
    let min = 0;
    let natural = 0;
    for (const line of text.split('\n')) {
      for (const piece of line.split(BREAKS)) if (piece) min = Math.max(min, this.widthOf(piece, o));
      natural = Math.max(natural, this.widthOf(line, o));
    }
    return { min, natural };
  }

  /** Noto Sans SC draws curly quotes full width (CJK punctuation): outside Chinese, print straight ones. */
  private plainQuotes(text: string): string {
    return this.l.lang === 'zh' || !/[“”‘’]/.test(text) ? text : text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");
  }

  /**
   * Lines of words of an RTL paragraph. Lines break at spaces, and between two Chinese characters (a Chinese text
   * quoted in an Arabic document has no spaces): the pieces of a line not apart by a space are joined again.
   */
  private rtlLines(text: string, width: number, o: TextOptions): string[][] {
    const out: string[][] = [];
    const space = this.widthOf(' ', o);
    for (const para of text.split('\n')) {
      const pieces: { text: string; spaced: boolean }[] = [];
      for (const m of para.matchAll(/([\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+)(\s*)/g)) pieces.push({ text: m[1], spaced: m[2].length > 0 });
      let line: { text: string; spaced: boolean }[] = [];
      let used = 0;
      const flush = () => {
        const words: string[] = [];
        for (const [i, p] of line.entries()) {
          if (i > 0 && !line[i - 1].spaced) words[words.length - 1] += p.text;
          else words.push(p.text);
        }
        out.push(words);
      };
      for (const p of pieces) {
        const w = this.widthOf(p.text, o);
        const gap = line.length && line[line.length - 1].spaced ? space : 0;
        if (line.length && used + gap + w > width) {
          flush();
          line = [];
          used = 0;
        }
        used += (line.length && line[line.length - 1].spaced ? space : 0) + w;
        line.push(p);
      }
      flush();
    }
    return out;
  }

  /**
   * Whether `text` is laid left to right: always in a left-to-right document; in an Arabic one, a text with no Arabic
   * in it and Latin or Cyrillic words (an English narrative, a reference), as a whole — so that its punctuation stays
   * where its writer put it ("… trafficking.", not ".Law 12 …").
   */
  private leftToRight(text: string): boolean {
    return !this.rtl || (!ARABIC.test(text) && LATIN_OR_CYRILLIC.test(text));
  }

  /** The height `text` takes in `width`. */
  heightOf(text: string, width: number, o: TextOptions = {}): number {
    const size = o.size ?? 9;
    if (!text) return this.lineHeight(size);
    if (!this.leftToRight(text)) return this.rtlLines(text, width, o).length * this.lineHeight(size);
    return this.doc.font(this.font(text, !!o.bold)).fontSize(size).heightOfString(text, { width, lineGap: size * 0.1 });
  }

  /** Writes `text` in the box starting at (x, y) `width` wide; returns the height used. No page break. */
  textAt(raw: string, x: number, y: number, width: number, o: TextOptions = {}): number {
    const text = this.plainQuotes(raw);
    const size = o.size ?? 9;
    this.doc.fillColor(o.color ?? '#000000');
    if (this.leftToRight(text)) {
      // The start of a line is its right end in an Arabic document.
      const [start, end] = this.rtl ? (['right', 'left'] as const) : (['left', 'right'] as const);
      const align = o.align === 'end' ? end : o.align === 'center' ? 'center' : o.align === 'justify' ? 'justify' : start;
      this.doc.font(this.font(text, !!o.bold)).fontSize(size).text(text, x, y, { width, align, lineGap: size * 0.1 });
      const h = this.doc.y - y;
      return h;
    }
    const lines = this.rtlLines(text, width, o);
    const lh = this.lineHeight(size);
    for (const [i, words] of lines.entries()) this.rtlLine(words, x, y + i * lh, width, o, i === lines.length - 1);
    this.doc.y = y + lines.length * lh;
    return lines.length * lh;
  }

    /** One RTL line: words from the right; consecutive non-Arabic words (a reference, a Latin name) stay left to right. */
  private rtlLine(words: string[], x: number, y: number, width: number, o: TextOptions, last: boolean): void {
    const size = o.size ?? 9;
    const space = this.widthOf(' ', o);
    const runs: { words: string[]; ltr: boolean; latin: boolean }[] = [];
    for (const word of words) {
      // From a Latin word on, the words that are not Arabic stay together left to right (a reference, a name, "para. 4");
      // digits and punctuation after Arabic stand alone, in the line's order.
      const prev = runs.at(-1);
      if (prev?.latin && !ARABIC.test(word) && /[\p{L}\p{N}]/u.test(word)) prev.words.push(word);
      else runs.push({ words: [word], ltr: !ARABIC.test(word), latin: !ARABIC.test(word) && STRONG_LTR.test(word) });
    }
    // Punctuation between two Latin runs ("Kenya (KEN) — Summaries") belongs to them: one run left to right.
    for (let i = 0; i + 2 < runs.length; i++) {
      if (!runs[i].latin) continue;
      let j = i + 1;
      while (j < runs.length && runs[j].ltr && !runs[j].latin && !/[\p{L}\p{N}]/u.test(runs[j].words.join(''))) j++;
      if (j > i + 1 && j < runs.length && runs[j].latin) {
        runs[i].words.push(...runs.slice(i + 1, j + 1).flatMap((r) => r.words));
        runs.splice(i + 1, j - i);
        i--;
      }
    }
    const count = (t: string, re: RegExp) => (t.match(re) ?? []).length;
    for (const run of runs) {
      if (!run.ltr) {
        // fontkit lays Arabic right to left but does not mirror brackets: mirror them before it reverses the word.
        run.words = run.words.map((w) => w.replace(/[()[\]{}«»]/g, (c) => MIRROR[c]));
        continue;
      }
      // Brackets and punctuation at the edges of a left-to-right run that belong to the right-to-left line (an
      // opening bracket closed outside the run, a closing one opened outside it, a full stop): the opening ones go to
      // the run's right end, the closing ones to its left, mirrored. Brackets paired inside the run stay.
      const all = run.words.join(' ');
      const unopened = count(all, /[)\]}»]/g) - count(all, /[([{«]/g);
      const first = run.words[0];
      const lead = unopened < 0 ? (/^[([{«]+/.exec(first)?.[0] ?? '') : '';
      const lastWord = run.words.at(-1)!.slice(run.words.length === 1 ? lead.length : 0);
      const trail = (unopened > 0 ? /[)\]}»]*[.,:;،؛!?]*$/ : /[.,:;،؛!?]+$/).exec(lastWord)?.[0] ?? '';
      const mirror = (t: string) => [...t].map((c) => MIRROR[c] ?? c).reverse().join('');
      if (run.words.length === 1) run.words = [`${mirror(trail)}${lastWord.slice(0, lastWord.length - trail.length)}${mirror(lead)}`];
      else {
        const n = run.words.length - 1;
        run.words[0] = `${mirror(trail)}${first.slice(lead.length)}`;
        run.words[n] = `${lastWord.slice(0, lastWord.length - trail.length)}${mirror(lead)}`;
      }
    }
    words = runs.flatMap((r) => r.words);
    const widths = words.map((w) => this.widthOf(w, o));
    const total = widths.reduce((a, b) => a + b, 0) + space * Math.max(0, words.length - 1);
    const gap = o.align === 'justify' && !last && words.length > 1 ? space + (width - total) / (words.length - 1) : space;
    let right = o.align === 'end' ? x + total : o.align === 'center' ? x + (width + total) / 2 : x + width;
    const top = y + size * 0.05;
    for (const run of runs) {
      const ws = run.words.map((w) => this.widthOf(w, o));
      const runWidth = ws.reduce((a, b) => a + b, 0) + gap * (ws.length - 1);
      if (run.ltr) {
        let cx = right - runWidth;
        for (const [i, w] of run.words.entries()) {
          this.doc.font(this.font(w, !!o.bold)).fontSize(size).text(w, cx, top, { lineBreak: false });
          cx += ws[i] + gap;
        }
      } else {
        let cx = right;
        for (const [i, w] of run.words.entries()) {
          cx -= ws[i];
          this.doc.font(this.font(w, !!o.bold)).fontSize(size).text(w, cx, top, { lineBreak: false });
          cx -= gap;
        }
      }
      right -= runWidth + gap;
    }
  }

  /** A new page when `height` does not fit below the cursor; true when it broke. */
  ensure(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.doc.addPage();
    this.doc.y = MARGIN.top;
    return true;
  }

  /** A flowing paragraph: broken across pages line by line where it must. */
  paragraph(raw: string, o: TextOptions & { indent?: number; label?: string; labelWidth?: number; spaceBefore?: number } = {}): void {
    const text = this.plainQuotes(raw);
    const size = o.size ?? 9.5;
    const indent = o.indent ?? 0;
    const labelWidth = o.label !== undefined ? (o.labelWidth ?? 28) : 0;
    const width = this.width - indent - labelWidth;
    this.doc.y += o.spaceBefore ?? 0;
    const lh = this.lineHeight(size);
    // Keep at least two lines together with the label.
    this.ensure(Math.min(this.heightOf(text, width, { ...o, size }), lh * 2));
    const textX = this.rtl ? this.left : this.left + indent + labelWidth;
    const labelX = this.rtl ? this.left + this.width - indent - labelWidth : this.left + indent;
    const top = this.doc.y;
    if (o.label) this.textAt(o.label, labelX, top, labelWidth - 4, { size, bold: true });
    this.doc.y = top;
    if (this.rtl) {
      const lines = this.rtlLines(text, width, { ...o, size });
      for (const [i, words] of lines.entries()) {
        if (this.doc.y + lh > this.bottom) {
          this.doc.addPage();
          this.doc.y = MARGIN.top;
        }
        const y = this.doc.y;
        this.rtlLine(words, textX, y, width, { ...o, size }, i === lines.length - 1);
        this.doc.y = y + lh;
      }
    } else {
      const h = this.heightOf(text, width, { ...o, size });
      if (this.doc.y + h <= this.bottom) this.textAt(text, textX, this.doc.y, width, { ...o, size });
      else {
        // Taller than the room left: pdfkit flows it on, page after page, within the margins.
        const align = o.align === 'justify' ? 'justify' : 'left';
        this.doc.fillColor(o.color ?? '#000000').font(this.font(text, !!o.bold)).fontSize(size).text(text, textX, this.doc.y, { width, align, lineGap: size * 0.1 });
      }
    }
    this.doc.x = this.left;
  }

  /** A heading never ends a page: it keeps room below it for `keep` points of what follows. */
  heading(text: string, size = 12, keep = 40): void {
    this.doc.y += size * 0.8;
    this.ensure(this.heightOf(text, this.width, { size, bold: true }) + keep);
    this.textAt(text, this.left, this.doc.y, this.width, { size, bold: true });
    this.doc.y += size * 0.35;
  }

  rule(): void {
    const y = this.doc.y + 2;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.6).strokeColor(RULE).stroke();
    this.doc.y = y + 6;
  }

  /** The first page's title block: the body, the title, the label/value lines, who generated it. */
  titleBlock(meta: ExportMeta[]): void {
    this.textAt(this.l.t('workingGroup'), this.left, this.doc.y, this.width, { size: 9, color: GREY });
    this.doc.y += 4;
    this.textAt(this.title, this.left, this.doc.y, this.width, { size: 16, bold: true });
    this.doc.y += 6;
    this.rule();
    const labelWidth = Math.min(this.width * 0.42, Math.max(80, ...meta.map((m) => this.widthOf(m.label, { size: 8.5, bold: true }) + 10)));
    for (const m of meta) {
      const h = Math.max(this.heightOf(m.label, labelWidth - 8, { size: 8.5, bold: true }), this.heightOf(m.value, this.width - labelWidth, { size: 8.5 }));
      this.ensure(h);
      const y = this.doc.y;
      const labelX = this.rtl ? this.left + this.width - labelWidth : this.left;
      const valueX = this.rtl ? this.left : this.left + labelWidth;
      this.textAt(m.label, labelX, y, labelWidth - 8, { size: 8.5, bold: true });
      this.textAt(m.value, valueX, y, this.width - labelWidth, { size: 8.5 });
      this.doc.y = y + h + 1.5;
    }
    this.doc.y += 2;
    this.textAt(this.l.t('generatedBy', { date: this.l.dateTime(new Date()) }), this.left, this.doc.y, this.width, { size: 7.5, color: GREY });
    this.doc.y += 2;
    this.rule();
  }

  /**
   * A table: columns sized from their content (never narrower than their longest word, so a header wraps only
   * between words), a smaller type when the table would not fit otherwise, the header repeated on every page, and
   * rows kept whole on one page.
   */
  table(table: ExportTable): void {
    if (table.rows.length === 0) {
      this.heading(table.name, 11);
      this.textAt(this.l.t('none'), this.left, this.doc.y, this.width, { size: 8.5, color: GREY });
      return;
    }
    const header = table.columns.map((c) => c.header);
    const rows = table.rows.map((row) => table.columns.map((c) => cellText(row[c.key], c.kind, this.l)));
    const pad = 3;
    let size = 8;
    let widths: number[] = [];
    for (; size >= 5.5; size -= 0.5) {
      widths = this.columnWidths(header, rows, size, pad);
      if (widths.length) break;
    }
    if (!widths.length) widths = table.columns.map(() => this.width / table.columns.length);
    const numeric = table.columns.map((c) => c.kind === 'number' || c.kind === 'percent');
    const heightOf = (cells: string[], bold: boolean) => Math.max(...cells.map((t, i) => this.heightOf(t, widths[i] - pad * 2, { size, bold }))) + pad * 2;
    const xs: number[] = [];
    {
      let x = this.rtl ? this.left + this.width : this.left;
      for (const w of widths) {
        if (this.rtl) x -= w;
        xs.push(x);
        if (!this.rtl) x += w;
      }
    }
    const tableWidth = widths.reduce((a, b) => a + b, 0);
    const tableLeft = this.rtl ? this.left + this.width - tableWidth : this.left;
    const drawRow = (cells: string[], bold: boolean, fill?: string) => {
      const h = heightOf(cells, bold);
      const top = this.doc.y;
      if (fill) this.doc.rect(tableLeft, top, tableWidth, h).fill(fill);
      for (const [i, text] of cells.entries()) {
        this.textAt(text, xs[i] + pad, top + pad, widths[i] - pad * 2, { size, bold, align: numeric[i] && !bold ? 'end' : 'start' });
      }
      this.doc.moveTo(tableLeft, top + h).lineTo(tableLeft + tableWidth, top + h).lineWidth(bold ? 0.8 : 0.3).strokeColor(bold ? RULE : '#c8c8c8').stroke();
      this.doc.x = this.left;
      this.doc.y = top + h;
    };
    const headerHeight = heightOf(header, true);
    this.heading(table.name, 11, headerHeight + heightOf(rows[0], false) + 2);
    drawRow(header, true, '#e6ebf2');
    for (const cells of rows) {
      if (this.ensure(heightOf(cells, false))) drawRow(header, true, '#e6ebf2');
      drawRow(cells, false);
    }
    if (table.note) {
      this.doc.y += 3;
      this.paragraph(table.note, { size: 7.5, color: GREY });
    }
  }

  /** Column widths filling at most the page width, or [] when even the narrowest layout would not fit at `size`. */
  private columnWidths(header: string[], rows: string[][], size: number, pad: number): number[] {
    const n = header.length;
    const min = new Array<number>(n).fill(0);
    const natural = new Array<number>(n).fill(0);
    const sample = rows.length > 400 ? rows.filter((_, i) => i % Math.ceil(rows.length / 400) === 0) : rows;
    for (let i = 0; i < n; i++) {
      const h = this.extent(header[i], { size, bold: true });
      // A header wraps between its words rather than widen its column: it asks only for its longest word.
      // A short header without spaces (数目, 届会) stays on one line: breaking it between characters reads badly.
      min[i] = !/\s/.test(header[i].trim()) && h.natural <= 72 ? h.natural : h.min;
      natural[i] = min[i];
      for (const r of sample) {
        const e = this.extent(r[i], { size });
        min[i] = Math.max(min[i], Math.min(e.min, this.width * 0.45));
        natural[i] = Math.max(natural[i], e.natural);
      }
      min[i] += pad * 2 + 1;
      natural[i] = Math.max(natural[i] + pad * 2 + 1, min[i]);
    }
    // A column of text that can break anywhere (Chinese) would otherwise shrink to one character: give it some room.
    for (let i = 0; i < n; i++) min[i] = Math.max(min[i], Math.min(natural[i], 64));
    const sumMin = min.reduce((a, b) => a + b, 0);
    if (sumMin > this.width) return [];
    const sumNatural = natural.reduce((a, b) => a + b, 0);
    if (sumNatural <= this.width) return natural;
    const spare = this.width - sumMin;
    const want = natural.map((w, i) => w - min[i]);
    const sumWant = want.reduce((a, b) => a + b, 0) || 1;
    return min.map((w, i) => w + (spare * want[i]) / sumWant);
  }

  /** Horizontal bars, each labelled with its count (and share) or its percentage. */
  chart(chart: ExportChart): void {
    const barHeight = 12;
    const step = barHeight + 5;
    const size = 8;
    const valueText = (b: ExportChart['bars'][number]) =>
      chart.format === 'percent' ? `${this.l.percent(b.value)}${b.detail ? ` (${b.detail})` : ''}` : `${this.l.number(b.value)}${b.share !== undefined ? ` (${this.l.percent(b.share)})` : ''}`;
    const labelWidth = Math.min(this.width * 0.38, Math.max(...chart.bars.map((b) => this.widthOf(b.label, { size }))) + 8);
    const valueWidth = Math.max(...chart.bars.map((b) => this.widthOf(valueText(b), { size }))) + 8;
    const area = this.width - labelWidth - valueWidth;
    const max = chart.format === 'percent' ? 1 : Math.max(1, ...chart.bars.map((b) => b.value));
    const rows = chart.bars.map((b) => Math.max(step, this.heightOf(b.label, labelWidth - 8, { size }) + 4));
    this.heading(chart.title, 11, rows.reduce((a, b) => a + b, 0) + (chart.note ? 30 : 0));
    const palette = ['#b0bec5', '#90caf9', '#4fc3f7', '#ffb74d', '#81c784', '#388e3c', '#ce93d8', '#a1887f'];
    for (const [i, bar] of chart.bars.entries()) {
      const y = this.doc.y;
      const w = (bar.value / max) * area;
      const labelX = this.rtl ? this.left + this.width - labelWidth + 6 : this.left;
      this.textAt(bar.label, labelX, y, labelWidth - 8, { size, align: this.rtl ? 'start' : 'end' });
      const barStart = this.rtl ? this.left + this.width - labelWidth - w : this.left + labelWidth;
      if (w > 0) this.doc.rect(barStart, y + 1, Math.max(w, 1), barHeight).fill(palette[i % palette.length]);
      if (chart.format === 'percent') this.doc.rect(this.rtl ? this.left + valueWidth : this.left + labelWidth, y + 1, area, barHeight).lineWidth(0.3).strokeColor('#c8c8c8').stroke();
      const valueX = this.rtl ? barStart - valueWidth - 2 : this.left + labelWidth + w + 4;
      this.textAt(valueText(bar), chart.format === 'percent' ? (this.rtl ? this.left : this.left + labelWidth + area + 4) : valueX, y, valueWidth, { size, align: this.rtl ? 'end' : 'start' });
      this.doc.y = y + rows[i];
    }
    if (chart.note) {
      this.doc.y += 2;
      this.paragraph(chart.note, { size: 7.5, color: GREY });
    }
    this.doc.x = this.left;
  }

  /** Page header (short title, from page 2) and "page N of M" footer on every page; then the file. */
  finish(): Promise<Buffer> {
    const doc = this.doc;
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(Buffer.concat(chunks)));
      doc.on('error', reject);
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        // Writing in the margins must not open a new page (that gave a blank page per page before).
        doc.page.margins.bottom = 0;
        if (i > range.start) {
          this.textAt(this.shortTitle, this.left, 30, this.width, { size: 7.5, color: GREY, align: 'start' });
          doc.moveTo(this.left, 44).lineTo(this.left + this.width, 44).lineWidth(0.4).strokeColor(RULE).stroke();
        }
        doc.moveTo(this.left, doc.page.height - 42).lineTo(this.left + this.width, doc.page.height - 42).lineWidth(0.4).strokeColor(RULE).stroke();
        this.textAt(this.l.t('page', { n: i + 1, m: range.count }), this.left, doc.page.height - 38, this.width, { size: 7.5, color: GREY, align: 'center' });
      }
      mapCharacterlessGlyphs(doc);
      doc.end();
    });
  }
}

/**
 * Amiri draws some joins (a lam before a kaf: "الكرسي") with a glyph of its own that stands for no character; pdfkit
 * maps it to an empty string, which PDF readers replace by a stray letter when the text is copied or searched
 * ("والÁكرسي"). Mapped to a zero-width joiner instead (what the glyph is: a join), the text reads back as written.
 */
function mapCharacterlessGlyphs(doc: PDFKit.PDFDocument): void {
  const fonts = (doc as unknown as { _fontFamilies: Record<string, { unicode?: number[][] }> })._fontFamilies;
  for (const font of Object.values(fonts)) {
    // Glyph 0 (.notdef) keeps its mapping.
    font.unicode?.forEach((codePoints, gid, all) => {
      if (gid > 0 && codePoints?.length === 0) all[gid] = [0x200d];
    });
  }
}

/** Title block, charts, then the tables. */
export async function renderPdf(d: ExportDocument): Promise<Buffer> {
  const w = new PdfWriter(d.title, d.shortTitle ?? d.title, d.lang);
  w.titleBlock(d.meta);
  for (const chart of d.charts ?? []) w.chart(chart);
  for (const table of d.tables) w.table(table);
  return w.finish();
}
