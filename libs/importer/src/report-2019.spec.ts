/**
 * seeds/reports/2019-wg4-9th-meeting-report.zh.txt — the report of the 9–11 September 2019 meeting (9th meeting):
 * "建议 N" numbering (with #, ####, **…** variants), three sections each put to the COP.
 */
import { allRecommendations, codes, countBy, numbersOf, readReport, rec, SAMPLE_STATES, section, sectionKeyOf, THEMES, topLevel } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const plan = parseReport(readReport('2019-wg4-9th-meeting-report.zh.txt'), { states: SAMPLE_STATES, themes: THEMES });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => String(from + i));

describe('2019 report (9th meeting)', () => {
  it('is the final report of the 9th meeting, 9–11 September 2019 in Vienna', () => {
    expect(plan.session).toEqual({
      number: 9,
      startDate: '2019-09-09',
      endDate: '2019-09-11',
      venue: '维也纳',
      chair: 'Nazhat Shameem Khan（斐济）',
      format: null,
      status: 'final',
      reportSymbol: null,
      title: '2019年9月9日至11日在维也纳举行的贩运人口问题工作组会议的报告',
    });
  });

  it('dates the eight earlier meetings listed in para 1', () => {
    expect(plan.knownSessions.map((k) => [k.number, k.startDate, k.endDate])).toEqual([
      [1, '2009-04-14', '2009-04-15'],
      [2, '2010-01-27', '2010-01-29'],
      [3, '2010-10-19', '2010-10-19'],
      [4, '2011-10-10', '2011-10-12'],
      [5, '2013-11-06', '2013-11-08'],
      [6, '2015-11-16', '2015-11-18'],
      [7, '2017-09-06', '2017-09-08'],
      [8, '2018-07-02', '2018-07-03'],
    ]);
    expect(plan.knownSessions.every((k) => k.venue === null)).toBe(true);
  });

  it('numbers recommendations as cited ("建议 17" → "17"): A 1–18, B 19–26, C 27–39', () => {
    expect(plan.sections.map((s) => [s.key, s.heading])).toEqual([
      ['A', '一般性建议'],
      ['B', '关于涉及贩运人口的预防犯罪措施的建议'],
      ['C', '关于外交和领事官员或外交和领事使团中的联络官及其在处理贩运人口问题中的作用的建议'],
    ]);
    expect(numbersOf(section(plan, 'A').recommendations)).toEqual(range(1, 18));
    expect(numbersOf(section(plan, 'B').recommendations)).toEqual(range(19, 26));
    expect(numbersOf(section(plan, 'C').recommendations)).toEqual(range(27, 39));
    expect(topLevel(plan)).toHaveLength(39);
    expect(sectionKeyOf(plan, '19')).toBe('B');
    expect(sectionKeyOf(plan, '31')).toBe('C'); // plain "建议 31" after "**建议 30**"
    // the introducing paragraphs 3–6 are not recommendations
    expect(numbersOf(allRecommendations(plan))).not.toContain('40');
    expect(rec(plan, '1').text).toBe('缔约国应寻求与受害者援助服务提供方有效合作,并考虑制定更有力的证人保护措施,以作为打击贩运人口多学科战略的一部分。');
    expect(rec(plan, '39').text).toBe('可鼓励缔约国考虑根据其义务酌情开展领事通知工作，以保护外国国民享有正当程序的权利。');
  });

  it('splits the inline items of 建议 17 into 17(a)–(h)', () => {
    const r17 = rec(plan, '17');
    expect(r17.text).toBe('工作组应在今后的会议上将下列议题作为优先事项处理：');
    expect(numbersOf(r17.children)).toEqual(['17(a)', '17(b)', '17(c)', '17(d)', '17(e)', '17(f)', '17(g)', '17(h)']);
    expect(rec(plan, '17(a)').text).toBe('在刑事司法系统中支持受害者和（或）证人的有效战略；');
    // (e) is broken across two lines mid-word ("为贩运" / "人口")
    expect(rec(plan, '17(e)').text).toBe('应对利用技术为贩运人口提供便利问题以及预防和调查贩运人口活动的成功战略；');
    expect(rec(plan, '17(g)').text).toBe('在国家、区域和国际层面加强采购政策的措施；');
    // the "和" that joins (g) to (h) is dropped from (g): said, not silent
    expect(rec(plan, '17(g)').editorialNotes).toEqual([{ kind: 'conjunction_dropped', language: 'zh', from: '采购政策的措施；和', to: '采购政策的措施；' }]);
    expect(rec(plan, '17(h)').text).toBe('在应对贩运人口问题时纳入私营部门、民间社会和受害者的意见。');
    expect(rec(plan, '17(f)').line).toBe(98);
    expect(allRecommendations(plan)).toHaveLength(47);
  });

  it('puts every section to the COP: adoption for_cop_consideration', () => {
    expect(new Set(allRecommendations(plan).map((r) => r.adoption))).toEqual(new Set(['for_cop_consideration']));
  });

  it('classifies addressee and modality', () => {
    const pick = (n: string) => [rec(plan, n).addressee, rec(plan, n).modality, rec(plan, n).requiresStateReport];
    expect(pick('1')).toEqual([['states_parties'], 'should', true]); // 缔约国应
    expect(pick('2')).toEqual([['states_parties'], 'should_consider', true]); // 缔约国应考虑
    expect(pick('10')).toEqual([['states_parties'], 'encouraged', true]); // 鼓励缔约国
    expect(pick('17')).toEqual([['working_group'], 'should', false]); // 工作组应
    expect(pick('17(c)')).toEqual([['working_group'], 'should', false]);
    expect(pick('23')).toEqual([['states_parties', 'international_organizations'], 'should', true]); // 缔约国和国际组织应
    expect(pick('27')).toEqual([['states_parties'], 'should_consider', true]); // 缔约国应酌情考虑
    expect(pick('31')).toEqual([['states_parties'], 'should', true]); // 缔约国在编写…时，应尽可能
    expect(pick('39')).toEqual([['states_parties'], 'encouraged', true]); // 可鼓励缔约国
    // "将下列议题作为优先事项处理：(a)…(h)": a list of topics, a container whose items are the recommendations
    expect(rec(plan, '17').isContainer).toBe(true);
    expect(rec(plan, '17').children.map((c) => [c.isContainer, c.requiresStateReport, c.addressee.join()])).toEqual(Array(8).fill([false, false, 'working_group']));
    expect(topLevel(plan).filter((r) => !r.requiresStateReport).map((r) => r.number)).toEqual(['17']);
  });

  it('suggests themes', () => {
    expect(rec(plan, '19').themes).toEqual(expect.arrayContaining(['supply_chains', 'forced_labour', 'prevention_awareness']));
    expect(rec(plan, '17').themes).toContain('working_group_methods');
  });

  it('lists the 99 participants (the EU among the parties is a reio)', () => {
    expect(plan.attendance).toHaveLength(99);
    expect(countBy(plan.attendance, (a) => a.category)).toEqual({
      party: 85, // para 63 lists 86 names, the European Union among them
      reio: 1,
      observer_state: 6, // para 64, the Holy See (罗马教廷) among them
      other_entity: 1, // para 65
      igo: 5, // para 66 lists 6; OHCHR among them is a UN entity (one category in every session, issue 19)
      un_entity: 1,
    });
    expect(plan.attendance.find((a) => a.name === '欧洲联盟')).toEqual({ name: '欧洲联盟', category: 'reio', stateCode: 'EU' });
    expect(plan.attendance.find((a) => a.name === '罗马教廷')).toEqual({ name: '罗马教廷', category: 'observer_state', stateCode: 'VA' });
    // para 63 lists the State of Palestine among the parties to the Protocol
    expect(plan.attendance.find((a) => a.name === '巴勒斯坦国')).toEqual({ name: '巴勒斯坦国', category: 'party', stateCode: 'PS' });
    expect(plan.attendance.find((a) => a.name === '美国')?.stateCode).toBe('US');
    expect(plan.attendance.find((a) => a.name === '捷克')?.stateCode).toBe('CZ');
    expect(plan.attendance.filter((a) => a.stateCode)).toHaveLength(14);
    expect(codes(plan, 'UNMATCHED_STATE')).toHaveLength(78);
    // the speakers' lists (paras 59, 61) are not attendance
    expect(plan.attendance.filter((a) => a.name === '阿尔及利亚')).toHaveLength(1);
  });

  it('reads the 6 documents of para 68 (item (a) holds two symbols), links removed', () => {
    expect(plan.documents.map((d) => d.symbol)).toEqual([
      'CTOC/COP/WG.4/2019/1',
      'CTOC/COP/WG.4/2019/1/Corr.1',
      'CTOC/COP/WG.4/2019/2',
      'CTOC/COP/WG.4/2019/3',
      'CTOC/COP/WG.4/2019/4',
      'CTOC/COP/WG.4/2019/5',
    ]);
    expect(plan.documents[0]).toEqual({ symbol: 'CTOC/COP/WG.4/2019/1', agendaItem: null, title: '临时议程说明' });
    expect(plan.documents[5].title).toBe('载有工作组前八次会议通过的建议汇编的背景文件');
  });

  it('has nothing else to warn about', () => {
    expect(new Set(plan.warnings.map((w) => w.code))).toEqual(new Set(['UNMATCHED_STATE']));
  });
});
