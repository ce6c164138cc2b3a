/**
 * seeds/reports/2011-wg4-4th-meeting-report.zh.txt — the report of the 10–12 October 2011 meeting (4th meeting).
 * Every figure below was counted by reading the text, not taken from the parser.
 */
import { allRecommendations, codes, countBy, numbersOf, readReport, rec, SAMPLE_STATES, section, sectionKeyOf, THEMES, topLevel } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const plan = parseReport(readReport('2011-wg4-4th-meeting-report.zh.txt'), { states: SAMPLE_STATES, themes: THEMES, fileName: '2011-wg4-4th-meeting-report.zh.txt' });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_v, i) => String(from + i));

describe('2011 report (4th meeting)', () => {
  it('is a final Chinese meeting report of the 4th meeting, 10–12 October 2011 in Vienna', () => {
    expect(plan.source).toEqual(expect.objectContaining({ fileName: '2011-wg4-4th-meeting-report.zh.txt', language: 'zh', kind: 'meeting_report' }));
    expect(plan.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.session).toEqual({
      number: 4, // "贩运人口问题工作组第四届会议收到的文件清单" (annex)
      startDate: '2011-10-10',
      endDate: '2011-10-12',
      venue: '维也纳',
      chair: 'Dominika Krois（波兰）',
      format: null,
      status: 'final',
      // The Chinese text never prints its own symbol (CTOC/COP/WG.4/2011/8 is only known from the 2013 report).
      reportSymbol: null,
      title: '贩运人口问题工作组 2011年10月10日至12日在维也纳举行的会议的报告',
    });
    expect(plan.knownSessions).toEqual([]);
  });

  it('finds the themed sections of chapter II, "#### 1." headings told apart from paragraphs', () => {
    expect(plan.sections.map((s) => [s.key, s.heading])).toEqual([
      ['A', '工作组通过的建议'],
      ['B', '由工作组核可的建议'],
    ]);
    expect(section(plan, 'A').sections.map((s) => s.key)).toEqual(['A.1', 'A.2', 'A.3', 'A.4', 'A.5']);
    expect(section(plan, 'A.1').heading).toBe('为切除器官的目的贩运人口');
    // "### 3." (another markdown level) is still A.3; "5. 拟议未来工作领域" (no markdown) is a heading, not paragraph 5.
    expect(section(plan, 'A.3').heading).toBe('人口贩运受害者, 特别侧重于识别');
    expect(section(plan, 'A.5').heading).toBe('拟议未来工作领域');
    // "##### (a)", "##### (b)" and the bare "(c) 供应和需求" are sub-sections of A.4.
    expect(section(plan, 'A.4').sections.map((s) => [s.key, s.heading])).toEqual([
      ['A.4(a)', '国际合作'],
      ['A.4(b)', '提高认识'],
      ['A.4(c)', '供应和需求'],
    ]);
    expect(section(plan, 'A').recommendations).toEqual([]);
    expect(section(plan, 'A.4').recommendations).toEqual([]);
  });

  it('places paragraphs 6–51 in their sections (46 recommendations)', () => {
    expect(numbersOf(section(plan, 'A.1').recommendations)).toEqual(range(6, 13));
    expect(numbersOf(section(plan, 'A.2').recommendations)).toEqual(range(14, 22));
    expect(numbersOf(section(plan, 'A.3').recommendations)).toEqual(range(23, 29));
    expect(numbersOf(section(plan, 'A.4(a)').recommendations)).toEqual(range(30, 34));
    expect(numbersOf(section(plan, 'A.4(b)').recommendations)).toEqual(range(35, 41));
    expect(numbersOf(section(plan, 'A.4(c)').recommendations)).toEqual(range(42, 45));
    expect(numbersOf(section(plan, 'A.5').recommendations)).toEqual(range(46, 50));
    expect(numbersOf(section(plan, 'B').recommendations)).toEqual(['51']);
    const top = numbersOf(topLevel(plan));
    expect(top).toHaveLength(46);
    expect(top[0]).toBe('6');
    expect(top[top.length - 1]).toBe('51');
    // para 5 only introduces; 1–4 are the introduction, 52+ the organization of the meeting
    for (const absent of ['1', '4', '5', '52', '55', '56']) expect(top).not.toContain(absent);
    expect(sectionKeyOf(plan, '13')).toBe('A.1');
    expect(sectionKeyOf(plan, '30')).toBe('A.4(a)');
  });

  it('reads the sub-items: 50(a)–(k), 51(a)–(j), 51(i)(一)–(三), 51(j)(一)–(六)', () => {
    expect(rec(plan, '50').children.map((c) => c.label)).toEqual(['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)', '(h)', '(i)', '(j)', '(k)']);
    const p51 = rec(plan, '51');
    expect(numbersOf(p51.children)).toEqual(['51(a)', '51(b)', '51(c)', '51(d)', '51(e)', '51(f)', '51(g)', '51(h)', '51(i)', '51(j)']);
    expect(numbersOf(rec(plan, '51(i)').children)).toEqual(['51(i)(一)', '51(i)(二)', '51(i)(三)']);
    expect(rec(plan, '51(j)').children.map((c) => c.label)).toEqual(['(一)', '(二)', '(三)', '(四)', '(五)', '(六)']);
    expect(rec(plan, '51(i)(三)').text).toBe('设立专项基金或方案而使受害者据以要求国家就受害者因为犯罪行为而遭受的伤害或损害提供赔偿的规定；');
    expect(rec(plan, '51(i)(一)').line).toBe(179);
    // all items: 46 paragraphs + 11 + 10 + 3 + 6
    expect(allRecommendations(plan)).toHaveLength(76);
  });

  it('gives adoption per section: adopted under A, endorsed (the 2010 Chair’s proposals) under B', () => {
    expect(new Set(topLevel(plan).filter((r) => r.number !== '51').map((r) => r.adoption))).toEqual(new Set(['adopted']));
    const p51 = rec(plan, '51');
    expect(p51.adoption).toBe('endorsed');
    expect(new Set(p51.children.map((c) => c.adoption))).toEqual(new Set(['endorsed']));
    expect(rec(plan, '51(j)(六)').adoption).toBe('endorsed');
  });

  it('classifies addressee and modality from the first words', () => {
    const pick = (n: string) => [rec(plan, n).addressee, rec(plan, n).modality, rec(plan, n).requiresStateReport];
    expect(pick('6')).toEqual([['un_entities'], 'encouraged', false]); // 应当鼓励联合国各实体
    expect(pick('7')).toEqual([['states_parties'], 'should', true]); // 各缔约国应当鼓励…
    expect(pick('10')).toEqual([['states_parties'], 'should', true]); // 缔约国应当
    expect(pick('12')).toEqual([['unspecified'], 'encouraged', false]); // 应当鼓励利用公私伙伴关系: nobody named (issue 19)
    expect(pick('13')).toEqual([['unodc'], 'should', false]); // 毒品和犯罪问题办公室应当
    expect(pick('15')).toEqual([['unodc'], 'requested', false]); // 应请毒品和犯罪问题办公室
    expect(pick('16')).toEqual([['states_parties'], 'should', true]); // 缔约国应
    expect(pick('17')).toEqual([['states_parties'], 'may', true]); // 缔约国可
    expect(pick('22')).toEqual([['states_parties'], 'may', true]); // 缔约国可以考虑
    expect(pick('23')).toEqual([['states_parties'], 'should_consider', true]); // 缔约国应当考虑
    expect(pick('24')).toEqual([['states_parties'], 'encouraged', true]); // 鼓励缔约国
    expect(pick('35')).toEqual([['states_parties'], 'should_consider', true]); // 尚未…捐款的缔约国应当考虑
    expect(pick('46')).toEqual([['working_group'], 'should', false]); // 贩运人口问题工作组应当
    expect(pick('47')).toEqual([['cop'], 'should', false]); // 缔约方会议应当
    expect(pick('49')).toEqual([['cop'], 'should', false]);
    expect(pick('50')).toEqual([['working_group'], 'should', false]); // topics for future meetings
    expect(pick('50(c)')).toEqual([['working_group'], 'should', false]); // a topic inherits its paragraph's addressee
    expect(pick('51(a)')).toEqual([['unspecified'], 'should', false]); // 应当承认: nobody named (issue 19)
    expect(pick('51(c)')).toEqual([['states_parties'], 'should', true]); // 根据…，缔约国应当确保
    expect(pick('51(g)')).toEqual([['states_parties'], 'should_consider', true]);
    expect(pick('51(j)')).toEqual([['states'], 'should_consider', true]); // 各国应当考虑
    // 51(j)'s heads of compensation "可以包括" are options of one recommendation: no reporting items of their own
    expect(pick('51(j)(二)')).toEqual([['states'], 'should_consider', false]);
  });

  it('containers and options (ADR 0009): 50 (topics) and 51 (recommendations) are containers; 51(i), 51(j) one recommendation each', () => {
    const p51 = rec(plan, '51');
    expect(p51.isContainer).toBe(true);
    expect(p51.text).toBe('工作组经口头修订核可了 2010 年 10 月 19 日在维也纳举行的工作组会议主席所提出的以下建议：');
    expect(p51.addressee).toEqual(['states_parties', 'states']);
    expect(p51.requiresStateReport).toBe(true);
    // "应当审议以下议题：": a list of topics, each one a recommendation (to the Working Group: no State report)
    expect(rec(plan, '50').isContainer).toBe(true);
    expect(rec(plan, '50').children.every((c) => !c.isContainer && c.addressee.join() === 'working_group' && !c.requiresStateReport)).toBe(true);
    // "…以下备选做法中的一种：": one recommendation; a State reports once on 51(i), not on each option
    expect([rec(plan, '51(i)').isContainer, rec(plan, '51(i)').requiresStateReport]).toEqual([false, true]);
    expect(rec(plan, '51(i)').children.map((c) => c.requiresStateReport)).toEqual([false, false, false]);
    expect([rec(plan, '51(j)').isContainer, rec(plan, '51(j)').requiresStateReport]).toEqual([false, true]);
    expect(rec(plan, '51(j)').children.map((c) => c.requiresStateReport)).toEqual([false, false, false, false, false, false]);
    expect(allRecommendations(plan).filter((r) => r.isContainer).map((r) => r.number)).toEqual(['50', '51']);
    // what a reporting cycle can ask about: 51(a)–(j) but no option of 51(i) or 51(j)
    const reportable = allRecommendations(plan).filter((r) => r.requiresStateReport && !r.isContainer).map((r) => r.number);
    expect(reportable.filter((n) => n.startsWith('51'))).toEqual(['51(b)', '51(c)', '51(d)', '51(e)', '51(f)', '51(g)', '51(h)', '51(i)', '51(j)']);
  });

  it('records the stray English word of para 7 as an editorial note (issue 19), the warning kept for the preview', () => {
    expect(rec(plan, '7').editorialNotes).toEqual([{ kind: 'stray_word_replaced', language: 'zh', from: '好地理解 and 认识这一', to: '好地理解和认识这一' }]);
    expect(allRecommendations(plan).filter((r) => r.editorialNotes.length).map((r) => r.number)).toEqual(['7']);
  });

  it('cleans texts: lines joined without a space, the stray "and" read as 和', () => {
    expect(rec(plan, '15').text).toContain('迁移状况/行政情况、身心健康和包括武装冲突与自然灾害在内的人道主义紧急情况等)');
    expect(rec(plan, '7').text).toContain('推动更好地理解和认识这一现象');
    expect(rec(plan, '7').text).not.toMatch(/\band\b/);
    expect(rec(plan, '6').text).toBe('应当鼓励联合国各实体协调关于打击为切除器官的目的而贩运人口的工作。');
    expect(rec(plan, '6').line).toBe(35);
    expect(rec(plan, '50(k)').text).toBe('为切除器官的目的的贩运人口。');
    expect(allRecommendations(plan).every((r) => r.language === 'zh' && !/[*#]/.test(r.text))).toBe(true);
  });

  it('suggests themes from the section heading and the text', () => {
    expect(topLevel(plan).filter((r) => ['6', '7', '8', '9', '10', '11', '12', '13'].includes(r.number)).every((r) => r.themes.includes('organ_removal'))).toBe(true);
    expect(rec(plan, '14').themes).toContain('vulnerability');
    expect(rec(plan, '30').themes).toEqual(expect.arrayContaining(['international_cooperation', 'training_capacity']));
    expect(rec(plan, '51(b)').themes).toContain('compensation');
  });

  it('lists the 93 participants by category and warns about every unmatched State', () => {
    expect(plan.attendance).toHaveLength(93);
    expect(countBy(plan.attendance, (a) => a.category)).toEqual({
      party: 65, // para 56
      reio: 1, // para 57, European Union
      signatory: 4, // para 58
      observer_state: 11, // para 59 (10) and Palestine (para 60)
      un_entity: 3, // para 61
      igo: 8, // para 62
      other_entity: 1, // para 63, Sovereign Military Order of Malta
    });
    const names = plan.attendance.map((a) => a.name);
    expect(names).toContain('波斯尼亚和黑塞哥维那');
    expect(names).toContain('大不列颠及北爱尔兰联合王国');
    expect(names.slice(63, 65)).toEqual(['美利坚合众国', '委内瑞拉玻利瓦尔共和国']);
    expect(names).toEqual(expect.arrayContaining(['欧洲安全与合作组织', '东南欧执法中心', '联合国儿童基金', '国际劳工组织', '马耳他主权军事教团']));
    expect(plan.attendance.find((a) => a.name === '欧洲联盟')).toEqual({ name: '欧洲联盟', category: 'reio', stateCode: 'EU' });
    expect(plan.attendance.find((a) => a.name === '巴勒斯坦')).toEqual({ name: '巴勒斯坦', category: 'observer_state', stateCode: 'PS' });
    expect(plan.attendance.find((a) => a.name === '捷克共和国')).toEqual({ name: '捷克共和国', category: 'signatory', stateCode: 'CZ' });
    // 81 State-like names, 14 of them in the sample directory; the other 67 are warned, none dropped
    expect(plan.attendance.filter((a) => a.stateCode)).toHaveLength(14);
    const unmatched = codes(plan, 'UNMATCHED_STATE');
    expect(unmatched).toHaveLength(67);
    expect(unmatched[0]).toEqual(expect.objectContaining({ line: 218, message: expect.stringContaining('阿尔巴尼亚') }));
  });

  it('reads the 8 documents of the annex', () => {
    expect(plan.documents).toHaveLength(8);
    expect(plan.documents[0]).toEqual({ symbol: 'CTOC/COP/WG.4/2011/1', agendaItem: '1(b)', title: '临时议程和说明' });
    expect(plan.documents[6]).toEqual({ symbol: 'CTOC/COP/WG.4/2011/7', agendaItem: '4', title: '秘书处关于贩运人口问题工作组主席提出的建议的说明' });
    expect(plan.documents[7]).toEqual({ symbol: 'CTOC/COP/WG.4/2011/L.1 和 Add.1-5', agendaItem: '4', title: '报告草稿' });
  });

  it('warns only about the stray English word and the unmatched States', () => {
    expect(codes(plan, 'STRAY_ENGLISH_WORD')).toEqual([expect.objectContaining({ line: 37 })]);
    expect(new Set(plan.warnings.map((w) => w.code))).toEqual(new Set(['STRAY_ENGLISH_WORD', 'UNMATCHED_STATE', 'UNSPECIFIED_ADDRESSEE']));
    expect(codes(plan, 'UNSPECIFIED_ADDRESSEE').map((w) => w.message.split(' ')[0])).toEqual(['12', '51(a)']);
  });

  it('is deterministic', () => {
    const again = parseReport(readReport('2011-wg4-4th-meeting-report.zh.txt'), { states: SAMPLE_STATES, themes: THEMES, fileName: '2011-wg4-4th-meeting-report.zh.txt' });
    expect(again).toEqual(plan);
  });
});
