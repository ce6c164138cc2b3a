/**
 * Which language a report is written in: first by script (Han → Chinese, Cyrillic → Russian, Arabic → Arabic), then,
 * for Latin script, by vocabulary (the function words and report words of English, French and Spanish). Counted in
 * one pass over the characters and a bounded sample of words: linear, and no array of one string per character.
 */
import type { Language } from './import-plan.js';

export type Script = 'han' | 'latin' | 'cyrillic' | 'arabic' | 'none';

export interface DetectedLanguage {
  /** The language the text is written in, or null when neither script nor vocabulary tell it. */
  language: Language | null;
  script: Script;
  /** Letters of each script counted. */
  letters: Record<Exclude<Script, 'none'>, number>;
  /** For Latin script: the vocabulary hits of each candidate language. */
  vocabulary?: Partial<Record<Language, number>>;
}

const isHan = (c: number) => (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
const isCyrillic = (c: number) => c >= 0x0400 && c <= 0x04ff;
const isArabic = (c: number) => (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/** Words that are frequent in one Latin-script language's reports and rare in the other two. */
const VOCABULARY: Partial<Record<Language, readonly string[]>> = {
  en: ['the', 'of', 'and', 'to', 'that', 'should', 'with', 'for', 'is', 'are', 'by', 'on', 'working', 'group', 'parties', 'states', 'meeting', 'which', 'its', 'this', 'be', 'as'],
  fr: ['le', 'la', 'les', 'des', 'et', 'du', 'une', 'aux', 'au', 'dans', 'pour', 'sur', 'est', 'sont', 'devraient', 'groupe', 'travail', 'réunion', 'été', 'ont', 'qui', 'avec', 'parties', 'états'],
  es: ['el', 'los', 'las', 'del', 'y', 'una', 'con', 'para', 'por', 'deberían', 'grupo', 'trabajo', 'reunión', 'estados', 'partes', 'que', 'se', 'su', 'sus', 'al', 'como'],
};
// Words several languages share count for none of them.
const SHARED = new Set(['parties', 'que', 'la', 'a', 'de', 'en', 'se']);
const WORD_OWNERS = new Map<string, Language[]>();
for (const [language, words] of Object.entries(VOCABULARY) as [Language, readonly string[]][]) {
  for (const w of words) {
    if (SHARED.has(w)) continue;
    WORD_OWNERS.set(w, [...(WORD_OWNERS.get(w) ?? []), language]);
  }
}

/** Characters of text looked at for vocabulary: a report says which language it is in well before that. */
const VOCABULARY_SAMPLE = 200_000;
/** A Latin-script text is read as a language when that many of its words are that language's and it leads clearly. */
const MIN_HITS = 2;

export function detect(text: string): DetectedLanguage {
  const letters = { han: 0, latin: 0, cyrillic: 0, arabic: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x41) continue;
    if (isLatin(c)) letters.latin++;
    else if (isHan(c)) letters.han++;
    else if (isCyrillic(c)) letters.cyrillic++;
    else if (isArabic(c)) letters.arabic++;
  }
  // A Han character carries about as much as four Latin letters; the Latin letters of a Chinese report are symbols,
  // names and numbers' units.
  const weighted: [Exclude<Script, 'none'>, number][] = [
    ['han', letters.han * 4],
    ['cyrillic', letters.cyrillic],
    ['arabic', letters.arabic],
    ['latin', letters.latin],
  ];
  const [script, weight] = weighted.reduce((best, next) => (next[1] > best[1] ? next : best));
  if (weight === 0) return { language: null, script: 'none', letters };
  if (script === 'han') return { language: 'zh', script, letters };
  if (script === 'cyrillic') return { language: 'ru', script, letters };
  if (script === 'arabic') return { language: 'ar', script, letters };
  const vocabulary = latinVocabulary(text.length > VOCABULARY_SAMPLE ? text.slice(0, VOCABULARY_SAMPLE) : text);
  const ranked = (Object.entries(vocabulary) as [Language, number][]).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  const language = first && first[1] >= MIN_HITS && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : null;
  return { language, script, letters, vocabulary };
}

function latinVocabulary(text: string): Partial<Record<Language, number>> {
  const hits: Partial<Record<Language, number>> = { en: 0, fr: 0, es: 0 };
  let start = -1;
  const count = (end: number) => {
    if (start === -1) return;
    if (end - start <= 12) {
      const owners = WORD_OWNERS.get(text.slice(start, end).toLowerCase());
      if (owners) for (const o of owners) hits[o] = (hits[o] ?? 0) + 1;
    }
    start = -1;
  };
  for (let i = 0; i < text.length; i++) {
    if (isLatin(text.charCodeAt(i))) {
      if (start === -1) start = i;
    } else count(i);
  }
  count(text.length);
  return hits;
}

/** The language of a text, null when it cannot be told (see detect). */
export function detectLanguage(text: string): Language | null {
  return detect(text).language;
}
