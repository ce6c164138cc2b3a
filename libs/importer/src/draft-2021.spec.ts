/**
 * seeds/reports/2021-wg4-11th-meeting-draft-report.zh.txt — the DRAFT report of the 12–13 October 2021 meeting (11th):
 * sections without recommendation texts, bracketed placeholders.
 */
import { allRecommendations, codes, countBy, readReport, SAMPLE_STATES, THEMES } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const plan = parseReport(readReport('2021-wg4-11th-meeting-draft-report.zh.txt'), { states: SAMPLE_STATES, themes: THEMES });

describe('2021 draft report (11th meeting)', () => {
  it('is a draft of the 11th meeting, 12–13 October 2021 in Vienna, hybrid', () => {
    expect(plan.source.kind).toBe('meeting_report');
    expect(plan.session).toEqual({
      number: 11, // "在本次第十一次会议之前举行了十次会议"
      startDate: '2021-10-12',
      endDate: '2021-10-13',
      venue: '维也纳',
      chair: 'Manizha Bakhtari（阿富汗）',
      format: 'hybrid', // para 19: 以“混合”形式举行
      status: 'draft',
      reportSymbol: null,
      title: '报告草稿',
    });
    // The first meeting is dated; "举行了十次会议" before the 11th makes 2–10 known too, undated (meeting 10 is in no
    // other document of the record).
    expect(plan.knownSessions[0]).toEqual({ number: 1, startDate: '2009-04-14', endDate: '2009-04-15', venue: null });
    expect(plan.knownSessions.map((k) => k.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(plan.knownSessions.slice(1).every((k) => k.startDate === null && k.endDate === null && k.venue === null)).toBe(true);
  });

  it('keeps the three sections, invents no recommendation, and warns EMPTY_SECTION for each', () => {
    expect(plan.sections.map((s) => [s.key, s.recommendations.length, s.sections.length])).toEqual([
      ['A', 0, 0],
      ['B', 0, 0],
      ['C', 0, 0],
    ]);
    expect(plan.sections[1].heading).toBe('解决技术用于便利贩运人口问题以及利用技术预防和调查贩运人口活动的成功战略方面的建议');
    expect(allRecommendations(plan)).toEqual([]);
    expect(codes(plan, 'EMPTY_SECTION').map((w) => w.line)).toEqual([49, 57, 64]);
  });

  it('warns about each bracketed placeholder with its line', () => {
    expect(codes(plan, 'PLACEHOLDER').map((w) => [w.line, w.message])).toEqual([
      [102, 'placeholder [12 和 13 日] still in the text'],
      [102, 'placeholder [二和第三] still in the text'],
      [112, 'placeholder [13 日] still in the text'],
      [112, 'placeholder [四] still in the text'],
      [153, 'placeholder [……] still in the text'],
    ]);
  });

  it('lists the 121 participants; Pakistan, listed twice, is warned about', () => {
    expect(plan.attendance).toHaveLength(121);
    expect(countBy(plan.attendance, (a) => a.category)).toEqual({
      party: 93, // para 21 lists 94 names, the European Union among them
      reio: 1,
      observer_state: 6, // para 22 (5) and the Holy See (para 23)
      other_entity: 1, // para 24
      igo: 14, // para 25: 20 IGOs and United Nations entities
      un_entity: 6,
    });
    const names = plan.attendance.map((a) => a.name);
    expect(names).toContain('特立尼达和多巴哥'); // broken across lines "特立尼达和多" / "巴哥"
    expect(names).toContain('中亚区域打击麻醉药品、精神药物及其前体非法贩运信息和协调中心');
    expect(plan.attendance.find((a) => a.name === '摩尔多瓦')).toEqual({ name: '摩尔多瓦', category: 'observer_state', stateCode: 'MD' });
    expect(plan.attendance.find((a) => a.name === '教廷')).toEqual({ name: '教廷', category: 'observer_state', stateCode: 'VA' });
    expect(plan.attendance.filter((a) => a.category === 'un_entity').map((a) => a.name)).toEqual([
      '联合国附属欧洲预防和控制犯罪研究所',
      '负责暴力侵害儿童问题秘书长特别代表办公室',
      '联合国开发计划署',
      '联合国难民事务高级专员',
      '联合国大学',
      '世界卫生组织',
    ]);
    expect(codes(plan, 'DUPLICATE_ATTENDANCE')).toEqual([expect.objectContaining({ line: 228, message: expect.stringContaining('巴基斯坦') })]);
    expect(plan.attendance.filter((a) => a.stateCode)).toHaveLength(16);
    expect(codes(plan, 'UNMATCHED_STATE')).toHaveLength(84);
  });

  it('reads the 4 documents of para 27, ignoring the bare URLs at the end', () => {
    expect(plan.documents.map((d) => d.symbol)).toEqual(['CTOC/COP/WG.4/2021/1', 'CTOC/COP/WG.4/2021/2', 'CTOC/COP/WG.4/2021/3', 'CTOC/COP/WG.4/2021/5']);
    expect(plan.documents[2].title).toBe('秘书处编写的背景文件，题为“在国家、区域和国际层面加强采购政策的措施”');
  });

  it('warns about nothing else', () => {
    expect(new Set(plan.warnings.map((w) => w.code))).toEqual(new Set(['EMPTY_SECTION', 'PLACEHOLDER', 'UNMATCHED_STATE', 'DUPLICATE_ATTENDANCE']));
  });
});
