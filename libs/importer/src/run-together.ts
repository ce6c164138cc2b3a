/**
 * Text extracted from a PDF often runs a whole page, or a whole report, into one line: headings, numbered paragraphs
 * and lettered items follow each other ("II. Recommendations adopted by the Working Group 2. The Working Group …
 * A. Implementation of the Protocol 1. General recommendations 3. States parties should …"), with the page footer
 * (`V.10-50502 (E)`, `*1050502*`), the page header (the document's own symbol and a page number) and footnotes in
 * between. `unrun` cuts such lines back into one line per heading, paragraph and item, and drops the page furniture.
 *
 * A label is only taken as a label where the numbering expects it (the next chapter, section letter, paragraph or
 * item; a heading numbered like a paragraph restarts at 1), so that "article 5. States" or "(a) of the Protocol" in
 * running text stay text. Every check is a bounded sticky pattern at a word start: linear in the line's length.
 */
import type { Language } from './import-plan.js';
import { isSpaceCode } from './scan.js';

/** State of the numbering, carried from line to line. */
interface Numbering {
  chapter: number;
  letter: number;
  paragraph: number;
  heading: number;
  alpha: number;
  roman: number;
  /** A heading was the last unit: a lettered sub-heading may follow it without punctuation. */
  headingOpen: boolean;
  /** Lettered sub-headings under the current numbered heading ("(a) International cooperation"). */
  headingAlpha: number;
}

const ROMANS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const romanValue = (s: string) => ROMANS.indexOf(s.toUpperCase()) + 1;

const UPPER = 'A-Z\\u00c0-\\u00de\\u0400-\\u042f\\u0621-\\u064a"“«(';
const CHAPTER_AT = new RegExp(`(X{0,1}(?:IX|IV|V?I{0,3}))\\.\\s{1,4}(?=[${UPPER}])`, 'y');
const LETTER_AT = new RegExp(`([A-Z])\\.\\s{1,4}(?=[${UPPER}])`, 'y');
const NUMBER_AT = new RegExp(`(\\d{1,3})\\.\\s{1,4}(?=[${UPPER}])`, 'y');
const ITEM_AT = /\(([a-z]{1,2}|[ivx]{3,5})\)\s{1,4}(?=\S)/y;
/** Page furniture: job number, barcode, a Geneva job number. */
const FURNITURE_AT = /(?:V\.\d{2}-\d{5}(?:\s{0,2}\([A-Z]\))?|GE\.\d{2}-\d{5}(?:\s{0,2}\([A-Z]\))?|\*\d{7,12}\*)(?=\s|$)/y;
/** After a job number: the page number, and the dates of the job slug ("V.10-50502 (E) 170210 180210"). */
const PAGE_NUMBER_AT = /(?:\d{6}|\d{1,3})(?=\s|$)/y;
/** The preamble's pieces: "Distr.: Limited", "Original: English", a date line "Vienna, 27-29 January 2010". */
const PREAMBLE_BREAK_AT =
  /(?:Distr\.(?::|\s)|Original\s?:|(?:Draft report|Projet de rapport|Proyecto de informe|Report|Rapport|Informe|Доклад)\s|(?:Conference of the Parties to the|Conférence des Parties à la|Conferencia de las Partes en la)\s|[A-ZÀ-ÞА-Я][a-zà-ÿа-я]{2,12},\s\d)/y;
/** The distribution line that heads a report ("Distr.: Limited", "Distr. générale"). */
const DISTRIBUTION_AT = /Distr\.(?::|\s)/y;
const ORIGINAL_AT = /Original\s?:\s{1,4}[A-Za-zÀ-ÿ]{2,12}(?=\s|$)/y;
/** A footnote marker glued to the word it annotates ("trafficking,1 "), read only after a lower-case letter. */
const GLUED_NOTE = /(?<=[a-z\u00e0-\u00ff\u0430-\u044f][.,;:)”"»]{0,2})\d{1,2}(?=\s)/y;
/** Words after which a number is a reference, not a paragraph label ("paragraph 5. The …"). */
const REFERENCE_WORDS = new Set(['paragraph', 'paragraphs', 'para.', 'paras.', 'article', 'articles', 'art.', 'resolution', 'decision', 'rule', 'rules', 'no.', 'section', 'chapter', 'annex', 'item', 'items', 'of', 'to', 'in', 'and', 'point']);

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The word before `at` (lower-cased), reading back at most 14 characters. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start < 14 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

function lastNonSpace(text: string, at: number): string {
  let i = at;
  while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) i--;
  return i > 0 ? text[i - 1] : '';
}

export interface Unrun {
  lines: string[];
  /** The source line (1-based) of each output line. */
  numbers: number[];
  /** Footnote numbers whose glued markers were removed. */
  notes: number;
}

/**
 * One output line per heading, paragraph and item of a Latin- or Cyrillic-script text whose lines may run together;
 * page furniture dropped. Lines that hold a single unit come out as they were.
 */
