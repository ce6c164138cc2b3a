import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULK_ROW_PROBLEMS, EDGE_PROBLEM_CODES, ERROR_CODES, UI_LANGUAGES } from '@contracts';
import { ALL_NAMESPACES } from './i18n';
import { CLIENT_ERROR_CODES } from './problem';

/** The message catalogues: every key in every language, every API error code worded, placeholders kept. */
const DIR = path.resolve(__dirname, '../locales');
type Tree = { [key: string]: string | Tree };

const load = (language: string, namespace: string): Tree => JSON.parse(readFileSync(path.join(DIR, language, `${namespace}.json`), 'utf8'));

/** Flattened keys with i18next's plural suffixes folded (each language has its own plural categories). */
function flatten(tree: Tree, prefix = ''): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = full.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else for (const [k, v] of flatten(value, full)) out.set(k, [...(out.get(k) ?? []), ...v]);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  it('has a folder for each of the six UN languages and nothing else', () => {
    expect(readdirSync(DIR).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it('has a file for every namespace in every language, and no file that no namespace names', () => {
    for (const language of UI_LANGUAGES) expect({ language, files: readdirSync(path.join(DIR, language)).sort() }).toEqual({ language, files: ALL_NAMESPACES.map((n) => `${n}.json`).sort() });
  });

  for (const namespace of ALL_NAMESPACES) {
    const english = flatten(load('en', namespace));
    for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
      it(`${language}/${namespace} has every key of English, no other, with the same placeholders`, () => {
        const translated = flatten(load(language, namespace));
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
        for (const [key, forms] of english) {
          const wanted = [...new Set(forms.flatMap(placeholders))].sort();
          for (const form of translated.get(key) ?? []) {
            expect({ key, placeholders: [...new Set(placeholders(form))].sort() }).toEqual({ key, placeholders: wanted.filter((p) => p !== 'count' || placeholders(form).includes('count')) });
            expect(form.trim()).not.toBe('');
          }
        }
      });
    }
  }

  it('words every error code the API and the client can produce, in every language', () => {
    const codes = [...Object.keys(ERROR_CODES), ...EDGE_PROBLEM_CODES, ...CLIENT_ERROR_CODES];
    for (const language of UI_LANGUAGES) {
      const worded = flatten(load(language, 'errors'));
      const missing = codes.filter((code) => !worded.has(`codes.${code}`));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('words every problem a bulk-invitation row can have, in every language', () => {
    for (const language of UI_LANGUAGES) {
      const worded = flatten(load(language, 'admin'));
      const missing = Object.keys(BULK_ROW_PROBLEMS).filter((code) => !worded.has(`bulk.codes.${code}`));
      expect({ language, missing }).toEqual({ language, missing: [] });
    }
  });

  it('is a real translation: no language copies the English text of a whole namespace', () => {
    for (const namespace of ALL_NAMESPACES) {
      const english = flatten(load('en', namespace));
      for (const language of UI_LANGUAGES.filter((l) => l !== 'en')) {
        const translated = flatten(load(language, namespace));
        const same = [...english].filter(([key, forms]) => forms.join() === (translated.get(key) ?? []).join() && /[a-z]{4,}/.test(forms.join()));
        // A few strings are the same in every language (product name, "CSV"); whole-sale copies are not.
        expect({ language, namespace, share: same.length / english.size < 0.1 }).toEqual({ language, namespace, share: true });
      }
    }
  });
});
