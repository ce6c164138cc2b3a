/**
 * Line-level cleanup of report texts: markdown remnants, links and bare URLs, page footers, footnotes, superscript
 * references, stray English words in Chinese text; and the rules for joining lines broken by PDF extraction.
 */
import type { EditorialNoteKind, ImportWarning, Language } from './import-plan.js';
import { unrun } from './run-together.js';
import { isOtherLanguage, normaliseLabels } from './vocabulary.js';
import { isSpace, isSpaceCode, trimEndChars } from './scan.js';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018\\u2019\\u201c\\u201d\\u2026\\u2014';
/** Han characters and CJK punctuation (fullwidth forms, 《》“”…). */
export const CJK = `${HAN}${CJK_PUNCT}`;
/** Whether a UTF-16 code unit is a Han character (the ranges of HAN). */
const isHan = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const STARTS_CJK = new RegExp(`^[${CJK}]`);
const ENDS_CJK = new RegExp(`[${CJK}]$`);
const HAN_START = new RegExp(`^[${HAN}]`);
const HAN_END = new RegExp(`[${HAN}]$`);
const BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}])`, 'g');
const SUPERSCRIPTS = /[¹²³⁴⁵⁶⁷⁸⁹⁰]+/g;

export type NoiseKind = 'footer' | 'footnote' | 'separator' | 'rule' | 'url' | 'symbol';

export interface SourceLine {
  /** 1-based line number in the source. */
  line: number;
  raw: string;
  /** Cleaned text (markdown, links, URLs, superscripts removed; spaces collapsed; tabs kept); '' when blank or noise. */
  text: string;
  /** Markdown heading level (`####` → 4), 0 when none. */
  md: number;
  /** The line was a markdown list item (`- `, `* `). */
  bullet: boolean;
  /** The line holds a tab (a table row). */
  tab: boolean;
  noise: NoiseKind | null;
}

/**
 * A change the cleanup made to a line's words (not its markup): where, what, and the words around it after the
 * change (`to`), by which the recommendation holding it is found when several share a line.
 */
export interface TextEdit {
  line: number;
  kind: EditorialNoteKind;
  from: string;
  to: string;
}

export interface Preprocessed {
  lines: SourceLine[];
  warnings: ImportWarning[];
  /** Changes to the source's words, in line order (each becomes an editorial note of the item holding it). */
  edits: TextEdit[];
  /** Numbers of the plain-digit footnotes found (their in-text references are removed). */
  footnotes: number[];
}

/**
 * A UN document symbol: `CTOC/COP/WG.4/2011/8`, `A/RES/64/293`, `V.10-…` excluded. Its later segments are bounded
 * (symbols have a handful of short ones): no unbounded quantifier inside another, so it stays linear wherever it is
 * embedded (lists of symbols repeat it).
 */
export const SYMBOL_SOURCE = String.raw`(?:[A-Z]{1,6}\/){1,6}[A-Za-z0-9.\-]+(?:\/[A-Za-z0-9.\-]{1,40}){0,10}`;
const SYMBOL_ONLY = new RegExp(`^${SYMBOL_SOURCE}$`);
/**
 * One item of a page footer (job number `V.10-56789 (C)`, `GE.19-12345`, barcode `*1056789*`, page number), after
 * optional spaces. Matched item by item (sticky) instead of `^(?:(?:…|\d{1,3})\s*)+$`, whose nested quantifiers
 * backtrack exponentially on a run of digits that ends in anything else.
 */
const FOOTER_ITEM = /\s*(?:V\.\d{2}-\d{5}(?:\s*\([A-Z]\))?|\*\d{7,}\*|GE\.\d{2}-\d{5}(?:\s*\([A-Z]\))?|\d+)/y;

/** Whether a (trimmed) line is a page footer: nothing but footer items. */
export function isPageFooter(line: string): boolean {
  if (!line) return false;
  FOOTER_ITEM.lastIndex = 0;
  while (FOOTER_ITEM.lastIndex < line.length) {
    const at = FOOTER_ITEM.lastIndex;
    if (!FOOTER_ITEM.test(line) || FOOTER_ITEM.lastIndex === at) return false;
  }
  return true;
}
const FOOTNOTE_SEPARATOR = /^[_＿]{5,}$/;
const TERMINAL = /[。．.!?！？)）”"；;]$/;
const ANNEX = /^(附件|Annex)(\s|$)/;

