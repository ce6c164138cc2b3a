/** Hand-made fragments (libs/importer/fixtures), one per quirk of the real texts, and an English original. */
import { allRecommendations, codes, numbersOf, readFixture, rec, SAMPLE_STATES, section, sectionKeyOf, THEMES, topLevel } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const parse = (name: string) => parseReport(readFixture(name), { states: SAMPLE_STATES, themes: THEMES, fileName: name });

describe('fixture: lines broken mid-word (PDF extraction)', () => {
  const plan = parse('line-breaks.zh.txt');
  it('joins Chinese without a space, Latin words with one, "COVID-" + "19" without', () => {
    expect(rec(plan, '6').text).toBe('缔约各国应当加强执法、检察和司法从业人员之间的协调，以便及早识别贩运人口受害者并向其提供保护和援助。');
    expect(rec(plan, '7').text).toBe('各国可考虑邀请 Maria Fernanda Lopez 等专家介绍良好做法，并利用 COVID-19 期间积累的远程培训经验。');
    expect(rec(plan, '7').line).toBe(12);
    expect(numbersOf(topLevel(plan))).toEqual(['6', '7']);
    expect(plan.warnings).toEqual([]);
  });
});

describe('fixture: page footer inside a paragraph', () => {
  const plan = parse('footer-in-paragraph.zh.txt');
  it('drops V.13-88888, *1388888*, the page number and the repeated symbol', () => {
    expect(rec(plan, '5').text).toBe('毒品和犯罪问题办公室应当继续协助缔约各国收集关于贩运人口趋势和流向的数据。');
    expect(rec(plan, '6').text).toBe('缔约各国应当定期公布数据。');
    expect(allRecommendations(plan).map((r) => r.text).join('')).not.toMatch(/V\.13|1388888|CTOC/);
  });
});

describe('fixture: footnotes inside a paragraph', () => {
  const plan = parse('footnote-in-paragraph.zh.txt');
  it('removes the footnote block, its in-text number and superscript references', () => {
    expect(rec(plan, '5').text).toBe('缔约各国应当继续实施工作组此前届会通过的建议，并向秘书处通报执行情况。');
    expect(rec(plan, '6').text).toBe('缔约各国可考虑参照《全球行动计划》加强国家协调机制。');
    expect(rec(plan, '7').text).toBe('鼓励缔约各国交流良好做法。');
    expect(plan.warnings).toEqual([]);
  });
});

describe('fixture: markdown remnants, link, bare URL, stray English word', () => {
  const plan = parse('markdown.zh.txt');
  it('strips headings, bold markers (also around a paragraph number), links and URLs', () => {
    expect(section(plan, 'A').heading).toBe('受害者的援助和保护');
    expect(section(plan, 'A.1').heading).toBe('庇护所');
    expect(numbersOf(section(plan, 'A.1').recommendations)).toEqual(['5', '6']); // "**4.**" only introduces
    expect(rec(plan, '5').text).toBe('缔约国应当为受害者提供庇护所和法律援助，参见所载资料。');
  });
  it('reads a stray "and" between Chinese words as 和, with a warning', () => {
    expect(rec(plan, '6').text).toBe('缔约国应当更好地理解和认识受害者的需要。');
    expect(plan.warnings).toEqual([{ code: 'STRAY_ENGLISH_WORD', message: expect.stringContaining('"and"'), line: 13 }]);
  });
});

describe('fixture: headings numbered like paragraphs', () => {
  const plan = parse('numbered-headings.zh.txt');
  it('tells "#### 1. …" and a bare "2. 拟议未来工作领域" (breaking the numbering) from paragraphs', () => {
    expect(section(plan, 'A').sections.map((s) => [s.key, s.heading])).toEqual([
      ['A.1', '为切除器官的目的贩运人口'],
      ['A.2', '拟议未来工作领域'],
      ['A.3', '开展国际合作打击贩运人口活动'],
    ]);
    expect(numbersOf(topLevel(plan))).toEqual(['6', '7', '8', '9', '10', '11']);
    expect(sectionKeyOf(plan, '8')).toBe('A.2');
  });
  it('tells lettered sub-sections ("##### (a)", a bare "(b) 提高认识") from lettered items', () => {
    expect(numbersOf(rec(plan, '8').children)).toEqual(['8(a)', '8(b)']);
    expect(sectionKeyOf(plan, '9')).toBe('A.3(a)');
    expect(sectionKeyOf(plan, '10')).toBe('A.3(b)');
  });
  it('reads the endorsed container with roman sub-items', () => {
    const r11 = rec(plan, '11');
    expect(r11).toEqual(expect.objectContaining({ adoption: 'endorsed', isContainer: true, requiresStateReport: true }));
    expect(r11.addressee).toEqual(['states_parties', 'unodc']);
    expect(numbersOf(r11.children)).toEqual(['11(a)', '11(b)', '11(c)']);
    expect(numbersOf(rec(plan, '11(b)').children)).toEqual(['11(b)(一)', '11(b)(二)']);
    expect(rec(plan, '11(b)(二)')).toEqual(expect.objectContaining({ label: '(二)', addressee: ['states_parties'], modality: 'should' }));
    expect(rec(plan, '11(c)')).toEqual(expect.objectContaining({ addressee: ['unodc'], modality: 'requested', requiresStateReport: false }));
    expect(rec(plan, '6')).toEqual(expect.objectContaining({ addressee: ['un_entities'], modality: 'encouraged', adoption: 'adopted' }));
  });
});

