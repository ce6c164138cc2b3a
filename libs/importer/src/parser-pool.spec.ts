/** The parse runs in a worker thread within a time budget (issue 13, hole 4). */
import { readFixture, SAMPLE_STATES, THEMES } from '../fixtures/support.js';
import { documentText } from './document-text.js';
import { reportDocx, reportPdf } from '../../../test/support/report-files.js';
import { parseReport } from './parse-report.js';
import { ParseBudgetExceededError, ParserPool } from './parser-pool.js';

describe('ParserPool', () => {
  const pool = new ParserPool();
  afterAll(() => pool.close());
  const options = { states: SAMPLE_STATES, themes: THEMES, fileName: 'recommendations.en.txt' };

  it('gives the plan parseReport gives, from a worker thread (and again from the kept worker)', async () => {
    const text = readFixture('recommendations.en.txt');
    const expected = parseReport(text, options);
    expect(await pool.parse(text, options, 60_000)).toEqual(expected);
    expect(await pool.parse(text, options, 60_000)).toEqual(expected);
  }, 90_000);

  it('stops a parse that overruns its budget, and parses the next text', async () => {
    const started = performance.now();
    await expect(pool.parse('1. '.repeat(200_000), options, 1)).rejects.toBeInstanceOf(ParseBudgetExceededError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect((await pool.parse('1. The Working Group recommends that States parties should act.', options, 60_000)).source.language).toBe('en');
  }, 90_000);

  it('leaves the event loop free while a parse runs', async () => {
    const text = '1. States parties should act. '.repeat(30_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    await pool.parse(text, options, 60_000);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  }, 90_000);

  describe('PDF and Word files: their text is extracted in the worker', () => {
    const report = readFixture('recommendations.en.txt');
    const samplePdf = () => reportPdf(report);
    const sampleDocx = () => reportDocx(report);
    it('reads a PDF and a Word file to the text documentText gives, moving (not copying) the bytes', async () => {
      const pdf = await samplePdf();
      const docx = await sampleDocx();
      const expectedPdf = await documentText(new Uint8Array(pdf));
      const expectedDocx = await documentText(new Uint8Array(docx));
      const movedPdf = new Uint8Array(pdf);
      expect(await pool.documentText(movedPdf, 60_000)).toEqual(expectedPdf);
      // moved: the caller's view of them is detached
      expect(movedPdf.byteLength).toBe(0);
      expect(await pool.documentText(new Uint8Array(docx), 60_000)).toEqual(expectedDocx);
      expect(expectedPdf).toMatchObject({ ok: true, format: 'pdf' });
      expect(expectedDocx).toMatchObject({ ok: true, format: 'docx' });
    }, 90_000);

    it('copies bytes that are a view of a larger buffer (a pooled Buffer) instead of detaching it', async () => {
      const pool8k = Buffer.from('%PDF-1.7\n%garbage that is no PDF\n');
      const neighbour = Buffer.from('untouched');
      const read = await pool.documentText(pool8k, 60_000);
      expect(read).toMatchObject({ ok: false, code: 'UNREADABLE_IMPORT', found: 'a damaged or encrypted PDF' });
      expect(pool8k.toString('latin1')).toBe('%PDF-1.7\n%garbage that is no PDF\n');
      expect(neighbour.toString()).toBe('untouched');
    }, 90_000);

    it('stops an extraction that overruns its budget, and reads the next file', async () => {
      const pdf = await samplePdf();
      await expect(pool.documentText(new Uint8Array(pdf), 1)).rejects.toBeInstanceOf(ParseBudgetExceededError);
      expect(await pool.documentText(new Uint8Array(pdf), 60_000)).toMatchObject({ ok: true, format: 'pdf' });
    }, 90_000);

    it('decodes text files in place, without the worker', async () => {
      expect(await pool.documentText(new TextEncoder().encode('1. Texte'), 1)).toEqual({ ok: true, format: 'text', text: '1. Texte' });
    });
  });
});