/** Cleans one line's inline markup. Keeps tabs (table cells); collapses other whitespace. */
export function cleanInline(value: string): string {
  return (
    stripAutolinks(
      stripMarkdownLinks(
        value
          .replace(/[\u00a0\u2002-\u200b\u3000\ufeff]/g, ' ')
          // fullwidth digits and Latin letters → ASCII (fullwidth punctuation is kept: it is Chinese typography)
          .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
      ),
    )
      .replace(/\b(?:https?:\/\/|www\.)[^\s)）\]，。；]+/g, '')
      .replace(/\*\*|__(?=\S)|(?<=\S)__/g, '')
      .replace(SUPERSCRIPTS, '')
      // runs of spaces → one space (a lone space is left alone: rewriting each costs more than the rest of the line)
      .replace(/ [ \r\f\v]+|[\r\f\v][ \r\f\v]*/g, ' ')
      .trim()
  );
}

/**
 * Markdown links and images `[text](url)`, `![alt](url)` → their text, in one pass: what
 * `/!?\[([^\]]*)\]\([^)]*\)/g` replaces, without its quadratic rescans of a run of `[` or `](` with no end.
 */
export function stripMarkdownLinks(value: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const open = value.indexOf('[', from);
    if (open === -1) break;
    const close = value.indexOf(']', open + 1);
    // No "]" after this "[": none after a later one either.
    if (close === -1) break;
    // Every "[" before this "]" closes here: the next candidate is after it.
    from = close + 1;
    if (value[close + 1] !== '(') continue;
    const end = value.indexOf(')', close + 2);
    if (end === -1) break;
    const start = open > copied && value[open - 1] === '!' ? open - 1 : open;
    out += value.slice(copied, start) + value.slice(open + 1, close);
    copied = end + 1;
    from = copied;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

/** Autolinks `<http://…>` removed, in one pass (what `/<(https?:\/\/[^>]+)>/g` removes, without its quadratic rescans). */
export function stripAutolinks(value: string): string {
  let out = '';
  let copied = 0;
  let from = 0;
  for (;;) {
    const open = value.indexOf('<http', from);
    if (open === -1) break;
    from = open + 1;
    const scheme = value.startsWith('<https://', open) ? 9 : value.startsWith('<http://', open) ? 8 : 0;
    if (!scheme) continue;
    const close = value.indexOf('>', open + scheme);
    // No ">" after this "<http://": none after a later one either.
    if (close === -1) break;
    if (close === open + scheme) continue;
    out += value.slice(copied, open);
    copied = close + 1;
    from = copied;
  }
  return copied === 0 ? value : out + value.slice(copied);
}

/** Final tidying of an assembled text: tabs and runs of spaces, spaces between Chinese characters. */
export function tidy(value: string): string {
  return value
    // every run of whitespace → one space; a lone space is left as it is (rewriting each one is most of the cost)
    .replace(/[^\S ]\s*| \s+/g, ' ')
    .replace(BETWEEN_CJK, '')
    // single spaces: the first step collapsed every run
    .replace(/ (?=[，。；：、）》”！？])/g, '')
    .replace(/(?<=[（《“]) /g, '')
    .trim();
}

/**
 * What `pieces.reduce(joinText, '')` gives, in linear time: the accumulated text is kept as a list, and only the
 * boundary between the last piece and the next is looked at (indexing the end of a string built by `+` flattens it
 * each time: a block of 35,000 lines took seconds). `starts` receives the offset where each piece's text begins.
 */
export function joinAll(pieces: readonly string[], starts?: (offset: number, index: number) => void): string {
  const out: string[] = [];
  let length = 0;
  let last = '';
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) {
      starts?.(length, i);
      continue;
    }
    if (!last) {
      out.push(piece);
      length += piece.length;
      last = piece;
      starts?.(length - piece.replace(/^[ \t]+/, '').length, i);
      continue;
    }
    // joinText(last, piece) without the text before `last`: its result is `left + sep + right`
    const left = trimEndChars(last, ' \t');
    const joined = joinText(left, piece);
    const right = piece.replace(/^[ \t]+/, '');
    const sep = joined.slice(left.length, joined.length - right.length);
    if (left.length !== last.length) {
      const k = out.length - 1;
      out[k] = out[k].slice(0, out[k].length - (last.length - left.length));
      length -= last.length - left.length;
    }
    out.push(sep, right);
    length += sep.length + right.length;
    last = right;
    starts?.(length - right.length, i);
  }
  return out.join('');
}

