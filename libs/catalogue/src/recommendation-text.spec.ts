import { openingWords, recommendationTextIn } from './recommendation-text.js';

describe('recommendationTextIn', () => {
  const cases: [Record<string, string> | null, string | undefined, string | null, string | null][] = [
    [{ en: 'E', fr: 'F' }, 'fr', 'F', 'fr'],
    [{ en: 'E', fr: 'F' }, 'es', 'E', 'en'],
    [{ en: 'E', fr: 'F' }, undefined, 'E', 'en'],
    [{ zh: '中' }, 'fr', '中', 'zh'],
    [{ zh: '中', ru: 'Р' }, undefined, 'Р', 'ru'],
    [{ en: '  ', zh: '中' }, 'en', '中', 'zh'],
    [{}, 'en', null, null],
    [null, 'en', null, null],
  ];
  it.each(cases)('%j asked %s → %s (%s)', (text, lang, expected, language) => {
    expect(recommendationTextIn(text, lang)).toEqual({ text: expected, textLanguage: language });
  });
});

describe('openingWords', () => {
  it('keeps a short text and cuts a long one at a word', () => {
    expect(openingWords(' States  should ')).toBe('States should');
    const long = openingWords('word '.repeat(60), 40)!;
    expect(long.endsWith('…')).toBe(true);
    expect(long.length).toBeLessThanOrEqual(41);
    expect(openingWords(null)).toBeNull();
  });
});
