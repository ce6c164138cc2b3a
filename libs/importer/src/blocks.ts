/**
 * Splits cleaned lines into blocks: a block starts at a line that opens something (a heading, a numbered paragraph,
 * a lettered item, "建议 N", a table row, a list item) and takes every following line that does not. Blank lines do
 * not end a block (PDF extraction leaves them everywhere), except in the preamble before the first chapter.
 */
import { isSpace } from './scan.js';
import { joinAll, SYMBOL_SOURCE, type SourceLine } from './text-cleanup.js';

export type BlockKind = 'chapter' | 'letter' | 'numbered' | 'sub' | 'rec' | 'row' | 'toc' | 'text';

export interface BlockPart {
  text: string;
  line: number;
}

export interface Block {
  kind: BlockKind;
  /** The printed label without punctuation: `二`, `II`, `A`, `5`, `a`, `iii`, `一`, `17` (for "建议 17"). */
  label: string | null;
  md: number;
  bullet: boolean;
  tab: boolean;
  /** 1-based line of the block's first line. */
  line: number;
  /** The block's text pieces, the label removed from the first. */
  parts: BlockPart[];
  /** Before the first chapter heading or numbered paragraph. */
  preamble: boolean;
}

// Line texts are trimmed: the text after a label starts at its first non-space (`\s*(\S[^]*)`, never `\s*(.*)`,
// whose two quantifiers trade spaces and backtrack quadratically when the line holds a separator `.` does not match).
const REC_MARK = /^(?:建议|Recommendation)\s*(\d{1,3})\s*(?:$|[：:．.]\s*(\S[^]*)?$)/i;
const CJK_CHAPTER = /^([一二三四五六七八九十]{1,3})\s*[.．、]\s*(\S[^]*)$/;
const ROMAN_CHAPTER = /^([IVX]{1,5})\.\s+(\S[^]*)$/;
const LETTER = /^([A-Z])(?:\.\s+|．\s*)(\S[^]*)$/;
const NUMBERED = /^(\d{1,3})[.．](?!\d)\s*(\S[^]*)?$/;
const SUB = /^[(（]([a-z]{1,2}|[ivxl]{1,6}|[一二三四五六七八九十]{1,3})[)）](?![,，.;；:：])\s*(\S[^]*)?$/;
const ROW = new RegExp(`^${SYMBOL_SOURCE}(?:\\s|$)`);
const KEYWORD = /^(附件|目录|Annex|Contents|Distr\.)(\s|:|$)/i;

/**
 * A table-of-contents line ends in a page number after a tab, two spaces or a leader of dots: what
 * `/(?:\t|\s{2,}|\.{3,}|(?:\s?\.){4,})\s*\d{1,3}\s*$/` tests (quadratic on runs of spaces or dots), by one
 * backward scan. With `tabOnly`, only a tab before the number counts (`/\t\s*\d{1,3}\s*$/`).
 */
export function hasPageNumberTail(line: string, tabOnly = false): boolean {
  const t = line.trimEnd();
  let i = t.length;
  while (i > 0 && t[i - 1] >= '0' && t[i - 1] <= '9') i--;
  const digits = t.length - i;
  if (digits < 1 || digits > 3) return false;
  let spaces = 0;
  let tab = false;
  while (i > 0 && isSpace(t[i - 1])) {
    if (t[i - 1] === '\t') tab = true;
    spaces++;
    i--;
  }
  if (tab) return true;
  if (tabOnly) return false;
  if (spaces >= 2) return true;
  // dots: three in a row, or four each with at most one space before it
  let run = 0;
  while (i - run > 0 && t[i - run - 1] === '.') run++;
  if (run >= 3) return true;
  let dots = 0;
  while (i > 0 && t[i - 1] === '.') {
    dots++;
    i--;
    if (i > 1 && isSpace(t[i - 1]) && t[i - 2] === '.') i--;
  }
  return dots >= 4;
}

export function blockText(block: Block): string {
  return joinAll(block.parts.map((p) => p.text));
}

const CJK_NUMERALS = '一二三四五六七八九十';

/**
 * The block a line opens, if any. Each label pattern can only match a line starting with its own first characters:
 * testing that first (rather than every pattern on every line) is what keeps a file of short lines fast.
 */
