import { CommonError } from '#common';
import { TEXT_LANGUAGES, type TextLanguage } from '#contracts';
import { recommendationTextSql } from './recommendation-text.js';
import { parseSearchQuery, type SearchTerm } from './search-query.js';

/**
 * The one search over recommendation texts, as SQL. A search in language L reads two texts of each recommendation:
 * its text in L, and its original — the text the text rule picks when no language is asked (English, else the first
 * present) —, each by the method of its own language:
 * - English, French, Spanish, Russian, Arabic: full text with that language's PostgreSQL configuration (stemming:
 *   "trafficked" finds "trafficking"); a quoted phrase is `phraseto_tsquery`. A term that has no lexeme in the
 *   configuration (a stop word such as "should", a number) is a substring of that text instead.
 * - Chinese (no word breaks): substrings.
 * Every term not excluded must match in the same text. `matchedIn` says which of the two texts matched.
 * The indexes (migrations CatalogueSearchColumns, CatalogueSearchLanguages) are on exactly these expressions.
 */
export const SEARCH_CONFIGURATIONS: Record<TextLanguage, string | null> = {
  ar: 'arabic',
  en: 'english',
  es: 'spanish',
  fr: 'french',
  ru: 'russian',
  zh: null,
};

/** Binds a value as the next query parameter and returns its placeholder (`$3`). */
export type BindParam = (value: unknown) => string;

export interface SearchSql {
  /** A condition on the recommendation row. */
  where: string;
  /** A text[] expression: the languages whose text matched at this row (empty where only a sub-item matched). */
  matchedIn: string;
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, '\\$&');

/** The indexed search form of one language's text of the row `alias`. */
function vectorSql(alias: string, language: TextLanguage, configuration: string): string {
  // English has a stored column (kept by a trigger, migration CatalogueSearchColumns); the others expression indexes.
  return language === 'en' ? `${alias}.search_en` : `to_tsvector('${configuration}', COALESCE(${alias}.text->>'${language}', ''))`;
}

/** A term with its values bound once: the placeholders every language's arm reuses. */
interface BoundTerm {
  term: SearchTerm;
  words: string;
  like: string;
}

function termSql(alias: string, language: TextLanguage, { term, words, like }: BoundTerm): string {
  const text = `(${alias}.text->>'${language}')`;
  // Text without letter case (Chinese) matches the same with LIKE, which skips case-folding every row it reads.
  const substring = `${text} ${term.text.toLowerCase() === term.text.toUpperCase() ? 'LIKE' : 'ILIKE'} ${like}`;
  const configuration = SEARCH_CONFIGURATIONS[language];
  if (!configuration) return substring;
  const query = `${term.phrase ? 'phraseto_tsquery' : 'plainto_tsquery'}('${configuration}', ${words})`;
  return `(${vectorSql(alias, language, configuration)} @@ ${query} OR (numnode(${query}) = 0 AND ${substring}))`;
}

/** Every term not excluded matches this language's text of the row, and none excluded does. */
function textMatchSql(alias: string, language: TextLanguage, terms: BoundTerm[]): string {
  return terms.map((t) => (t.term.exclude ? `NOT COALESCE(${termSql(alias, language, t)}, false)` : termSql(alias, language, t))).join(' AND ');
}

export function recommendationSearchSql(alias: string, searchTerms: SearchTerm[], lang: string | undefined, bind: BindParam): SearchSql {
  const terms = searchTerms.map((term): BoundTerm => ({ term, words: `${bind(term.text)}::text`, like: `${bind(`%${escapeLike(term.text)}%`)}::text` }));
  const asked = (TEXT_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as TextLanguage) : undefined;
  const originalLanguage = recommendationTextSql(`${alias}.text`, 'NULL::text').textLanguage;
  // One arm per language, so that each can use its language's index.
  const original = TEXT_LANGUAGES.map((l) => `(${originalLanguage} = '${l}' AND ${textMatchSql(alias, l, terms)})`).join(' OR ');
  const inAsked = asked ? `(${alias}.text ? '${asked}' AND ${textMatchSql(alias, asked, terms)})` : 'false';
  return {
    where: `(${inAsked} OR ${original})`,
    matchedIn: `array_remove(ARRAY[CASE WHEN ${inAsked} THEN '${asked ?? ''}' END,
                                  CASE WHEN ${original} THEN ${originalLanguage} END], NULL)`,
  };
}

/** The terms of a validated `q` (the DTOs refuse what the parser refuses: this is the same rule, not a second one). */
export function searchTermsOf(q: string | undefined): SearchTerm[] {
  if (!q) return [];
  const parsed = parseSearchQuery(q);
  if (!parsed.ok) throw new CommonError('VALIDATION_FAILED', parsed.message, { errors: [{ field: 'q', message: parsed.message }] });
  return parsed.terms;
}
