import { meetingsHeldBefore } from './earlier-meetings.js';
import { parseReport } from './parse-report.js';

describe('meetingsHeldBefore: a count of earlier meetings', () => {
  it('reads the 2021 draft\'s sentence, in Chinese', () => {
    expect(meetingsHeldBefore('贩运人口问题工作组于 2009 年 4 月 14 日至 15 日举行了第一次会议，在本次第十一次会议之前举行了十次会议。', 'zh')).toEqual({ count: 10, before: 11 });
    expect(meetingsHeldBefore('工作组在本届会议之前已举行了8次会议。', 'zh')).toEqual({ count: 8, before: null });
  });

  it('reads it in English, in either order', () => {
    expect(meetingsHeldBefore('Before its eleventh meeting, the Working Group had held ten meetings.', 'en')).toEqual({ count: 10, before: 11 });
    expect(meetingsHeldBefore('The Working Group had held 10 meetings prior to its 11th meeting.', 'en')).toEqual({ count: 10, before: 11 });
  });

  it('does not take the sittings of one meeting for meetings of the Working Group', () => {
    expect(meetingsHeldBefore('贩运人口问题工作组于 2011 年 10 月 10 日至 12 日在维也纳开会，共举行了六次会议。', 'zh')).toBeNull();
    expect(meetingsHeldBefore('The Working Group met in Vienna from 10 to 12 October 2011 and held six meetings.', 'en')).toBeNull();
    expect(meetingsHeldBefore('在本次第十一次会议之前举行了十次会议。', 'fr')).toBeNull();
  });
});

describe('parseReport: meetings a report only counts', () => {
  const report = (sentence: string) =>
    [
      '贩运人口问题工作组 2021 年 10 月 12 日至 13 日在维也纳举行的会议的报告',
      '一. 导言',
      `1. 贩运人口问题工作组于 2009 年 4 月 14 日至 15 日举行了第一次会议，${sentence}`,
      '二. 建议',
      '2. 缔约国应当加强合作。',
    ].join('\n');

  it('knows each counted meeting, undated, besides the dated ones', () => {
    const plan = parseReport(report('在本次第十一次会议之前举行了十次会议。'), { states: [], themes: [] });
    expect(plan.session?.number).toBe(11);
    expect(plan.knownSessions.map((k) => [k.number, k.startDate])).toEqual([
      [1, '2009-04-14'],
      ...[2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => [n, null]),
    ]);
  });

  it('ignores a count that contradicts the meeting\'s own number', () => {
    const plan = parseReport(report('在本次第十一次会议之前举行了九次会议。'), { states: [], themes: [] });
    expect(plan.knownSessions.map((k) => k.number)).toEqual([1]);
  });
});
