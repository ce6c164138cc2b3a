/**
 * The five reports against the real directory, seeds/states.json, when it exists (it is written by another part of
 * the project; until then these tests are skipped and the other specs use fixtures/support.ts's SAMPLE_STATES).
 */
import { readReport, seededStates, THEMES } from '../fixtures/support.js';
import { parseReport } from './parse-report.js';

const states = seededStates();
const STATE_LIKE = ['party', 'reio', 'signatory', 'observer_state'];

(states ? describe : describe.skip)('reports against seeds/states.json', () => {
  it.each([
    ['2011-wg4-4th-meeting-report.zh.txt', 93],
    ['2013-wg4-5th-meeting-report.zh.txt', 94],
    ['2019-wg4-9th-meeting-report.zh.txt', 99],
    ['2021-wg4-11th-meeting-draft-report.zh.txt', 121],
  ])('%s: %i participants, every State matched or warned about', (file, total) => {
    const plan = parseReport(readReport(file), { states: states!, themes: THEMES, fileName: file });
    expect(plan.attendance).toHaveLength(total);
    const unmatched = plan.warnings.filter((w) => w.code === 'UNMATCHED_STATE').map((w) => /^"([^"]+)"/.exec(w.message)![1]);
    for (const a of plan.attendance.filter((x) => STATE_LIKE.includes(x.category))) {
      if (!a.stateCode) expect(unmatched).toContain(a.name);
    }
    expect(plan.attendance.find((a) => a.name === '欧洲联盟')).toEqual(expect.objectContaining({ category: 'reio' }));
  });
});
