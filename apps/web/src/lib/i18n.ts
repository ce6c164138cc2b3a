import i18n, { type BackendModule, type ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from '@contracts';

/** The message catalogues: one JSON file per language and namespace, each loaded only when needed. */
const catalogues = import.meta.glob<{ default: Record<string, unknown> }>('../locales/*/*.json');

/** Loaded at start (the first pages need them). */
export const NAMESPACES = ['common', 'auth', 'errors'] as const;
/** Loaded when a page of the feature first asks for them (`useTranslation('<feature>')` suspends meanwhile). */
export const FEATURE_NAMESPACES = ['home', 'admin', 'labels', 'reports', 'workspace', 'answer', 'offline', 'dashboard', 'review', 'cycles', 'record', 'notifications'] as const;
export const ALL_NAMESPACES = [...NAMESPACES, ...FEATURE_NAMESPACES] as const;
export type Namespace = (typeof ALL_NAMESPACES)[number];

const STORAGE_KEY = 'wg4.language';

export const isUiLanguage = (value: unknown): value is UiLanguage => typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);

/** The language before sign-in: the last one chosen on this device, else the browser's first UN language, else English. */
export function initialLanguage(): UiLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isUiLanguage(stored)) return stored;
  } catch {
    // Storage can be disabled; the browser's languages still count.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isUiLanguage(base)) return base;
  }
  return 'en';
}

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    const load = catalogues[`../locales/${language}/${namespace}.json`];
    if (!load) return callback(new Error(`no catalogue ${language}/${namespace}`), null);
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error as Error, null),
    );
  },
};

/** Sets `lang` and `dir` on the document (Arabic right-to-left) and remembers the choice on this device. */
export function applyDocumentLanguage(language: UiLanguage): 'ltr' | 'rtl' {
  const dir = i18n.dir(language) === 'rtl' ? 'rtl' : 'ltr';
  document.documentElement.lang = language;
  document.documentElement.dir = dir;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not fatal: the account keeps the choice once signed in.
  }
  return dir;
}

export async function initI18n(language: UiLanguage = initialLanguage()): Promise<typeof i18n> {
  await i18n
    .use(lazyCatalogues)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: false,
      supportedLngs: [...UI_LANGUAGES],
      ns: [...NAMESPACES],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyDocumentLanguage(language);
  return i18n;
}

export async function changeLanguage(language: UiLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  applyDocumentLanguage(language);
}

/** Each language's own name for itself (shown in the switcher, so anyone finds their language). */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = {
  ar: 'العربية',
  zh: '中文',
  en: 'English',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

export { i18n };
