/** Small numeral helpers: Chinese numerals (一 … 九十九), Roman numerals, letter sequences, English ordinals. */

const CJK_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** `一` → 1, `十一` → 11, `二十` → 20, `九十九` → 99; Arabic digits pass through; anything else → null. */
export function chineseNumeralToInt(value: string): number | null {
  const s = value.trim();
  if (/^\d+$/.test(s)) return Number(s);
  if (!s || !/^[零〇一二两三四五六七八九十]+$/.test(s)) return null;
  const ten = s.indexOf('十');
  if (ten === -1) return s.length === 1 ? CJK_DIGITS[s] : null;
  if (s.indexOf('十', ten + 1) !== -1) return null;
  const tens = ten === 0 ? 1 : ten === 1 ? CJK_DIGITS[s[0]] : null;
  const rest = s.slice(ten + 1);
  if (tens === null || tens === undefined) return null;
  if (rest.length > 1) return null;
  const units = rest ? CJK_DIGITS[rest] : 0;
  return units === undefined ? null : tens * 10 + units;
}

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/** `iv` → 4, `XII` → 12; not a well-formed Roman numeral → null. */
export function romanToInt(value: string): number | null {
  const s = value.toLowerCase();
  if (!/^[ivxlc]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  return intToRoman(total) === s ? total : null;
}

export function intToRoman(n: number): string {
  const table: [number, string][] = [
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [v, r] of table) {
    while (rest >= v) {
      out += r;
      rest -= v;
    }
  }
  return out;
}

/** `a` → 1, `b` → 2 … */
export function letterIndex(letter: string): number {
  return letter.toLowerCase().charCodeAt(0) - 96;
}

const EN_ORDINALS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** `ninth` → 9, `9th` → 9. */
export function englishOrdinalToInt(value: string): number | null {
  const s = value.toLowerCase().trim();
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(s);
  if (m) return Number(m[1]);
  const i = EN_ORDINALS.indexOf(s);
  return i === -1 ? null : i + 1;
}

export const EN_ORDINAL_PATTERN = `(?:\\d+(?:st|nd|rd|th)|${EN_ORDINALS.join('|')})`;
