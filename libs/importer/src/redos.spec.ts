/**
 * Issue 13, hole 4: a 39-byte import body froze the API (the footer pattern backtracked exponentially on a run of
 * digits), `<http://` × 32,000 took 17 s, `[` × 32,000 2 s. Every adversarial text below must parse in under 1 s.
 */
import fc from 'fast-check';
import { SAMPLE_STATES, THEMES } from '../fixtures/support.js';
import { isPageFooter, stripAutolinks, stripMarkdownLinks } from './text-cleanup.js';
import { parseReport } from './parse-report.js';

const BUDGET_MS = 1000;
const MB = 1 << 20;

function parseTime(text: string): number {
  const started = performance.now();
  parseReport(text, { states: SAMPLE_STATES, themes: THEMES, fileName: 'adversarial.txt' });
  return performance.now() - started;
}

const fast = (arbitrary: fc.Arbitrary<string>, numRuns = 12) =>
  fc.assert(
    fc.property(arbitrary, (text) => {
      const ms = parseTime(text);
      if (ms >= BUDGET_MS) throw new Error(`${ms.toFixed(0)} ms for a text of ${text.length} characters starting ${JSON.stringify(text.slice(0, 40))}`);
    }),
    { numRuns },
  );

const repeat = (units: string[], max: number) =>
  fc.tuple(fc.constantFrom(...units), fc.integer({ min: 1, max }), fc.constantFrom('', 'x', ' x', '\n', '.', '。', ')', '>')).map(([u, n, end]) => u.repeat(n) + end);

describe('the parser on adversarial texts (each under 1 s)', () => {
  it('the reported bodies', () => {
    for (const text of ['1'.repeat(38) + 'x', '1'.repeat(39), '<http://'.repeat(32_000), '['.repeat(32_000), '10 '.repeat(20_000) + 'October']) {
      expect(parseTime(text)).toBeLessThan(BUDGET_MS);
    }
  });

  it('digit runs (page-number footers), with and without spaces and a rejecting end', () =>
    fast(repeat(['1', '12 ', '123', 'V.11-12345 ', '*1234567* ', '1 2 ', 'GE.19-12345 (E) '], 20_000)));

  it('bracket runs (markdown links)', () => fast(repeat(['[', ']', '](', '![', '[a](', '[a]', '[]()', '[[[]'], 40_000)));

  it('link runs (autolinks and bare URLs)', () => fast(repeat(['<http://', '<https://', '<http://a', 'http://', 'www.', '<http://a>'], 32_000)));

  it('deep nesting of parentheses and brackets', () =>
    fast(
      fc.tuple(fc.constantFrom('(', '[', '（', '([', '[(', '(a)(', '（一）'), fc.integer({ min: 1_000, max: 100_000 })).map(([open, n]) => {
        const close = open.replace(/\(/g, ')').replace(/\[/g, ']').replace(/（/g, '）');
        return open.repeat(n) + 'x' + close.repeat(n);
      }),
    ));

  it('1 MB single lines', () =>
    fast(
      fc.constantFrom('a', ' ', '\t', '.', '1', '中', '中 and ', 'States, and ', '1. ', '. . . ', '由', 'first ', '第一', '#', '*', '_', ' .').map((unit) =>
        unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB),
      ),
      8,
    ));

  it('mixed fragments of report structure and adversarial runs', () =>
    fast(
      fc
        .array(
          fc.tuple(
            fc.constantFrom('1', ' ', '\t', '[', '](', '<http://', '(', '（', '.', '。', '\n', '建议 ', 'Recommendation ', '## ', 'V.11-12345', '由', 'chaired by ', ', ', ' and ', '第一', '届会议', 'first ', '10 October 2011', 'A/'),
            fc.integer({ min: 1, max: 3_000 }),
          ),
          { minLength: 1, maxLength: 12 },
        )
        .map((parts) => parts.map(([unit, n]) => unit.repeat(n)).join('')),
      20,
    ));
});

describe('the linear scans keep what the patterns they replace did', () => {
  it('page footers', () => {
    for (const line of ['3', '12 V.11-12345', 'V.11-12345 (C)', '*1156789*', 'GE.19-12345(E) 7', '1 2 3']) expect(isPageFooter(line)).toBe(true);
    for (const line of ['3x', 'V.11-1234', '*123*', 'page 3', '1.', '']) expect(isPageFooter(line)).toBe(false);
  });

  it('links and autolinks', () => {
    const links = (s: string) => s.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1');
    const autolinks = (s: string) => s.replace(/<(https?:\/\/[^>]+)>/g, '');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('[', ']', '(', ')', '!', 'a', ' ', '<', '>', 'http://', 'https://', '<http://', '<https://'), { maxLength: 30 }), (parts) => {
        const s = parts.join('');
        expect(stripMarkdownLinks(s)).toBe(links(s));
        expect(stripAutolinks(s)).toBe(autolinks(s));
      }),
      { numRuns: 2000 },
    );
  });
});
