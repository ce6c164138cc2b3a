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
 * is the only one. Lists and detail, the questionnaire and review-queue rows, summaries and the compilation use it; where
 * the text is picked inside SQL, `recommendationTextSql` below is its twin (test/text-rule.e2e-spec.ts proves they agree).
 * A text "is there" when it is a string with something other than whitespace in it.
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

/** SQL for "this key of the map holds a text": a JSON string with a non-space character (the helper's `has`). */
function hasSql(column: string, key: string): string {
  return `(jsonb_typeof((${column})->${key}) = 'string' AND ((${column})->>${key}) ~ '[^[:space:]]')`;
}

/**
 * The SQL twin of `recommendationTextIn`: two expressions, the text and its language, over a jsonb language-map column
 * and a text parameter (or NULL) for the asked language. `column` and `langParam` are SQL written by us (a column name,
 * `$5::text`), never user input. The last fallback (a key outside the UN languages, which validation keeps out) is the
 * least key in code-point order, as the helper's sort.
 */
export function recommendationTextSql(column: string, langParam: string): { text: string; textLanguage: string } {
  const unOrder = ['en', ...TEXT_LANGUAGES.filter((l) => l !== 'en')];
  const textLanguage = `(CASE WHEN ${langParam} IS NOT NULL AND ${langParam} <> '' AND ${hasSql(column, langParam)} THEN ${langParam}
    ${unOrder.map((l) => `WHEN ${hasSql(column, `'${l}'`)} THEN '${l}'`).join(' ')}
    ELSE (SELECT min(k COLLATE "C") FROM jsonb_object_keys(CASE WHEN jsonb_typeof(${column}) = 'object' THEN ${column} END) k
           WHERE ${hasSql(column, 'k')}) END)`;
  return { text: `((${column})->>${textLanguage})`, textLanguage };
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
