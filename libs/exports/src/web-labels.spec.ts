import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOC_LANGUAGES, webLabelCatalogue } from './labels.js';

/** The web app's code labels are generated from the documents' vocabulary (scripts/web-labels.mjs): one wording. */
describe('web labels catalogues', () => {
  it.each(DOC_LANGUAGES)('apps/web/src/locales/%s/labels.json equals the vocabulary of labels.ts', (lang) => {
    const file = path.resolve(import.meta.dirname, `../../../apps/web/src/locales/${lang}/labels.json`);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(webLabelCatalogue(lang));
  });
});
