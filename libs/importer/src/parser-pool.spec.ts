/** The parse runs in a worker thread within a time budget (issue 13, hole 4). */
import { readFixture, SAMPLE_STATES, THEMES } from '../fixtures/support.js';
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
});
