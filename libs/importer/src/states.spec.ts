import { SAMPLE_STATES } from '../fixtures/support.js';
import { matchState, normaliseName, splitNameList } from './states.js';

describe('matchState', () => {
  it('matches official names and aliases in any language, after normalising whitespace and markup', () => {
    expect(matchState('美利坚合众国', SAMPLE_STATES)?.code).toBe('US');
    expect(matchState('美国', SAMPLE_STATES)?.code).toBe('US');
    expect(matchState(' **联合 王国** ', SAMPLE_STATES)?.code).toBe('GB');
    expect(matchState('the United Kingdom', SAMPLE_STATES)?.code).toBe('GB');
    expect(matchState('Venezuela (Bolivarian Republic of)', SAMPLE_STATES)?.code).toBe('VE');
    expect(matchState('venezuela（bolivarian republic of）', SAMPLE_STATES)?.code).toBe('VE');
    expect(matchState('[教廷](#)', SAMPLE_STATES)?.code).toBe('VA');
    expect(matchState('摩尔多瓦', SAMPLE_STATES)?.kind).toBe('member_state');
    expect(matchState('欧洲联盟', SAMPLE_STATES)?.kind).toBe('reio');
  });
  it('returns null for unknown names', () => {
    expect(matchState('阿尔巴尼亚', SAMPLE_STATES)).toBeNull();
    expect(matchState('', SAMPLE_STATES)).toBeNull();
  });
  it('normalises names for comparison', () => {
    expect(normaliseName('The Côte d’Ivoire.')).toBe("coted'ivoire");
  });
});

describe('splitNameList', () => {
  const known = (name: string) => matchState(name, SAMPLE_STATES) !== null;
  it('splits on 、 and the last 和 / 及', () => {
    expect(splitNameList('捷克共和国、日本、大韩民国和泰国。', 'zh', known)).toEqual(['捷克共和国', '日本', '大韩民国', '泰国']);
    expect(splitNameList('国际移民组织、阿拉伯国家联盟、欧洲安全与合作组织及东南欧执法中心。', 'zh')).toEqual([
      '国际移民组织',
      '阿拉伯国家联盟',
      '欧洲安全与合作组织',
      '东南欧执法中心',
    ]);
  });
  it('keeps names that contain a conjunction when the directory knows them', () => {
    expect(splitNameList('中国、波斯尼亚和黑塞哥维那', 'zh', known)).toEqual(['中国', '波斯尼亚和黑塞哥维那']);
    expect(splitNameList('乌拉圭和特立尼达和多巴哥', 'zh', known)).toEqual(['乌拉圭', '特立尼达和多巴哥']);
    expect(splitNameList('Algeria, United Kingdom of Great Britain and Northern Ireland and Venezuela (Bolivarian Republic of).', 'en', known)).toEqual([
      'Algeria',
      'United Kingdom of Great Britain and Northern Ireland',
      'Venezuela (Bolivarian Republic of)',
    ]);
  });
  it('handles the Oxford comma in English', () => {
    expect(splitNameList('Japan, Thailand, and Yemen', 'en')).toEqual(['Japan', 'Thailand', 'Yemen']);
  });
});
