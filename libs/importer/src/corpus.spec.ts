/**
 * The importer's corpus (test/fixtures/importer): realistic report texts in every language the importer reads, in
 * the shapes the secretariat gets them (one paragraph per line; PDF text with headings, paragraphs, page footers,
 * page headers and footnotes run together on one line), each with the plan it must give (`<name>.expected.json`, a
 * projection: session, section tree, every recommendation's number, addressee, strength, container flag and first
 * words). `UPDATE_CORPUS=1` rewrites the expectations: read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from './parse-report.js';
import type { ImportPlan } from './import-plan.js';
import { allRecommendations, projection, SAMPLE_STATES, THEMES } from '../fixtures/support.js';

const DIR = path.join(process.cwd(), 'test', 'fixtures', 'importer');

const samples = existsSync(DIR) ? readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort() : [];

describe('importer corpus', () => {
  it('has samples', () => expect(samples.length).toBeGreaterThan(0));

  it.each(samples)('%s gives its expected plan', (file) => {
    const plan = parseReport(readFileSync(path.join(DIR, file), 'utf8'), { states: SAMPLE_STATES, themes: THEMES, fileName: file });
    const actual = projection(plan);
    const expectedFile = path.join(DIR, file.replace(/\.txt$/, '.expected.json'));
    if (process.env.UPDATE_CORPUS === '1') writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  // The same report in two shapes gives the same plan.
  const pairs = samples.filter((f) => f.includes('.lines.')).map((f) => [f, f.replace('.lines.', '.pdf.')]).filter(([, pdf]) => samples.includes(pdf));
  it.each(pairs)('%s and %s give the same recommendations', (lines, pdf) => {
    const read = (f: string) => projection(parseReport(readFileSync(path.join(DIR, f), 'utf8'), { states: SAMPLE_STATES, themes: THEMES }));
    const a = read(lines);
    const b = read(pdf);
    expect(b.sections).toEqual(a.sections);
    expect(b.recommendations).toEqual(a.recommendations);
    expect(b.session).toEqual(a.session);
    expect(b.attendance).toEqual(a.attendance);
    expect(b.documents).toEqual(a.documents);
    // every word, not only the first ones
    const texts = (f: string) => allRecommendations(parseReport(readFileSync(path.join(DIR, f), 'utf8'), { states: SAMPLE_STATES })).map((r) => `${r.number} ${r.text}`);
    expect(texts(pdf)).toEqual(texts(lines));
  });
});

describe('one report in every language', () => {
  const versions = samples.filter((f) => f.startsWith('2010-wg4-2nd-meeting.lines.'));
  const read = (f: string) => parseReport(readFileSync(path.join(DIR, f), 'utf8'), { states: SAMPLE_STATES, themes: THEMES });
  const shape = (plan: ImportPlan) => projection(plan).recommendations.map((r) => r.split(' | ').slice(0, 3).join(' | '));
  it('has the 2010 report in English, French, Spanish, Russian and Arabic', () => {
    expect(versions.map((f) => f.split('.')[2]).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru']);
  });
  it.each(versions.filter((f) => !f.includes('.en.')))('%s: same numbers, addressees and strengths as the English original', (file) => {
    const plan = read(file);
    expect(shape(plan)).toEqual(shape(read('2010-wg4-2nd-meeting.lines.en.txt')));
    expect(plan.session).toMatchObject({ startDate: '2010-01-27', endDate: '2010-01-29', reportSymbol: 'CTOC/COP/WG.4/2010/6', status: 'final' });
  });
});

describe('a report repeated inside one file', () => {
  it.each(['2010-wg4-2nd-meeting.lines.en.txt', '2011-wg4-4th-meeting.pdf.en.txt'])('%s twice is reported (REPEATED_REPORT), not silently read as one', (file) => {
    const text = readFileSync(path.join(DIR, file), 'utf8');
    const once = parseReport(text, { states: SAMPLE_STATES });
    const twice = parseReport(`${text}\n${text}`, { states: SAMPLE_STATES });
    expect(once.warnings.map((w) => w.code)).not.toContain('REPEATED_REPORT');
    expect(twice.warnings.find((w) => w.code === 'REPEATED_REPORT')?.message).toMatch(/report 2 times/);
  });
});