/**
 * Joins two pieces of one paragraph broken across lines: Chinese without a space, Latin words with one; a Han
 * character next to a Latin word or an Arabic number gets the space Chinese UN typography puts there ("第" + "32" →
 * "第 32"); a trailing hyphen or slash before a letter or digit is joined without a space ("COVID-" + "19").
 */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const left = trimEndChars(a, ' \t');
  const right = b.replace(/^[ \t]+/, '');
  if ((HAN_END.test(left) && /^[A-Za-z0-9]/.test(right)) || (/[A-Za-z0-9]$/.test(left) && HAN_START.test(right))) return `${left} ${right}`;
  if (ENDS_CJK.test(left) || STARTS_CJK.test(right)) return left + right;
  if (/[A-Za-z0-9][-/]$/.test(left) && /^[A-Za-z0-9]/.test(right)) return left + right;
  return `${left} ${right}`;
}

function mdHeading(raw: string): { level: number; rest: string } {
  const m = /^\s{0,3}(#{1,6})(?=\s)/.exec(raw);
  return m ? { level: m[1].length, rest: withoutClosingHashes(raw.slice(m[0].length).trimStart()) } : { level: 0, rest: raw };
}

/** `Title ##` → `Title` (what `/\s+#+\s*$/` removes, in one backward scan). */
function withoutClosingHashes(value: string): string {
  const t = value.trimEnd();
  let k = t.length;
  while (k > 0 && t[k - 1] === '#') k--;
  return k < t.length && k > 0 && isSpace(t[k - 1]) ? t.slice(0, k).trimEnd() : value;
}

/**
 * First pass over the source: one SourceLine per physical line, with markup removed and noise (page footers,
 * footnotes, separators, bare URLs, page-header symbols) marked so that it never reaches a paragraph.
 */
/** Stray English words listed one by one; beyond, one warning counts the rest. */
const LISTED_STRAY_WORDS = 20;

export function preprocess(text: string, language: Language): Preprocessed {
  const lines0 = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const split = isOtherLanguage(language) ? lines0.map((l) => normaliseLabels(l, language)) : lines0;
  // Alphabetic scripts: lines a PDF ran together are cut back into units (Chinese PDFs break lines, never run them).
  const { lines: rawLines, numbers } = language === 'zh' ? { lines: split, numbers: null } : unrun(split, language, ownSymbolOf(text));
  const lineNo = (i: number) => (numbers ? numbers[i] : i + 1);
  const warnings: ImportWarning[] = [];
  const footnotes = new Set<number>();
  const lines: SourceLine[] = [];
  let inAnnex = false;
  let footnoteZone = false;
  let lastFootnoteOpen = false;
  let previousBlank = true;
  let strayWords = 0;
  let lastStrayLine = 0;
  const edits: TextEdit[] = [];

  for (let i = 0; i < rawLines.length; i++) {
    const raw = rawLines[i];
    const { level, rest } = mdHeading(raw);
    let body = rest;
    let bullet = false;
    const bulletMatch = /^\s*(?:[-+•]|\*(?!\*))\s+/.exec(body);
    if (bulletMatch && !level) {
      bullet = true;
      body = body.slice(bulletMatch[0].length);
    }
    const tab = body.includes('\t');
    const trimmed = body.replace(/[\u00a0\u3000]/g, ' ').trim();
    const entry: SourceLine = { line: lineNo(i), raw, text: '', md: level, bullet, tab, noise: null };
    lines.push(entry);

    const plain = trimmed.replace(/\*\*/g, '').trim();
    // blank, or an empty list item ("-")
    if (!plain || /^[-*+•]$/.test(plain)) {
      previousBlank = true;
      continue;
    }
    if (FOOTNOTE_SEPARATOR.test(plain)) {
      entry.noise = 'separator';
      footnoteZone = true;
      lastFootnoteOpen = false;
      continue;
    }
    if (/^(?:-{3,}|\*{3,}|_{3})$/.test(plain)) {
      entry.noise = 'rule';
      continue;
    }
    if (!inAnnex && isPageFooter(plain)) {
      entry.noise = 'footer';
      continue;
    }
    const superscriptNote = /^[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s*\S/.test(plain) || /^\s*\*\s+[A-Z]{1,6}\//.test(raw);
    const plainNote = footnoteZone && /^\d{1,2}\s+(?![\d.．])\S/.test(plain) && !/^\d{1,2}[.．]/.test(plain);
    if (superscriptNote || plainNote) {
      entry.noise = 'footnote';
      if (plainNote) footnotes.add(Number(/^\d+/.exec(plain)![0]));
      lastFootnoteOpen = !TERMINAL.test(plain);
      footnoteZone = footnoteZone || superscriptNote;
      previousBlank = false;
      continue;
    }
    if (lastFootnoteOpen && !previousBlank && !looksLikeStart(plain)) {
      entry.noise = 'footnote';
      lastFootnoteOpen = !TERMINAL.test(plain);
      continue;
    }
    footnoteZone = false;
    lastFootnoteOpen = false;
    previousBlank = false;

    for (const url of bareUrls(body)) edits.push({ line: lineNo(i), kind: 'url_removed', from: url, to: '' });
    let cleaned = cleanInline(body);
    if (!cleaned) {
      entry.noise = /https?:\/\/|www\./.test(body) ? 'url' : null;
      continue;
    }
    if (!inAnnex && SYMBOL_ONLY.test(cleaned)) {
      entry.noise = 'symbol';
      continue;
    }
    if (ANNEX.test(cleaned)) inAnnex = true;
    if (language === 'zh') {
      cleaned = replaceStrayConjunctions(cleaned, (word, from, to) => {
        edits.push({ line: lineNo(i), kind: 'stray_word_replaced', from, to });
        strayWords++;
        if (strayWords <= LISTED_STRAY_WORDS) {
          warnings.push({ code: 'STRAY_ENGLISH_WORD', message: `English word "${word}" inside Chinese text, read as "${word === 'and' ? '和' : '或'}"`, line: lineNo(i) });
        } else lastStrayLine = lineNo(i);
      });
    }
    entry.text = cleaned;
  }

  if (strayWords > LISTED_STRAY_WORDS) {
    // A text full of them is not a report with a slip of the pen: say how many, not each (a 1 MB line made 166,665).
    warnings.push({
      code: 'STRAY_ENGLISH_WORD',
      message: `${strayWords - LISTED_STRAY_WORDS} more English "and"/"or" inside Chinese text, read the same way`,
      line: lastStrayLine,
    });
  }
  if (footnotes.size && language === 'zh') {
    const refs = new RegExp(`(?<=[${HAN}》”）])(\\d{1,2})(?=[。，；：、]|\\s|$)`, 'g');
    for (const entry of lines) {
      if (entry.text) entry.text = entry.text.replace(refs, (m: string) => (footnotes.has(Number(m)) ? '' : m));
    }
  }
  return { lines, warnings, edits, footnotes: [...footnotes].sort((a, b) => a - b) };
}

/** The bare web addresses `cleanInline` removes (a markdown link's target is markup, its text stays: not listed). */
function bareUrls(body: string): string[] {
  if (!/https?:\/\/|www\./.test(body)) return [];
  const visible = stripMarkdownLinks(body);
  return [...visible.matchAll(/\b(?:https?:\/\/|www\.)[^\s)）\]，。；]+/g)].map((m) => trimEndChars(m[0], '>.,'));
}