describe('fixture: "建议 N" numbering', () => {
  const plan = parse('jianyi-numbering.zh.txt');
  it('reads ##### / plain / #### / ## variants and warns about the gap 3 → 5', () => {
    expect(numbersOf(section(plan, 'A').recommendations)).toEqual(['1', '2']);
    expect(numbersOf(section(plan, 'B').recommendations)).toEqual(['3', '5']);
    expect(rec(plan, '1').text).toBe('缔约国应考虑制定用以规划和实施国家协调或转介机制的工具包。');
    expect(codes(plan, 'NUMBERING_GAP')).toEqual([expect.objectContaining({ line: 33 })]);
  });
  it('splits inline bold-lettered items and drops the joining 和', () => {
    expect(rec(plan, '2').children.map((c) => [c.number, c.text])).toEqual([
      ['2(a)', '支持受害者的有效战略；'],
      ['2(b)', '采购政策；'],
      ['2(c)', '私营部门的意见。'],
    ]);
  });
  it('sets adoption from the introducing paragraphs', () => {
    expect(new Set(allRecommendations(plan).map((r) => r.adoption))).toEqual(new Set(['for_cop_consideration']));
    expect(rec(plan, '3').addressee).toEqual(['states_parties', 'international_organizations']);
    expect(rec(plan, '5').modality).toBe('encouraged');
  });
  it('numbers the session from the earlier meetings it lists and its own words', () => {
    expect(plan.session).toEqual(expect.objectContaining({ number: 3, startDate: '2019-09-09', endDate: '2019-09-11', title: '2019年9月9日至11日在维也纳举行的贩运人口问题工作组会议的报告' }));
    expect(plan.knownSessions.map((k) => k.number)).toEqual([1, 2]);
  });
});

describe('fixture: draft with empty sections and placeholders', () => {
  const plan = parse('draft-empty-section.zh.txt');
  it('invents nothing, warns, and marks the session draft', () => {
    expect(plan.sections.map((s) => [s.key, s.recommendations.length])).toEqual([
      ['A', 0],
      ['B', 0],
    ]);
    expect(codes(plan, 'EMPTY_SECTION').map((w) => w.line)).toEqual([17, 21]);
    expect(codes(plan, 'PLACEHOLDER').map((w) => w.line)).toEqual([26, 26]);
    expect(plan.session).toEqual(expect.objectContaining({ status: 'draft', number: 11, startDate: '2021-10-12', endDate: '2021-10-13', title: '报告草稿' }));
  });
});

