import { parseSearchQuery, SEARCH_LIMITS, type SearchTerm } from './search-query.js';

const word = (text: string, exclude = false): SearchTerm => ({ text, phrase: false, exclude });
const phrase = (text: string, exclude = false): SearchTerm => ({ text, phrase: true, exclude });

describe('parseSearchQuery', () => {
  const cases: [string, SearchTerm[]][] = [
    ['器官 贩运', [word('器官'), word('贩运')]],
    ['器官\u3000贩运', [word('器官'), word('贩运')]],
    ['"切除器官"', [phrase('切除器官')]],
    ['「切除器官」 受害人', [phrase('切除器官'), word('受害人')]],
    ['『切除器官』', [phrase('切除器官')]],
    ['“joint  investigation teams” organ', [phrase('joint investigation teams'), word('organ')]],
    ['„joint investigation“', [phrase('joint investigation')]],
    ['« traite des personnes »', [phrase('traite des personnes')]],
    ['«\u00a0traite\u00a0»', [phrase('traite')]],
    ['trafficking -organ', [word('trafficking'), word('organ', true)]],
    ['trafficking -"organ removal"', [word('trafficking'), phrase('organ removal', true)]],
    ['non-punishment', [word('non-punishment')]],
    ['victims - data', [word('victims'), word('data')]],
    ['"unclosed phrase', [phrase('unclosed phrase')]],
    ['"" "  " -', []],
    ['  ', []],
    ['50%_\\', [word('50%_\\')]],
  ];
  it.each(cases)('%j → %j', (q, terms) => {
    expect(parseSearchQuery(q)).toEqual({ ok: true, terms });
  });

  it('refuses what it cannot search for, saying why', () => {
    const refused = (q: string) => {
      const parsed = parseSearchQuery(q);
      expect(parsed.ok).toBe(false);
      return parsed.ok ? '' : parsed.message;
    };
    expect(refused('a '.repeat(SEARCH_LIMITS.maxTerms + 1))).toMatch(/at most 8 terms/);
    expect(parseSearchQuery('a '.repeat(SEARCH_LIMITS.maxTerms)).ok).toBe(true);
    expect(refused('x'.repeat(SEARCH_LIMITS.maxLength + 1))).toMatch(/at most 200 characters/);
    expect(refused('-organ -"removal"')).toMatch(/besides those excluded/);
    expect(refused('organ\u0000')).toMatch(/control characters/);
    // Tabs and line breaks are white space, not control characters to refuse.
    expect(parseSearchQuery('organ\tremoval\n')).toEqual({ ok: true, terms: [word('organ'), word('removal')] });
  });
});
