/**
 * The catalogue's search syntax, parsed without a database: terms separated by white space (the ideographic space
 * U+3000 too), phrases in quotes ("…", “…”, „…“, «…», 「…」, 『…』), a leading `-` excluding a term or phrase. Every
 * term not excluded must match; none excluded may. `search.ts` turns the terms into SQL per language.
 */

export interface SearchTerm {
  /** The words as typed, white space inside a phrase collapsed to one space. */
  text: string;
  /** Quoted: its words in this order, next to each other (a substring in Chinese). */
  phrase: boolean;
  /** Written with a leading `-`: a text containing it does not match. */
  exclude: boolean;
}

export type ParsedSearch = { ok: true; terms: SearchTerm[] } | { ok: false; message: string };

export const SEARCH_LIMITS = { maxLength: 200, maxTerms: 8 } as const;

/** Opening quote → the closing quotes it accepts (a straight quote may close a typographic one, as keyboards mix them). */
const QUOTES: Record<string, string> = {
  '"': '"',
  '“': '”"',
  '„': '“”"',
  '«': '»',
  '「': '」',
  '『': '』',
};
const WHITE = /\s/u; // includes U+3000 and the no-break spaces French puts inside « »
// Control characters other than white space: PostgreSQL refuses NUL in text, and none belongs in a search.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/u;

export function parseSearchQuery(input: string): ParsedSearch {
  if (input.length > SEARCH_LIMITS.maxLength) return { ok: false, message: `q must be at most ${SEARCH_LIMITS.maxLength} characters` };
  if (CONTROL.test(input)) return { ok: false, message: 'q must not contain control characters' };
  const terms: SearchTerm[] = [];
  const chars = [...input];
  let i = 0;
  while (i < chars.length) {
    if (WHITE.test(chars[i])) {
      i++;
      continue;
    }
    let exclude = false;
    if (chars[i] === '-' && i + 1 < chars.length && !WHITE.test(chars[i + 1])) {
      exclude = true;
      i++;
    }
    const closing = QUOTES[chars[i]];
    let raw = '';
    if (closing) {
      // An unclosed quote runs to the end: a search typed as you go finds what has been typed so far.
      i++;
      while (i < chars.length && !closing.includes(chars[i])) raw += chars[i++];
      i++;
    } else {
      while (i < chars.length && !WHITE.test(chars[i])) raw += chars[i++];
    }
    const text = raw.split(/\s+/u).filter(Boolean).join(' ');
    if (text && text !== '-') terms.push({ text, phrase: Boolean(closing), exclude });
  }
  if (terms.length > SEARCH_LIMITS.maxTerms) return { ok: false, message: `q may hold at most ${SEARCH_LIMITS.maxTerms} terms or phrases` };
  if (terms.length && terms.every((t) => t.exclude)) return { ok: false, message: 'q needs a term to find besides those excluded with "-"' };
  return { ok: true, terms };
}
