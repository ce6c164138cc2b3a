import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readReport, SAMPLE_STATES } from '../fixtures/support.js';
import { listCategory, listedNames, splitOrganisationList, splitTopLevel } from './attendance.js';
import type { StateDirectoryEntry } from './import-plan.js';
import { parseReport } from './parse-report.js';
import { matchState } from './states.js';

const FIXTURES = path.join(process.cwd(), 'libs', 'importer', 'fixtures');
const expectedOrganisations: Record<string, string[]> = JSON.parse(readFileSync(path.join(FIXTURES, 'attendance-organisations.json'), 'utf8'));
const SEEDED_STATES: StateDirectoryEntry[] = JSON.parse(readFileSync(path.join(process.cwd(), 'seeds', 'states.json'), 'utf8'));

const known = (name: string) => matchState(name, SAMPLE_STATES) !== null;

describe('attendance lists', () => {
  it.each([
    ['以下《贩运人口议定书》缔约国出席了工作组会议', 'party'],
    ['下列《贩运人口问题议定书》缔约方派代表出席了会议', 'party'],
    ['以下《贩运人口议定书》签署国派观察员出席了会议', 'signatory'],
    ['以下《贩运人口议定书》的非缔约国或观察员国也出席了会议', 'observer_state'],
    ['下列非《贩运人口问题议定书》缔约方或签署方的国家派观察员出席了会议', 'observer_state'],
    ['作为《贩运人口议定书》缔约方的区域经济一体化组织欧洲联盟出席了会议', 'reio'],
    ['联合国系统以下秘书处单位、方案和基金以及专门机构派观察员出席了会议', 'un_entity'],
    ['以下政府间组织派观察员出席了会议', 'igo'],
    ['下列政府间组织和联合国实体派观察员出席了会议', 'mixed'],
    ['设有常驻观察员办公室的实体马耳他主权教团派观察员出席了会议', 'other_entity'],
  ])('%s → %s', (intro, category) => {
    expect(listCategory(intro, 'zh')).toBe(category);
  });

  it('finds the one name of a sentence without a list', () => {
    const names = (text: string) => listedNames(text, 'zh', known).names;
    expect(names('巴勒斯坦这一收到联大长期邀请作为观察员参加在联大主持下的所有国际会议届会和工作的实体出席了会议。')).toEqual(['巴勒斯坦']);
    expect(names('收到联大长期邀请作为观察员参加联大届会和工作并在总部设有常设观察员办公室的实体马耳他主权军事教团出席了会议。')).toEqual(['马耳他主权军事教团']);
    expect(names('巴勒斯坦国作为在联合国设有常驻观察员代表团的非会员国派员出席了会议。')).toEqual(['巴勒斯坦国']);
    expect(names('设有常驻观察员代表团的非会员国教廷派观察员派出席了会议。')).toEqual(['教廷']);
    expect(names('作为《贩运人口议定书》缔约方的区域经济一体化组织欧洲联盟出席了会议。')).toEqual(['欧洲联盟']);
    expect(listedNames('The State of Palestine, a non-member observer State, was represented by an observer.', 'en', known).names).toEqual(['State of Palestine']);
  });
});

describe('organisation names holding "、" (issue 19): split by rule, no list of names', () => {
  const none = () => false;
  it('splits only outside brackets and quotes', () => {
    expect(splitTopLevel('国际刑事警察组织（国际刑警组织、国际刑警）、欧安组织', '、')).toEqual(['国际刑事警察组织（国际刑警组织、国际刑警）', '欧安组织']);
    expect(splitTopLevel('《甲、乙》中心、“丙、丁”委员会', '、')).toEqual(['《甲、乙》中心', '“丙、丁”委员会']);
  });
  it('a piece that is no whole name continues into the next', () => {
    expect(splitOrganisationList('亚非法律协商组织、非洲、加勒比和太平洋国家集团、欧洲司法组织', 'zh', none)).toEqual(['亚非法律协商组织', '非洲、加勒比和太平洋国家集团', '欧洲司法组织']);
    expect(splitOrganisationList('巴厘进程、中亚区域打击麻醉药品、精神药物及其前体非法贩运信息和协调中心、独立国家联合体', 'zh', none)).toEqual([
      '巴厘进程',
      '中亚区域打击麻醉药品、精神药物及其前体非法贩运信息和协调中心',
      '独立国家联合体',
    ]);
  });
  it('splits the last piece at 和 / 及 only between two whole names', () => {
    expect(splitOrganisationList('国际移民组织、欧洲安全与合作组织及东南欧执法中心。', 'zh', none)).toEqual(['国际移民组织', '欧洲安全与合作组织', '东南欧执法中心']);
    expect(splitOrganisationList('国际移民组织、非洲、加勒比和太平洋国家集团', 'zh', none)).toEqual(['国际移民组织', '非洲、加勒比和太平洋国家集团']);
    expect(splitOrganisationList('国际移民组织、欧洲边境和海岸警卫队机构', 'zh', none)).toEqual(['国际移民组织', '欧洲边境和海岸警卫队机构']);
  });
  it.each(Object.keys(expectedOrganisations).filter((k) => !k.startsWith('_')))('%s: the organisations are those a reader finds in the document', (file) => {
    const plan = parseReport(readReport(file), { states: SEEDED_STATES });
    const organisations = plan.attendance.filter((a) => a.category === 'un_entity' || a.category === 'igo' || a.category === 'other_entity').map((a) => a.name);
    expect(organisations).toEqual(expectedOrganisations[file]);
  });
});
