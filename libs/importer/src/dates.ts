/** Meeting dates in Chinese ("2011 年 10 月 10 日至 12 日", "2018 年 7 月 2 日和 3 日") and English ("10–12 October 2011"). */
import type { Language } from './import-plan.js';

export interface DateRange {
  start: string;
  end: string;
  /** Where the expression starts and how long it is, in the searched text. */
  index: number;
  length: number;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;

const iso = (y: number, m: number, d: number): string | null => {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const ZH_DATE =
  /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|—|–|-)\s*(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日|\s*和\s*(\d{1,2})\s*日(?!\s*\d))?/g;

const EN_DATE = new RegExp(
  `\\b(\\d{1,2})(?:\\s+${MONTH})?(?:\\s*(?:-|–|—|to|and)\\s*(\\d{1,2}))?\\s+${MONTH}\\s+(\\d{4})`,
  'gi',
);

/** Month names of the other languages, January first (Russian in the genitive, as dates print them). */
const OTHER_MONTHS: Partial<Record<Language, string[]>> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيه', 'يوليه', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
};
const OTHER_DATE: Partial<Record<Language, RegExp>> = Object.fromEntries(
  Object.entries(OTHER_MONTHS).map(([language, months]) => [
    language,
    new RegExp(
      // "du 10 au 12 octobre 2011", "del 10 al 12 de octubre de 2011", "10-12 октября 2011 года", "10-12 تشرين الأول/أكتوبر 2011"
      `(\\d{1,2})(?:\\s?(?:-|–|au|al|a|et|y|и|و|إلى)\\s?(\\d{1,2}))?\\s(?:de\\s)?(?:[^\\s/\\d]{2,10}(?:\\s[^\\s/\\d]{2,10})?\\/)?(${months.join('|')})\\s(?:de\\s)?(\\d{4})`,
      'gi',
    ),
  ]),
);

/** Every date or date range in the text, in order. */
export function findDateRanges(text: string, language: Language): DateRange[] {
  const out: DateRange[] = [];
  const other = OTHER_DATE[language];
  if (other) {
    const months = OTHER_MONTHS[language]!;
    for (const m of text.matchAll(other)) {
      const y = Number(m[4]);
      const mo = months.indexOf(m[3].toLowerCase()) + 1;
      const start = iso(y, mo, Number(m[1]));
      const end = m[2] ? iso(y, mo, Number(m[2])) : start;
      if (start && end && end >= start) out.push({ start, end, index: m.index, length: m[0].length });
    }
    return out;
  }
  if (language === 'zh') {
    for (const m of text.matchAll(ZH_DATE)) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const start = iso(y, mo, Number(m[3]));
      const endDay = m[6] ?? m[7];
      const end = endDay ? iso(m[4] ? Number(m[4]) : y, m[5] ? Number(m[5]) : mo, Number(endDay)) : start;
      if (start && end && end >= start) out.push({ start, end, index: m.index, length: m[0].length });
    }
    return out;
  }
  for (const m of text.matchAll(EN_DATE)) {
    const y = Number(m[5]);
    const endMonth = MONTHS.indexOf(m[4].toLowerCase()) + 1;
    const startMonth = m[2] ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : endMonth;
    const start = iso(y, startMonth, Number(m[1]));
    const end = m[3] ? iso(y, endMonth, Number(m[3])) : m[2] ? null : start;
    if (start && end && end >= start) out.push({ start, end, index: m.index, length: m[0].length });
  }
  return out;
}
