#!/usr/bin/env node
/**
 * Writes the web application's `labels` catalogues (apps/web/src/locales/<lang>/labels.json) from the documents'
 * vocabulary in libs/exports/src/labels.ts, so that a status, a regional group or an assistance type is worded once.
 * Run after `npm run build` whenever labels.ts changes; libs/exports/src/web-labels.spec.ts fails on drift.
 *
 *   npm run build --silent && node scripts/web-labels.mjs
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOC_LANGUAGES, webLabelCatalogue } from '../dist/libs/exports/src/index.js';

for (const lang of DOC_LANGUAGES) {
  const file = path.resolve(import.meta.dirname, `../apps/web/src/locales/${lang}/labels.json`);
  writeFileSync(file, `${JSON.stringify(webLabelCatalogue(lang), null, 2)}\n`);
}
