import { TEXT_LANGUAGES } from '#contracts';

/** A recommendation's text in one language, and which language it is. */
export interface TextIn {
  text: string | null;
  textLanguage: string | null;
}

/**
 * The one rule for which text of a language map an answer shows: the asked language, else English, else the source
 * language. The catalogue keeps no source-language column; a map holds the source text plus any translations, so the
 * source is taken as the first language present in UN order (ar, en, es, fr, ru, zh) — for an imported paragraph that
 * is the only one. Questionnaire and review-queue rows use it today; the text rule of issue 14 (item 3) takes it over.
 */
export function recommendationTextIn(text: Record<string, string> | null | undefined, lang?: string | null): TextIn {
  if (!text) return { text: null, textLanguage: null };
  const has = (l: string) => typeof text[l] === 'string' && text[l].trim() !== '';
  const language =
    (lang && has(lang) ? lang : undefined) ??
    (has('en') ? 'en' : undefined) ??
    TEXT_LANGUAGES.find(has) ??
    Object.keys(text).sort().find(has);
  return language ? { text: text[language], textLanguage: language } : { text: null, textLanguage: null };
}

/** The first words of a text, for a sub-item's parent ("The Working Group recommended that States …"). */
export function openingWords(text: string | null, maxChars = 120): string | null {
  if (!text) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(' ');
  return `${space > maxChars / 2 ? cut.slice(0, space) : cut}…`;
}