describe('fixture: an English original', () => {
  const plan = parse('recommendations.en.txt');
  it('detects English and reads the session', () => {
    expect(plan.source.language).toBe('en');
    expect(plan.session).toEqual({
      number: 2,
      startDate: '2010-01-27',
      endDate: '2010-01-29',
      venue: 'Vienna',
      chair: 'Dominika Krois (Poland)',
      format: null,
      status: 'final',
      reportSymbol: 'CTOC/COP/WG.4/2010/6',
      title: 'Report on the meeting of the Working Group on Trafficking in Persons held in Vienna from 27 to 29 January 2010',
    });
    expect(plan.knownSessions).toEqual([{ number: 1, startDate: '2009-04-14', endDate: '2009-04-15', venue: 'Vienna' }]);
  });
  it('reads "II. Recommendations" with its sections', () => {
    expect(plan.sections.map((s) => [s.key, s.heading])).toEqual([
      ['A', 'Implementation of the Protocol'],
      ['B', 'Future work'],
    ]);
    expect(numbersOf(section(plan, 'A').recommendations)).toEqual(['3', '4', '5']);
    expect(numbersOf(section(plan, 'B').recommendations)).toEqual(['6', '7']);
    expect(allRecommendations(plan).every((r) => r.language === 'en')).toBe(true);
  });
  it('removes the UN page footer and header inside paragraph 4', () => {
    expect(rec(plan, '4').text).toBe(
      'States parties should ensure that victims of trafficking in persons are not punished for offences that they were compelled to commit as a direct consequence of being trafficked.',
    );
  });
  it('classifies States parties, UNODC, the COP', () => {
    const pick = (n: string) => [rec(plan, n).addressee, rec(plan, n).modality, rec(plan, n).requiresStateReport];
    expect(pick('3')).toEqual([['states_parties'], 'should_consider', true]);
    expect(pick('4')).toEqual([['states_parties'], 'should', true]);
    expect(pick('5')).toEqual([['unodc'], 'should', false]);
    expect(pick('6')).toEqual([['cop'], 'should_consider', false]);
    expect(pick('7(a)')).toEqual([['states_parties'], 'should', true]);
    expect(pick('7(b)')).toEqual([['states'], 'should_consider', true]);
    // "…, including through: (i) …; (ii) …": parts of 7(b), no reporting items of their own (ADR 0009)
    expect(pick('7(b)(ii)')).toEqual([['states'], 'should_consider', false]);
    expect(pick('7(c)')).toEqual([['unodc'], 'requested', false]);
    expect(rec(plan, '4').themes).toContain('non_punishment');
  });
  it('reads the lettered list with roman sub-items under an endorsed container', () => {
    const r7 = rec(plan, '7');
    expect(r7).toEqual(expect.objectContaining({ isContainer: true, adoption: 'endorsed', addressee: ['states_parties', 'states', 'unodc'] }));
    expect(numbersOf(r7.children)).toEqual(['7(a)', '7(b)', '7(c)']);
    expect(rec(plan, '7(b)').children.map((c) => [c.number, c.label, c.text])).toEqual([
      ['7(b)(i)', '(i)', 'civil claims against offenders;'],
      ['7(b)(ii)', '(ii)', 'State-funded compensation schemes;'],
    ]);
    expect(new Set(allRecommendations(plan).filter((r) => r.number.startsWith('7')).map((r) => r.adoption))).toEqual(new Set(['endorsed']));
    expect(rec(plan, '3').adoption).toBe('adopted');
  });
  it('reads attendance (directory-guided splitting of "… and …") and documents', () => {
    expect(plan.attendance).toEqual([
      { name: 'Algeria', category: 'party', stateCode: 'DZ' },
      { name: 'Bosnia and Herzegovina', category: 'party', stateCode: 'BA' },
      { name: 'Trinidad and Tobago', category: 'party', stateCode: 'TT' },
      { name: 'United Kingdom of Great Britain and Northern Ireland', category: 'party', stateCode: 'GB' },
      { name: 'Venezuela (Bolivarian Republic of)', category: 'party', stateCode: 'VE' },
      { name: 'European Union', category: 'reio', stateCode: 'EU' },
      { name: 'Japan', category: 'signatory', stateCode: 'JP' },
      { name: 'Czech Republic', category: 'signatory', stateCode: 'CZ' },
      { name: 'State of Palestine', category: 'observer_state', stateCode: 'PS' },
      { name: 'Council of Europe', category: 'igo', stateCode: null },
      { name: 'International Organization for Migration', category: 'igo', stateCode: null },
    ]);
    expect(plan.documents).toEqual([
      { symbol: 'CTOC/COP/WG.4/2010/1', agendaItem: null, title: 'Provisional agenda and annotations' },
      { symbol: 'CTOC/COP/WG.4/2010/2', agendaItem: null, title: 'Background paper prepared by the Secretariat on good practices and tools in combating trafficking in persons' },
    ]);
    expect(plan.warnings).toEqual([]);
  });
  it('warns UNMATCHED_STATE for a State the directory lacks, and keeps it', () => {
    const bare = parseReport(readFixture('recommendations.en.txt'), { states: SAMPLE_STATES.filter((s) => s.code !== 'JP') });
    expect(bare.attendance.find((a) => a.name === 'Japan')).toEqual({ name: 'Japan', category: 'signatory', stateCode: null });
    expect(bare.warnings).toEqual([{ code: 'UNMATCHED_STATE', message: '"Japan" (signatory) matches no State in the directory', line: 61 }]);
  });
});
