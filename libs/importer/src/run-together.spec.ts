/**
 * Reports run together on one line (PDF text): a second copy of the report on the same line (two PDFs' texts
 * concatenated) is cut and counted like the first, not read as the text of the first copy's last paragraph.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from './parse-report.js';
import { unrun } from './run-together.js';
import { allRecommendations, SAMPLE_STATES } from '../fixtures/support.js';

const DIR = path.join(process.cwd(), 'test', 'fixtures', 'importer');
const read = (file: string) => readFileSync(path.join(DIR, file), 'utf8').trim();

describe('a report repeated on one line', () => {
  it.each(['2011-wg4-4th-meeting.pdf.en.txt', '2010-wg4-2nd-meeting.pdf.en.txt', '2010-wg4-2nd-meeting.pdf.fr.txt'])(
    '%s twice on one line: REPEATED_REPORT, and the first copy read as when alone',
    (file) => {
      const oneLine = read(file).replace(/\n/g, ' ');
      const once = parseReport(oneLine, { states: SAMPLE_STATES });
      const twice = parseReport(`${oneLine} ${oneLine}`, { states: SAMPLE_STATES });
      expect(once.warnings.map((w) => w.code)).not.toContain('REPEATED_REPORT');
      expect(twice.warnings.find((w) => w.code === 'REPEATED_REPORT')?.message).toMatch(/report 2 times/);
      const texts = (plan: ReturnType<typeof parseReport>) => allRecommendations(plan).map((r) => `${r.number} ${r.text}`);
      expect(texts(twice)).toEqual(texts(once));
      expect(twice.session).toEqual(once.session);
    },
  );

  it('cuts at the second distribution line and numbers the second copy from the start', () => {
    const copy = 'CTOC/COP/WG.4/2011/8 Distr.: Limited 15 November 2011 Original: English I. Introduction 1. The meeting opened. 2. It closed.'.padEnd(320, ' ');
    const { lines } = unrun([`${copy} ${copy}`], 'en', 'CTOC/COP/WG.4/2011/8');
    const units = lines.filter(Boolean);
    expect(units.filter((l) => l.startsWith('Distr.'))).toHaveLength(2);
    expect(units.filter((l) => l.startsWith('1. The meeting opened.'))).toHaveLength(2);
    expect(units.filter((l) => l.startsWith('I. Introduction'))).toHaveLength(2);
  });

  it('leaves "Distr." inside the preamble and in running text of a line of its own alone', () => {
    const { lines } = unrun(['Distr.: General', '1. The Working Group took note of the document.'], 'en', null);
    expect(lines).toEqual(['Distr.: General', '1. The Working Group took note of the document.']);
  });
});
