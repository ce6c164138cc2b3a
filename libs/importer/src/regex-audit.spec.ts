/**
 * Every regular expression the parser runs (literals and the ones it builds from tables, collected while it parses
 * the real reports, the fixtures and adversarial texts) is checked for the shape that backtracks exponentially: an
 * unbounded quantifier inside another unbounded quantifier (`(\d{1,3}\s*)+`, `(a+)*`). eslint-plugin-regexp checks
 * the literals it can see (see eslint.config.mjs); this check also covers the built ones, and shapes it missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import type { Quantifier } from '@eslint-community/regexpp/ast';
import { SAMPLE_STATES, THEMES } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

function collectRegExps(run: () => void): Map<string, RegExp> {
  const seen = new Map<string, RegExp>();
  const exec = Object.getOwnPropertyDescriptor(RegExp.prototype, 'exec')!;
  const original = RegExp.prototype.exec;
  Object.defineProperty(RegExp.prototype, 'exec', {
    ...exec,
    value: function (this: RegExp, s: string) {
      seen.set(`/${this.source}/${this.flags}`, this);
      return original.call(this, s);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(RegExp.prototype, 'exec', exec);
  }
  return seen;
}

/** Unbounded quantifiers (`*`, `+`, `{n,}`) that have another unbounded quantifier inside. */
function nestedUnbounded(re: RegExp): string[] {
  const ast = new RegExpParser({ ecmaVersion: 2025 }).parseLiteral(`/${re.source}/${re.flags}`);
  const found: string[] = [];
  const open: Quantifier[] = [];
  visitRegExpAST(ast, {
    onQuantifierEnter(q) {
      if (q.max === Infinity) {
        if (open.length) found.push(`${open[open.length - 1].raw.slice(0, 80)} contains ${q.raw.slice(0, 40)}`);
        open.push(q);
      }
    },
    onQuantifierLeave(q) {
      if (q.max === Infinity) open.pop();
    },
  });
  return found;
}

const root = process.cwd();
const texts = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => /\.(txt|md)$/.test(f))
    .map((f) => readFileSync(path.join(root, dir, f), 'utf8'));

describe('the regular expressions of the parser', () => {
  const regexps = collectRegExps(() => {
    const inputs = [
      ...texts('seeds/reports'),
      ...texts('libs/importer/fixtures'),
      ...texts('test/fixtures/importer'),
      '1'.repeat(38) + 'x',
      '<http://'.repeat(100),
      '['.repeat(100),
      '10 '.repeat(100) + 'October',
    ];
    for (const text of inputs) parseReport(text, { states: SAMPLE_STATES, themes: THEMES });
  });

  it('are collected from the whole parse (literals and built ones)', () => {
    expect(regexps.size).toBeGreaterThan(100);
  });

  it('have no unbounded quantifier inside another', () => {
    const offending = [...regexps].flatMap(([key, re]) => nestedUnbounded(re).map((what) => `${key.slice(0, 120)}: ${what}`));
    expect(offending).toEqual([]);
  });

  it('finds the pattern that froze the API', () => {
    expect(nestedUnbounded(/^(?:(?:V\.\d{2}-\d{5}(?:\s*\([A-Z]\))?|\*\d{7,}\*|\d{1,3})\s*)+$/)).not.toEqual([]);
  });
});
