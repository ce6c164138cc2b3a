import { findDateRanges } from './dates.js';

const pairs = (text: string, language: 'zh' | 'en') => findDateRanges(text, language).map((d) => [d.start, d.end]);

describe('findDateRanges', () => {
  it('reads Chinese dates, ranges and "和" pairs', () => {
    expect(pairs('2011年10月10日至12日，维也纳', 'zh')).toEqual([['2011-10-10', '2011-10-12']]);
    expect(pairs('分别于 2009 年 4 月 14 日和 15 日、2010 年 1 月 27 日至 29 日和 2010 年 10 月 19 日举行', 'zh')).toEqual([
      ['2009-04-14', '2009-04-15'],
      ['2010-01-27', '2010-01-29'],
      ['2010-10-19', '2010-10-19'],
    ]);
    expect(pairs('2010 年 10 月19 日以及 2011 年 10 月 10 日至 12 日', 'zh')).toEqual([
      ['2010-10-19', '2010-10-19'],
      ['2011-10-10', '2011-10-12'],
    ]);
    expect(pairs('2009 年 4 月 30 日至 5 月 1 日', 'zh')).toEqual([['2009-04-30', '2009-05-01']]);
  });
  it('reads English dates and ranges', () => {
    expect(pairs('Vienna, 27-29 January 2010', 'en')).toEqual([['2010-01-27', '2010-01-29']]);
    expect(pairs('on 14 and 15 April 2009, from 10 to 12 October 2011 and on 19 October 2010', 'en')).toEqual([
      ['2009-04-14', '2009-04-15'],
      ['2011-10-10', '2011-10-12'],
      ['2010-10-19', '2010-10-19'],
    ]);
    expect(pairs('30 September to 2 October 2011', 'en')).toEqual([['2011-09-30', '2011-10-02']]);
  });
  it('ignores impossible dates', () => {
    expect(pairs('2011 年 2 月 30 日', 'zh')).toEqual([]);
  });
});
