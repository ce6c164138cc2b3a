import { TEXT_LANGUAGES, type TextLanguage } from '@contracts';

/** The language to ask the API's texts in: the interface language when the record has it, else English. */
export const textLanguage = (lang: string): TextLanguage => (TEXT_LANGUAGES as readonly string[]).includes(lang) ? (lang as TextLanguage) : 'en';