/**
 * "…国家 and 地区…" → "…国家和地区…": an English "and"/"or" between Han characters (spaces around it dropped). What
 * `(?<=[Han])\s*\b(and|or)\b\s*(?=[Han])` replaces, found by searching the words and looking at their neighbours
 * (the look-behind at every offset of a long line cost more than the rest of the parse).
 */
function replaceStrayConjunctions(line: string, found: (word: 'and' | 'or', from: string, to: string) => void): string {
  const out: string[] = [];
  let copied = 0;
  const words = /\b(?:and|or)\b/g;
  for (let m = words.exec(line); m; m = words.exec(line)) {
    let start = m.index;
    while (start > copied && isSpaceCode(line.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < line.length && isSpaceCode(line.charCodeAt(end))) end++;
    if (start === 0 || start < copied || !isHan(line.charCodeAt(start - 1)) || !isHan(line.charCodeAt(end))) continue;
    const word = m[0] as 'and' | 'or';
    const replacement = word === 'and' ? '和' : '或';
    // a few characters either side, as a reader finds the place: "理解 and 认识" → "理解和认识"
    const before = line.slice(Math.max(copied, start - 4), start);
    const after = line.slice(end, end + 4);
    found(word, `${before}${line.slice(start, end)}${after}`, `${before}${replacement}${after}`);
    out.push(line.slice(copied, start), replacement);
    copied = end;
  }
  if (copied === 0) return line;
  out.push(line.slice(copied));
  return out.join('');
}

/** The document's own symbol: the first UN symbol of its first page (the page header repeats it on every page). */
export function ownSymbolOf(text: string): string | null {
  const m = new RegExp(`(?:^|\\s)(${SYMBOL_SOURCE})(?=\\s|$)`).exec(text.slice(0, 3000));
  return m && !m[1].startsWith('V.') ? trimEndChars(m[1], '.') : null;
}

/** Whether a line opens something new (a numbered paragraph, a label, a heading), used to end footnotes. */
export function looksLikeStart(text: string): boolean {
  return /^(?:\d{1,3}[.．](?!\d)|[(（](?:[a-z]|[ivxl]{1,6}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*[.．、]|[IVX]{1,5}\.\s|[A-Z][.．]\s|建议\s*\d)/.test(
    text,
  );
}
