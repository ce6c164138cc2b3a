/**
 * The five reports against the real directory, seeds/states.json (written by another part of the project; the other
 * specs use fixtures/support.ts's SAMPLE_STATES so that their figures do not depend on it). Skipped when absent.
 * The figures were counted by comparing the names printed in the attendance paragraphs with the names and aliases
 * in seeds/states.json: every State-like name of the four reports is there.
 */
import { readReport, seededStates, THEMES } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const states = seededStates();
const STATE_LIKE = ['party', 'reio', 'signatory', 'observer_state'];

(states ? describe : describe.skip)('reports against seeds/states.json', () => {
  it.each([
    ['2011-wg4-4th-meeting-report.zh.txt', 93, 81],
    ['2013-wg4-5th-meeting-report.zh.txt', 94, 82],
    ['2019-wg4-9th-meeting-report.zh.txt', 99, 92],
    ['2021-wg4-11th-meeting-draft-report.zh.txt', 121, 100],
  ])('%s: %i participants, the %i States all matched', (file, total, stateLike) => {
    const plan = parseReport(readReport(file), { states: states!, themes: THEMES, fileName: file });
    expect(plan.attendance).toHaveLength(total);
    const states_ = plan.attendance.filter((a) => STATE_LIKE.includes(a.category));
    expect(states_).toHaveLength(stateLike);
    expect(states_.filter((a) => a.stateCode === null)).toEqual([]);
    expect(plan.warnings.filter((w) => w.code === 'UNMATCHED_STATE')).toEqual([]);
    // entities are not States
    expect(plan.attendance.filter((a) => !STATE_LIKE.includes(a.category) && a.stateCode !== null)).toEqual([]);
    expect(plan.attendance.find((a) => a.name === '欧洲联盟')).toEqual({ name: '欧洲联盟', category: 'reio', stateCode: 'EUU' });
  });

  it('matches aliases: 美国, 联合王国, 捷克, 巴勒斯坦, 罗马教廷, 摩尔多瓦', () => {
    const p2019 = parseReport(readReport('2019-wg4-9th-meeting-report.zh.txt'), { states: states! });
    const code = (name: string) => p2019.attendance.find((a) => a.name === name)?.stateCode;
    expect([code('美国'), code('联合王国'), code('捷克'), code('罗马教廷'), code('巴勒斯坦国')]).toEqual(['USA', 'GBR', 'CZE', 'VAT', 'PSE']);
    const p2011 = parseReport(readReport('2011-wg4-4th-meeting-report.zh.txt'), { states: states! });
    expect(p2011.attendance.find((a) => a.name === '巴勒斯坦')).toEqual({ name: '巴勒斯坦', category: 'observer_state', stateCode: 'PSE' });
    const p2021 = parseReport(readReport('2021-wg4-11th-meeting-draft-report.zh.txt'), { states: states! });
    expect(p2021.attendance.find((a) => a.name === '摩尔多瓦')?.stateCode).toBe('MDA');
    expect(p2021.attendance.find((a) => a.name === '教廷')?.stateCode).toBe('VAT');
  });
});
