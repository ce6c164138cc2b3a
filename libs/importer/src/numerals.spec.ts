import { chineseNumeralToInt, englishOrdinalToInt, romanToInt } from './numerals.js';

describe('numerals', () => {
  it('reads Chinese numerals', () => {
    expect(['一', '四', '十', '十一', '二十', '二十三', '99', '三十十', 'a'].map(chineseNumeralToInt)).toEqual([1, 4, 10, 11, 20, 23, 99, null, null]);
  });
  it('reads Roman numerals, refusing malformed ones', () => {
    expect(['i', 'iv', 'ix', 'XII', 'iiii', 'b'].map(romanToInt)).toEqual([1, 4, 9, 12, null, null]);
  });
  it('reads English ordinals', () => {
    expect(['ninth', '11th', 'Second', 'umpteenth'].map(englishOrdinalToInt)).toEqual([9, 11, 2, null]);
  });
});
