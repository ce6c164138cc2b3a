/**
 * seeds/reports/2011-wg4-background-future-work.zh.txt — the secretariat's background paper "拟议的未来工作领域"
 * (CTOC/COP/WG.4/2011/6), prepared for the 4th meeting. It records no recommendations of its own.
 */
import { codes, readReport, SAMPLE_STATES, THEMES } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const plan = parseReport(readReport('2011-wg4-background-future-work.zh.txt'), { states: SAMPLE_STATES, themes: THEMES, fileName: 'bg.zh.txt' });

describe('2011 background paper', () => {
  it('is a Chinese background paper, not a meeting report: no session of its own', () => {
    expect(plan.source).toEqual(expect.objectContaining({ fileName: 'bg.zh.txt', language: 'zh', kind: 'background_paper' }));
    expect(plan.session).toBeNull();
  });

  it('dates the 1st–3rd meetings (para 3) and the 4th, which it was prepared for (heading)', () => {
    expect(plan.knownSessions).toEqual([
      { number: 1, startDate: '2009-04-14', endDate: '2009-04-15', venue: '维也纳' },
      { number: 2, startDate: '2010-01-27', endDate: '2010-01-29', venue: '维也纳' },
      { number: 3, startDate: '2010-10-19', endDate: '2010-10-19', venue: '维也纳' },
      // "2011年10月10日至12日，维也纳" in the heading; "工作组第四届会议" in para 4
      { number: 4, startDate: '2011-10-10', endDate: '2011-10-12', venue: '维也纳' },
    ]);
  });

  it('yields no sections: its bullet lists are topics, not recommendations', () => {
    expect(plan.sections).toEqual([]);
    expect(plan.attendance).toEqual([]);
    expect(plan.documents).toEqual([]);
  });

  it('warns only about the stray English word in a topic', () => {
    expect(plan.warnings).toEqual([expect.objectContaining({ code: 'STRAY_ENGLISH_WORD', line: 46 })]);
    expect(codes(plan, 'NO_RECOMMENDATIONS_CHAPTER')).toEqual([]);
  });
});
