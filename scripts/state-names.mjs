#!/usr/bin/env node
/**
 * Fills in the Arabic, French, Russian and Spanish names of the States in seeds/states.json from the npm package
 * i18n-iso-countries (a devDependency, pinned), once: run it, read the diff, commit the data. Names already in the
 * file (en, zh, and any ar/fr/ru/es written by hand) are never changed; further names the package knows for a
 * language become aliases (matched by the bulk invitation of focal points, shown nowhere else). The European Union
 * is not an ISO 3166 country: its names are the EU's own (written below). See seeds/SOURCES.md.
 *
 *   node scripts/state-names.mjs          # writes seeds/states.json
 *   node scripts/state-names.mjs --check  # exit 1 when a name is missing
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries');
const LANGUAGES = ['ar', 'fr', 'ru', 'es'];
for (const lang of LANGUAGES) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

/** Not in ISO 3166-1: the names the European Union uses for itself. */
const BY_HAND = {
  EUU: { ar: 'الاتحاد الأوروبي', fr: 'Union européenne', ru: 'Европейский союз', es: 'Unión Europea' },
};

const file = path.resolve(import.meta.dirname, '../seeds/states.json');
const states = JSON.parse(readFileSync(file, 'utf8'));
const missing = [];
let added = 0;
for (const state of states) {
  for (const lang of LANGUAGES) {
    if (state.names[lang]) continue;
    const all = [].concat(countries.getName(state.code, lang, { select: 'all' }) ?? []);
    const name = BY_HAND[state.code]?.[lang] ?? all[0];
    if (!name) {
      missing.push(`${state.code}/${lang}`);
      continue;
    }
    state.names[lang] = name;
    added++;
    const aliases = all.filter((n) => n !== name && !(state.aliases[lang] ?? []).includes(n));
    if (aliases.length) state.aliases[lang] = [...(state.aliases[lang] ?? []), ...aliases];
  }
}
if (process.argv.includes('--check')) {
  if (missing.length || added) console.error(`missing names: ${[...missing, ...(added ? [`${added} the package has`] : [])].join(', ')}`);
  process.exit(missing.length || added ? 1 : 0);
}
writeFileSync(file, JSON.stringify(states, null, 1));
console.log(`added ${added} names; ${missing.length ? `still missing: ${missing.join(', ')}` : 'none missing'}`);
