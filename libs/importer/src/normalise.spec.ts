import { readFixture } from '../fixtures/support.js';
import { normaliseText } from './normalise.js';

describe('normaliseText', () => {
  it('gives one cleaned block per line: noise removed, broken lines joined', () => {
    expect(normaliseText(readFixture('footer-in-paragraph.zh.txt')).split('\n')).toEqual([
      '二. 建议',
      '4. 工作组通过了下文所列建议。',
      'A. 数据收集',
      '5. 毒品和犯罪问题办公室应当继续协助缔约各国收集关于贩运人口趋势和流向的数据。',
      '6. 缔约各国应当定期公布数据。',
    ]);
  });
  it('keeps "建议 N" headings and lettered items', () => {
    const lines = normaliseText(readFixture('jianyi-numbering.zh.txt')).split('\n');
    expect(lines).toContain('建议 1');
    expect(lines).toContain('缔约国应考虑制定用以规划和实施国家协调或转介机制的工具包。');
    expect(normaliseText('(a) 会议开幕；\n(b) 通过议程。')).toBe('(a) 会议开幕；\n(b) 通过议程。');
  });
});