export function unrun(rawLines: string[], language: Language, ownSymbol: string | null): Unrun {
  const fresh = (): Numbering => ({ chapter: 0, letter: 0, paragraph: 0, heading: 0, alpha: 0, roman: 0, headingOpen: false, headingAlpha: 0 });
  let state = fresh();
  const lines: string[] = [];
  const numbers: number[] = [];
  let notes = 0;
  let preamble = true;
  let symbolSeen = false;
  // Footnotes whose markers were read on this page: their texts stand before the page footer.
  const pendingNotes: number[] = [];
  for (let n = 0; n < rawLines.length; n++) {
    const raw = rawLines[n];
    // A long line is a page (or a report) run together; a short one is a unit or a piece of one.
    const long = raw.length > 300;
    const pieces: string[] = [];
    let out = '';
    let copied = 0;
    const emit = (upTo: number) => {
      out += raw.slice(copied, upTo);
      copied = upTo;
    };
    const push = (at: number) => {
      emit(at);
      const t = out.trim();
      if (t) pieces.push(t);
      out = '';
    };
    let bridge = { at: -1, prev: '', word: '' };
    let i = 0;
    while (i < raw.length && isSpaceCode(raw.charCodeAt(i))) i++;
    const first = i;
    while (i < raw.length) {
      const c = raw.charCodeAt(i);
      const wordStart = i === first || isSpaceCode(raw.charCodeAt(i - 1));
      if (!wordStart || isSpaceCode(c)) {
        // a footnote marker glued to a word
        if (!wordStart && c >= 0x30 && c <= 0x39 && !(raw.charCodeAt(i - 1) >= 0x30 && raw.charCodeAt(i - 1) <= 0x39)) {
          const note = sticky(GLUED_NOTE, raw, i);
          if (note) {
            notes++;
            pendingNotes.push(Number(note[0]));
            emit(i);
            i += note[0].length;
            copied = i;
            continue;
          }
        }
        i++;
        continue;
      }
      // page furniture, with the page number and page header around it (furniture starts with `V`, `G` or `*`)
      const furniture = c === 0x56 || c === 0x47 || c === 0x2a ? sticky(FURNITURE_AT, raw, i) : null;
      const header = symbolSeen && symbolAt(raw, i, ownSymbol);
      if (furniture || header) {
        let end = i + (furniture ? furniture[0].length : ownSymbol!.length);
        for (;;) {
          let k = end;
          while (k < raw.length && isSpaceCode(raw.charCodeAt(k))) k++;
          if (k === raw.length) break;
          const more = sticky(FURNITURE_AT, raw, k)?.[0].length ?? (symbolAt(raw, k, ownSymbol) ? ownSymbol!.length : (sticky(PAGE_NUMBER_AT, raw, k)?.[0].length ?? 0));
          if (!more) break;
          end = k + more;
        }
        const before = /(?:^|\s)\d{1,3}\s{1,4}$/.exec(raw.slice(Math.max(copied, i - 9), i));
        let upTo = before ? i - before[0].length : i;
        if (pendingNotes.length) {
          // the page's footnotes: from the first one's number ("1 United Nations, Treaty Series …") to the footer
          const from = Math.max(copied, upTo - 600);
          const window = raw.slice(from, upTo);
          const marker = ` ${pendingNotes[0]} `;
          const at = window.lastIndexOf(marker);
          if (at !== -1 && /[A-Z]/.test(window[at + marker.length] ?? '')) upTo = from + at;
          pendingNotes.length = 0;
        }
        emit(upTo);
        out += ' ';
        // what stood before the furniture is what the next unit follows
        let next = end;
        while (next < raw.length && isSpaceCode(raw.charCodeAt(next))) next++;
        bridge = { at: next, prev: lastNonSpace(raw, upTo), word: wordBefore(raw, upTo) };
        i = end;
        copied = end;
        continue;
      }
      if (ownSymbol !== null && !symbolSeen && raw.startsWith(ownSymbol, i)) symbolSeen = true;
      if (!preamble && c === 0x44 && sticky(DISTRIBUTION_AT, raw, i)) {
        // The distribution line after the body: another copy of the report (two PDFs' texts run together). It is
        // cut like the first, so that the copies can be counted and reported (REPEATED_REPORT), not read as text
        // of the first copy's last paragraph.
        push(i);
        state = fresh();
        preamble = true;
        pendingNotes.length = 0;
        i++;
        continue;
      }
      const cut = labelAt(raw, i, state, preamble && long, i === first, bridge);
      if (cut === 'preamble') {
        push(i);
        const original = sticky(ORIGINAL_AT, raw, i);
        if (original) {
          i += original[0].length;
          push(i);
          continue;
        }
      } else if (cut) {
        if (cut === 'chapter' || cut === 'paragraph') preamble = false;
        if (i !== first) push(i);
      }
      i++;
    }
    push(raw.length);
    if (pieces.length === 1 && pieces[0] === raw.trim()) {
      lines.push(raw);
      numbers.push(n + 1);
      continue;
    }
    if (!pieces.length) {
      lines.push('');
      numbers.push(n + 1);
      continue;
    }
    for (const [k, piece] of pieces.entries()) {
      // In the preamble a blank line ends a block: keep the pieces apart.
      if (k > 0) {
        lines.push('');
        numbers.push(n + 1);
      }
      lines.push(piece);
      numbers.push(n + 1);
    }
  }
  return { lines, numbers, notes };
}

