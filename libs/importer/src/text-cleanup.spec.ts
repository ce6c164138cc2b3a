import { detectLanguage } from './language.js';
import { cleanInline, joinText, preprocess, tidy } from './text-cleanup.js';

describe('cleanInline', () => {
  it('removes markdown links, bold markers, bare URLs and superscript references', () => {
    expect(cleanInline('见[建议汇编](#)和 **(a)**文本')).toBe('见建议汇编和 (a)文本');
    expect(cleanInline('参见 https://www.unodc.org/x?y=1 所载资料²。')).toBe('参见 所载资料。');
    expect(cleanInline('**4.** 下文档有工作组通过的建议。')).toBe('4. 下文档有工作组通过的建议。');
  });
  it('turns fullwidth digits and letters into ASCII but keeps Chinese punctuation', () => {
    expect(cleanInline('第４段（ａ）：')).toBe('第4段（a）：');
  });
  it('collapses spaces and keeps tabs (table cells)', () => {
    expect(cleanInline('  文件号\t议程项目   标题 ')).toBe('文件号\t议程项目 标题');
  });
});

describe('tidy', () => {
  it('removes spaces between Chinese characters and before Chinese punctuation, keeps them around digits and Latin', () => {
    expect(tidy('会议的 报告')).toBe('会议的报告');
    expect(tidy('第 6 条第 6 款 ，缔约国')).toBe('第 6 条第 6 款，缔约国');
    expect(tidy('Dominika Krois （波兰）')).toBe('Dominika Krois （波兰）');
    expect(tidy('a\t b  c')).toBe('a b c');
  });
});

describe('joinText', () => {
  it('joins Chinese lines without a space and Latin words with one', () => {
    expect(joinText('以便及早识别贩', '运人口受害者')).toBe('以便及早识别贩运人口受害者');
    expect(joinText('因为这可能对“同意”问题产', '生影响。')).toBe('因为这可能对“同意”问题产生影响。');
    expect(joinText('Ana ', 'Maria Roldán')).toBe('Ana Maria Roldán');
  });
  it('puts the typographic space between a Han character and a number or Latin word', () => {
    expect(joinText('2010 年 10 月', '19 日')).toBe('2010 年 10 月 19 日');
    expect(joinText('考虑到《公约》第', '32 和 37 条')).toBe('考虑到《公约》第 32 和 37 条');
    expect(joinText('（CTOC/COP/WG.4/', '2013/L.1）')).toBe('（CTOC/COP/WG.4/2013/L.1）');
    expect(joinText('COVID-', '19 大流行')).toBe('COVID-19 大流行');
    expect(joinText('', 'x')).toBe('x');
  });
});

describe('detectLanguage', () => {
  it('tells Chinese from English', () => {
    expect(detectLanguage('缔约国应当考虑 UNODC and the COP')).toBe('zh');
    expect(detectLanguage('States parties should consider (见)')).toBe('en');
  });
});

describe('preprocess', () => {
  it('marks page footers, symbols, separators and footnotes as noise', () => {
    const text = ['5. 缔约国应当', 'V.13-88888', '*1388888*', '3', 'CTOC/COP/WG.4/2013/5', '__________', '', ' 1 CTOC/COP/WG.4/2011/8，第 46-51 段。', '加强协调1。'].join('\n');
    const { lines, footnotes } = preprocess(text, 'zh');
    expect(lines.map((l) => l.noise)).toEqual([null, 'footer', 'footer', 'footer', 'symbol', 'separator', null, 'footnote', null]);
    expect(footnotes).toEqual([1]);
    expect(lines[8].text).toBe('加强协调。');
  });
  it('marks superscript footnotes and their continuation lines', () => {
    const { lines } = preprocess(['正文¹。', '¹ 见大会第 64/293 号决议第 44 段，', '及其附件。', '', '下一段。'].join('\n'), 'zh');
    expect(lines.map((l) => l.noise)).toEqual([null, 'footnote', 'footnote', null, null]);
    expect(lines[0].text).toBe('正文。');
  });
  it('keeps markdown heading levels and list markers apart from the text', () => {
    const { lines } = preprocess(['#### **1. 为切除器官的目的贩运人口**', '- (e) 剥削形式；', '  - (一) 费用；'].join('\n'), 'zh');
    expect(lines.map((l) => [l.md, l.bullet, l.text])).toEqual([
      [4, false, '1. 为切除器官的目的贩运人口'],
      [0, true, '(e) 剥削形式；'],
      [0, true, '(一) 费用；'],
    ]);
  });
  it('reads a stray English "and" between Chinese words as 和 and warns', () => {
    const { lines, warnings } = preprocess('更好地理解 and 认识', 'zh');
    expect(lines[0].text).toBe('更好地理解和认识');
    expect(warnings).toEqual([expect.objectContaining({ code: 'STRAY_ENGLISH_WORD', line: 1 })]);
    expect(preprocess('Bosnia and Herzegovina', 'en').warnings).toEqual([]);
  });
  it('drops lines that hold only a URL', () => {
    const { lines } = preprocess('http://undocs.org/ch/CTOC/COP/WG.4/2021/1', 'zh');
    expect(lines[0]).toEqual(expect.objectContaining({ text: '', noise: 'url' }));
  });
});
