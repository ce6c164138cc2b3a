/**
 * Line-level cleanup of report texts: markdown remnants, links and bare URLs, page footers, footnotes, superscript
 * references, stray English words in Chinese text; and the rules for joining lines broken by PDF extraction.
 */
import type { ImportWarning, Language } from './import-plan.js';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2018\\u2019\\u201c\\u201d\\u2026\\u2014';
/** Han characters and CJK punctuation (fullwidth forms, 《》“”…). */
export const CJK = `${HAN}${CJK_PUNCT}`;
const HAN_RE = new RegExp(`[${HAN}]`, 'g');
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

export interface Preprocessed {
  lines: SourceLine[];
  warnings: ImportWarning[];
  /** Numbers of the plain-digit footnotes found (their in-text references are removed). */
  footnotes: number[];
}

/** A UN document symbol: `CTOC/COP/WG.4/2011/8`, `A/RES/64/293`, `V.10-…` excluded. */
export const SYMBOL_SOURCE = String.raw`(?:[A-Z]{1,6}\/){1,6}[A-Za-z0-9.\-]+(?:\/[A-Za-z0-9.\-]+)*`;
const SYMBOL_ONLY = new RegExp(`^${SYMBOL_SOURCE}$`);
const FOOTER = /^(?:(?:V\.\d{2}-\d{5}(?:\s*\([A-Z]\))?|\*\d{7,}\*|GE\.\d{2}-\d{5}(?:\s*\([A-Z]\))?|\d{1,3})\s*)+$/;
const FOOTNOTE_SEPARATOR = /^[_＿]{5,}$/;
const TERMINAL = /[。．.!?！？)）”"；;]$/;
const ANNEX = /^(附件|Annex)(\s|$)/;

/** Cleans one line's inline markup. Keeps tabs (table cells); collapses other whitespace. */
export function cleanInline(value: string): string {
  return (
    value
      .replace(/[\u00a0\u2002-\u200b\u3000\ufeff]/g, ' ')
      // fullwidth digits and Latin letters → ASCII (fullwidth punctuation is kept: it is Chinese typography)
      .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<(https?:\/\/[^>]+)>/g, '')
      .replace(/\b(?:https?:\/\/|www\.)[^\s)）\]，。；]+/g, '')
      .replace(/\*\*|__(?=\S)|(?<=\S)__/g, '')
      .replace(SUPERSCRIPTS, '')
      .replace(/[ \r\f\v]+/g, ' ')
      .trim()
  );
}

/** Final tidying of an assembled text: tabs and runs of spaces, spaces between Chinese characters. */
export function tidy(value: string): string {
  return value
    .replace(/\s+/g, ' ')
    .replace(BETWEEN_CJK, '')
    .replace(/ +(?=[，。；：、）》”！？])/g, '')
    .replace(/(?<=[（《“]) +/g, '')
    .trim();
}

/**
 * Joins two pieces of one paragraph broken across lines: Chinese without a space, Latin words with one; a Han
 * character next to a Latin word or an Arabic number gets the space Chinese UN typography puts there ("第" + "32" →
 * "第 32"); a trailing hyphen or slash before a letter or digit is joined without a space ("COVID-" + "19").
 */
export function joinText(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const left = a.replace(/[ \t]+$/, '');
  const right = b.replace(/^[ \t]+/, '');
  if ((HAN_END.test(left) && /^[A-Za-z0-9]/.test(right)) || (/[A-Za-z0-9]$/.test(left) && HAN_START.test(right))) return `${left} ${right}`;
  if (ENDS_CJK.test(left) || STARTS_CJK.test(right)) return left + right;
  if (/[A-Za-z0-9][-/]$/.test(left) && /^[A-Za-z0-9]/.test(right)) return left + right;
  return `${left} ${right}`;
}

/** `zh` when Chinese characters are a real share of the letters, else `en`. */
export function detectLanguage(text: string): Language {
  const han = text.match(HAN_RE)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return han > 0 && han * 4 >= latin ? 'zh' : 'en';
}

function mdHeading(raw: string): { level: number; rest: string } {
  const m = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(raw);
  return m ? { level: m[1].length, rest: m[2].replace(/\s+#+\s*$/, '') } : { level: 0, rest: raw };
}

/**
 * First pass over the source: one SourceLine per physical line, with markup removed and noise (page footers,
 * footnotes, separators, bare URLs, page-header symbols) marked so that it never reaches a paragraph.
 */
export function preprocess(text: string, language: Language): Preprocessed {
  const rawLines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  const warnings: ImportWarning[] = [];
  const footnotes = new Set<number>();
  const lines: SourceLine[] = [];
  let inAnnex = false;
  let footnoteZone = false;
  let lastFootnoteOpen = false;
  let previousBlank = true;

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
    const entry: SourceLine = { line: i + 1, raw, text: '', md: level, bullet, tab, noise: null };
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
    if (!inAnnex && FOOTER.test(plain)) {
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
      cleaned = cleaned.replace(new RegExp(`(?<=[${HAN}])\\s*\\b(and|or)\\b\\s*(?=[${HAN}])`, 'g'), (_m, word: string) => {
        warnings.push({ code: 'STRAY_ENGLISH_WORD', message: `English word "${word}" inside Chinese text, read as "${word === 'and' ? '和' : '或'}"`, line: i + 1 });
        return word === 'and' ? '和' : '或';
      });
    }
    entry.text = cleaned;
  }

  if (footnotes.size && language === 'zh') {
    const refs = new RegExp(`(?<=[${HAN}》”）])(\\d{1,2})(?=[。，；：、]|\\s|$)`, 'g');
    for (const entry of lines) {
      if (entry.text) entry.text = entry.text.replace(refs, (m: string) => (footnotes.has(Number(m)) ? '' : m));
    }
  }
  return { lines, warnings, footnotes: [...footnotes].sort((a, b) => a - b) };
}

/** Whether a line opens something new (a numbered paragraph, a label, a heading), used to end footnotes. */
export function looksLikeStart(text: string): boolean {
  return /^(?:\d{1,3}[.．](?!\d)|[(（](?:[a-z]|[ivxl]{1,6}|[一二三四五六七八九十]{1,3})[)）]|[一二三四五六七八九十]{1,3}\s*[.．、]|[IVX]{1,5}\.\s|[A-Z][.．]\s|建议\s*\d)/.test(
    text,
  );
}