type Cut = 'chapter' | 'letter' | 'paragraph' | 'item' | 'preamble' | null;

interface Before {
  prev: string;
  word: string;
}

/** Whether the document's own symbol stands at `k` as a word of its own (not inside a parenthesis). */
function symbolAt(raw: string, k: number, ownSymbol: string | null): boolean {
  return ownSymbol !== null && raw.startsWith(ownSymbol, k) && raw[k - 1] !== '(' && (k + ownSymbol.length === raw.length || isSpaceCode(raw.charCodeAt(k + ownSymbol.length)));
}

/**
 * What a unit at `i` follows: the last non-space character and the word before it (across page furniture, what stood
 * before the furniture). Read only where a label matched: reading it at every word start was most of the garbage.
 */
function beforeAt(raw: string, i: number, bridge: Before & { at: number }): Before {
  return bridge.at === i ? bridge : { prev: lastNonSpace(raw, i), word: wordBefore(raw, i) };
}

/** Whether a unit starts at `i` (a word start) where the numbering expects one; advances the numbering when it does. */
function labelAt(raw: string, i: number, s: Numbering, preamble: boolean, lineStart: boolean, bridge: Before & { at: number }): Cut {
  const c = raw.charCodeAt(i);
  if (preamble && !lineStart && sticky(PREAMBLE_BREAK_AT, raw, i)) return 'preamble';
  if (c >= 0x30 && c <= 0x39) {
    const m = sticky(NUMBER_AT, raw, i);
    if (!m) return null;
    const v = Number(m[1]);
    if (lineStart) {
      // A line of its own opens a unit whatever its number: follow the numbering from it.
      s.headingOpen = v <= s.paragraph;
      if (v > s.paragraph) s.paragraph = v;
      else s.heading = v;
      s.alpha = 0;
      s.roman = 0;
      return 'paragraph';
    }
    if (REFERENCE_WORDS.has(beforeAt(raw, i, bridge).word)) return null;
    if (v === s.paragraph + 1) {
      s.paragraph = v;
      s.headingOpen = false;
      s.alpha = 0;
      s.roman = 0;
      return 'paragraph';
    }
    // a heading numbered like a paragraph: 1 after a section letter, or the next heading number
    if ((v === 1 || v === s.heading + 1) && v <= s.paragraph) {
      s.heading = v;
      s.headingOpen = true;
      s.headingAlpha = 0;
      s.alpha = 0;
      s.roman = 0;
      return 'paragraph';
    }
    return null;
  }
  if (c === 0x28) {
    const m = sticky(ITEM_AT, raw, i);
    if (!m) return null;
    const { prev, word } = beforeAt(raw, i, bridge);
    const afterClause = i === 0 || prev === ':' || prev === ';' || prev === '.' || ((word === 'and' || word === 'or' || word === 'et' || word === 'ou' || word === 'y' || word === 'o' || word === 'и' || word === 'или') && /[;,]\s{0,3}\S{1,4}\s{1,3}$/.test(raw.slice(Math.max(0, i - 12), i)));
    const label = m[1];
    if (!afterClause && !lineStart && !(s.headingOpen && /^[a-z]$/.test(label))) return null;
    const alphaNext = String.fromCharCode(0x61 + s.alpha);
    const roman = romanValue(label);
    if (s.headingOpen && label === 'a' && s.alpha === 0) {
      // a lettered sub-heading right after a heading
      s.headingAlpha = 1;
      s.headingOpen = true;
      return 'item';
    }
    if (label === alphaNext && !(roman === s.roman + 1 && s.roman > 0)) {
      s.alpha++;
      s.roman = 0;
      return 'item';
    }
    if (s.headingAlpha > 0 && label === String.fromCharCode(0x61 + s.headingAlpha) && prev === '.') {
      // the next lettered sub-heading after the last paragraph of the previous one
      s.headingAlpha++;
      s.alpha = 0;
      s.roman = 0;
      s.headingOpen = true;
      return 'item';
    }
    if (roman === s.roman + 1) {
      s.roman = roman;
      return 'item';
    }
    return null;
  }
  if (c >= 0x41 && c <= 0x5a) {
    const chapter = sticky(CHAPTER_AT, raw, i);
    if (chapter && chapter[1] && (romanValue(chapter[1]) === s.chapter + 1 || (lineStart && romanValue(chapter[1]) > s.chapter)) && !(chapter[1] === 'I' && s.letter === 8)) {
      s.chapter = romanValue(chapter[1]);
      s.headingOpen = true;
      s.headingAlpha = 0;
      s.letter = 0;
      s.heading = 0;
      return 'chapter';
    }
    const letter = sticky(LETTER_AT, raw, i);
    if (letter && (letter[1].charCodeAt(0) - 0x40 === s.letter + 1 || lineStart) && (s.chapter > 0 || lineStart)) {
      s.letter = letter[1].charCodeAt(0) - 0x40;
      s.headingOpen = true;
      s.headingAlpha = 0;
      s.heading = 0;
      return 'letter';
    }
  }
  return null;
}
