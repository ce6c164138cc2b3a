import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Nothing of libs/contracts is declared a second time: the code patterns and vocabularies are written only there.
 * Scans the production sources of libs/ and apps/ (specs, fixtures, migrations and the generated types aside).
 */
const ROOT = join(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'fixtures' ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

const files = [...sources(join(ROOT, 'libs')), ...sources(join(ROOT, 'apps'))]
  .map((path) => relative(ROOT, path))
  .filter((path) => !path.startsWith('libs/contracts/'));

const DUPLICATES: [what: string, needle: string][] = [
  ['the State code pattern', '[A-Z]{3}$'],
  ['the theme code pattern', '[a-z0-9_]{1,62}'],
  ['the recommendation number pattern', '\\u4e00-\\u9fff.-]{1,40}'],
  ['the roles', "'admin', 'secretariat', 'focal_point'"],
  ['the workflow states', "'draft', 'submitted', 'under_review'"],
  ['the implementation statuses', "'partially_implemented', 'fully_implemented'"],
  ['the measure types', "'institutional', 'training', 'awareness'"],
  ['the assistance types', "'legislative_drafting', 'capacity_building'"],
  ['the addressees', "'states_parties', 'states', 'unodc'"],
  ['the modalities', "'should', 'should_consider', 'may'"],
  ['the adoptions', "'adopted', 'endorsed', 'for_cop_consideration'"],
  ['the text languages', "'ar', 'en', 'es', 'fr', 'ru', 'zh'"],
  ['the interface languages', "'ar', 'zh', 'en', 'fr', 'ru', 'es'"],
];

describe('libs/contracts is the single source', () => {
  it.each(DUPLICATES)('%s is written only in libs/contracts', (_what, needle) => {
    expect(files.filter((path) => readFileSync(join(ROOT, path), 'utf8').includes(needle))).toEqual([]);
  });

  it('finds the sources it scans', () => expect(files.length).toBeGreaterThan(100));
});