function start(entry: SourceLine, inAnnex: boolean, preamble: boolean): Block | null {
  const t = entry.text;
  const first = t[0];
  // `preamble` is in the literal (set later, it would be a property outside the object: ~40 bytes a block more)
  const block = (kind: BlockKind, label: string | null, text: string | undefined): Block => ({
    kind,
    label,
    md: entry.md,
    bullet: entry.bullet,
    tab: entry.tab,
    line: entry.line,
    parts: text ? [{ text, line: entry.line }] : [],
    preamble,
  });
  if (first === '建' || first === 'R' || first === 'r') {
    const rec = REC_MARK.exec(t);
    if (rec) return block('rec', rec[1], rec[2]);
  }
  const chapter = CJK_NUMERALS.includes(first) ? CJK_CHAPTER.exec(t) : first === 'I' || first === 'V' || first === 'X' ? ROMAN_CHAPTER.exec(t) : null;
  const letter = chapter || !(first >= 'A' && first <= 'Z') ? null : LETTER.exec(t);
  const headingLike = chapter ?? letter;
  if (headingLike && (hasPageNumberTail(entry.raw.replace(/\*\*/g, '')) || hasPageNumberTail(t, true))) return block('toc', headingLike[1], headingLike[2]);
  if ((first === '页' || first === 'P') && /^(?:页次|Page)$/.test(t.trim())) return block('toc', null, t);
  if (chapter) return block('chapter', chapter[1], chapter[2]);
  if (letter) return block('letter', letter[1], letter[2]);
  if (first >= '0' && first <= '9') {
    const m = NUMBERED.exec(t);
    if (m) return block('numbered', m[1], m[2]);
  }
  if (first === '(' || first === '（') {
    const m = SUB.exec(t);
    if (m) return block('sub', m[1], m[2]);
  }
  if ((inAnnex && ROW.test(t)) || entry.tab) return block('row', null, t);
  if (entry.md || entry.bullet || KEYWORD.test(t)) return block('text', null, t);
  return null;
}

/**
 * Lines that open a block of the preamble even without a blank line before them (PDF and Word text has none): the
 * distribution line, the original language, a "Venue, dates" line, the title and the body's name, in each language.
 */
const PREAMBLE_START =
  /^(?:Distr\.|Original\s?:|[A-ZÀ-ÞА-Я][a-zà-ÿа-я]{2,12}, \d|[\u0621-\u064a]{3,12}، \d|(?:Draft |Projet de |Proyecto de |Проект )?(?:[Rr]eport|[Rr]apport|[Ii]nforme|[Дд]оклад)\b|تقرير|مشروع تقرير|Conference of the Parties|Conférence des Parties|Conferencia de las Partes|Конференция участников|مؤتمر الأطراف|Working Group on|Groupe de travail sur|Grupo de Trabajo sobre|Рабочая группа по|الفريق العامل المعني)/;

export function segment(lines: SourceLine[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let preamble = true;
  let inAnnex = false;
  let blankSince = false;

  for (const entry of lines) {
    if (entry.noise) continue;
    if (!entry.text) {
      blankSince = true;
      continue;
    }
    if (/^(附件|Annex)(\s|$)/i.test(entry.text)) inAnnex = true;
    const opened = start(entry, inAnnex, preamble);
    if (opened && preamble && (opened.kind === 'chapter' || opened.kind === 'numbered')) preamble = opened.preamble = false;
    const closes =
      current === null || current.kind === 'toc' || (current.md > 0 && current.kind !== 'rec') || (preamble && (blankSince || PREAMBLE_START.test(entry.text)));
    if (opened || closes) {
      current = opened ?? { kind: 'text', label: null, md: entry.md, bullet: entry.bullet, tab: entry.tab, line: entry.line, parts: [{ text: entry.text, line: entry.line }], preamble };
      blocks.push(current);
    } else {
      current!.parts.push({ text: entry.text, line: entry.line });
    }
    blankSince = false;
  }
  return blocks;
}

/** A block's (or a part of a block's) joined text with the source line of every offset. */
export interface LocatedText {
  text: string;
  line: number;
  /** Offset in `text` where each source line's contribution starts. */
  marks: { offset: number; line: number }[];
}

export function locate(parts: BlockPart[]): LocatedText {
  const marks: LocatedText['marks'] = [];
  const text = joinAll(
    parts.map((p) => p.text),
    (offset, i) => marks.push({ offset, line: parts[i].line }),
  );
  return { text, line: parts[0]?.line ?? 0, marks };
}

/** The source line of an offset in a located text. */
export function lineAt(located: LocatedText, offset: number): number {
  let line = located.line;
  for (const m of located.marks) {
    if (m.offset > offset) break;
    line = m.line;
  }
  return line;
}

/** The source line where `needle` first occurs (whitespace-insensitively), else the text's first line. */
export function lineOf(located: LocatedText, needle: string): number {
  const direct = located.text.indexOf(needle);
  if (direct !== -1) return lineAt(located, direct);
  const squeezed = needle.replace(/\s+/g, '');
  if (!squeezed) return located.line;
  const pattern = new RegExp(squeezed.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'));
  const m = pattern.exec(located.text);
  return m ? lineAt(located, m.index) : located.line;
}
