/** Theme suggestions from the keywords of the theme definitions (seeds/themes.json). */
import type { Language, ThemeDefinition } from './import-plan.js';

/** Codes of the themes whose keywords occur in any of the texts, in the definitions' order (case-insensitive). */
export function suggestThemes(texts: string[], themes: ThemeDefinition[] | undefined, language: Language): string[] {
  if (!themes?.length) return [];
  const haystack = texts.join('\n').toLowerCase();
  return themes.filter((t) => (t.keywords[language] ?? []).some((k) => k && haystack.includes(k.toLowerCase()))).map((t) => t.code);
}
