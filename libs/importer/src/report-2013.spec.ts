/**
 * seeds/reports/2013-wg4-5th-meeting-report.zh.txt — the report of the 6–8 November 2013 meeting (5th meeting), PDF
 * extracted: lines broken mid-word, a footnote between paragraphs, headings broken over lines.
 */
import { allRecommendations, codes, countBy, numbersOf, readReport, rec, SAMPLE_STATES, section, THEMES, topLevel } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const plan = parseReport(readReport('2013-wg4-5th-meeting-report.zh.txt'), { states: SAMPLE_STATES, themes: THEMES });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => String(from + i));

describe('2013 report (5th meeting)', () => {
  it('is the final report of the 5th meeting, 6–8 November 2013 in Vienna', () => {
    expect(plan.source).toEqual(expect.objectContaining({ fileName: null, language: 'zh', kind: 'meeting_report' }));
    expect(plan.session).toEqual({
      number: 5, // no ordinal in the text: four earlier meetings are listed in para 1
      startDate: '2013-11-06',
      endDate: '2013-11-08',
      venue: '维也纳',
      chair: 'Blanka Jamnišek（斯洛文尼亚）',
      format: null,
      status: 'final',
      reportSymbol: null,
      title: '贩运人口问题工作组 2013 年 11 月 6 日至 8 日在维也纳举行会议的报告',
    });
  });

  it('dates the four earlier meetings (para 1, a date broken across lines)', () => {
    expect(plan.knownSessions).toEqual([
      { number: 1, startDate: '2009-04-14', endDate: '2009-04-15', venue: null },
      { number: 2, startDate: '2010-01-27', endDate: '2010-01-29', venue: null },
      { number: 3, startDate: '2010-10-19', endDate: '2010-10-19', venue: null },
      { number: 4, startDate: '2011-10-10', endDate: '2011-10-12', venue: null },
    ]);
  });

  it('finds sections A–E with paragraphs 5–48 (44 recommendations, no sub-items)', () => {
    expect(plan.sections.map((s) => s.key)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(numbersOf(section(plan, 'A').recommendations)).toEqual(range(5, 9));
    expect(numbersOf(section(plan, 'B').recommendations)).toEqual(range(10, 15));
    expect(numbersOf(section(plan, 'C').recommendations)).toEqual(range(16, 37));
    expect(numbersOf(section(plan, 'D').recommendations)).toEqual(range(38, 44));
    expect(numbersOf(section(plan, 'E').recommendations)).toEqual(range(45, 48));
    expect(topLevel(plan)).toHaveLength(44);
    expect(allRecommendations(plan)).toHaveLength(44);
    for (const absent of ['4', '49', '60']) expect(numbersOf(topLevel(plan))).not.toContain(absent);
    expect(new Set(topLevel(plan).map((r) => r.adoption))).toEqual(new Set(['adopted']));
  });

  it('joins headings broken over lines', () => {
    expect(section(plan, 'A').heading).toBe('一般性建议');
    expect(section(plan, 'B').heading).toBe('《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》关键概念的分析：侧重于“同意”概念');
    expect(section(plan, 'D').heading).toBe('《议定书》未具体提及但在国家、区域或国际背景下或做法中出现的剥削形式');
    expect(section(plan, 'E').heading).toBe('工作组此前届会所通过建议的贯彻落实');
  });

  it('joins broken lines without a space and keeps the footnote out of the paragraphs', () => {
    expect(rec(plan, '5').text).toBe(
      '缔约各国应当承认民间社会按照国内法在为预防和打击人口贩运以及特别是为保护和援助人口贩运行为受害人制订和开展活动方面作为重要伙伴的作用。',
    );
    expect(rec(plan, '6').text).toBe(
      '毒品和犯罪问题办公室应当与会员国、机构间打击人口贩运协调小组和贩运人口特别是妇女和儿童问题特别报告员合作，继续就《贩运人口议定书》的关键概念开展工作。',
    );
    for (const r of allRecommendations(plan)) expect(r.text).not.toMatch(/_{3,}|第 46-51 段|\s{2,}/);
    expect(rec(plan, '17').text).toContain('多学科综合做法来减少通过剥削贩运行为受害人而提供的一切类型服务和产品的需求');
    expect(rec(plan, '45').text).toBe('贩运人口问题工作组请秘书处编拟并保存工作组所通过的所有建议的合并记录。');
    expect(rec(plan, '6').line).toBe(49);
  });

  it('classifies addressee and modality', () => {
    const pick = (n: string) => [rec(plan, n).addressee, rec(plan, n).modality, rec(plan, n).requiresStateReport];
    expect(pick('5')).toEqual([['states_parties'], 'should', true]); // 缔约各国应当
    expect(pick('6')).toEqual([['unodc'], 'should', false]);
    expect(pick('8')).toEqual([['states_parties'], 'may', true]); // 缔约各国可考虑
    expect(pick('9')).toEqual([['states'], 'may', true]); // 各国可考虑
    expect(pick('10')).toEqual([['states_parties'], 'should_consider', true]);
    expect(pick('12')).toEqual([['states_parties'], 'encouraged', true]); // 鼓励缔约各国
    expect(pick('18')).toEqual([['states_parties'], 'encouraged', true]); // 鼓励缔约各国应当…
    expect(pick('28')).toEqual([['states'], 'encouraged', true]); // 鼓励各国考虑
    expect(pick('37')).toEqual([['states_parties', 'unodc'], 'should', true]); // 忆及…，缔约各国和毒品和犯罪问题办公室应当
    expect(pick('44')).toEqual([['unodc'], 'should', false]);
    expect(pick('45')).toEqual([['unodc'], 'requested', false]); // 工作组请秘书处 (the consolidated record)
    expect(pick('46')).toEqual([['states_parties'], 'should', true]); // 工作组建议，缔约各国继续…
    expect(pick('47')).toEqual([['cop'], 'should_consider', false]); // 工作组建议缔约方会议考虑
    expect(pick('48')).toEqual([['cop'], 'should_consider', false]); // …缔约方会议第七届会议应考虑
    expect(codes(plan, 'UNKNOWN_ADDRESSEE')).toEqual([]);
    expect(topLevel(plan).filter((r) => r.requiresStateReport)).toHaveLength(38); // all 44 but 6, 7, 44, 45 (UNODC) and 47, 48 (COP)
  });

  it('lists the 94 participants; the ACP Group stays one name', () => {
    expect(plan.attendance).toHaveLength(94);
    expect(countBy(plan.attendance, (a) => a.category)).toEqual({
      party: 70, // para 60, names broken across lines ("阿尔及\n利亚")
      reio: 1,
      signatory: 4,
      observer_state: 7, // para 63 (6) and the State of Palestine (para 64)
      un_entity: 3,
      igo: 8,
      other_entity: 1,
    });
    const names = plan.attendance.map((a) => a.name);
    expect(names.slice(0, 3)).toEqual(['阿尔及利亚', '亚美尼亚', '阿根廷']);
    expect(names).toContain('多民族玻利维亚国');
    expect(names).toContain('非洲、加勒比和太平洋国家集团');
    expect(names).not.toContain('非洲');
    expect(plan.attendance.find((a) => a.name === '巴勒斯坦国')).toEqual({ name: '巴勒斯坦国', category: 'observer_state', stateCode: 'PS' });
    expect(plan.attendance.filter((a) => a.stateCode)).toHaveLength(13);
    expect(codes(plan, 'UNMATCHED_STATE')).toHaveLength(69);
    expect(codes(plan, 'UNMATCHED_STATE').find((w) => w.message.includes('"阿尔及利亚"'))).toBeUndefined();
    expect(codes(plan, 'UNMATCHED_STATE').find((w) => w.message.includes('"摩洛哥"'))).toEqual(expect.objectContaining({ line: 419 }));
  });

  it('reads the 10 documents of the annex, titles joined across lines', () => {
    expect(plan.documents).toHaveLength(10);
    expect(plan.documents[1]).toEqual({ symbol: 'CTOC/COP/WG.4/2013/2', agendaItem: '2', title: '秘书处编写的背景文件：《议定书》关键概念的分析：侧重于“同意”概念' });
    expect(plan.documents[4]).toEqual({ symbol: 'CTOC/COP/WG.4/2013/L.1', agendaItem: null, title: '报告草稿' });
    expect(plan.documents[9].symbol).toBe('CTOC/COP/WG.4/2011/8');
  });

  it('has nothing else to warn about', () => {
    expect(new Set(plan.warnings.map((w) => w.code))).toEqual(new Set(['UNMATCHED_STATE']));
  });
});
