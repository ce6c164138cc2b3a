import type { Language } from './import-plan.js';
import { chineseNumeralToInt, englishOrdinalToInt, EN_ORDINAL_PATTERN } from './numerals.js';

const EN_CARDINALS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const EN_CARDINAL_PATTERN = `(?:\\d{1,2}|${EN_CARDINALS.join('|')})`;
const ZH_NUMBER = '[一二三四五六七八九十]{1,3}|\\d{1,2}';

/** How many meetings were held before this one (`count`), and this one's number when the sentence gives it. */
export interface MeetingsHeldBefore {
  count: number;
  before: number | null;
}

const englishCardinal = (value: string): number | null => (/^\d+$/.test(value) ? Number(value) : EN_CARDINALS.indexOf(value.toLowerCase()) + 1 || null);
const chineseNumber = (value: string): number | null => (/^\d+$/.test(value) ? Number(value) : chineseNumeralToInt(value));

// "在本次第十一次会议之前举行了十次会议" (the 2021 draft). Only with "之前/以前" (before): "共举行了六次会议" counts the
// sittings of one meeting, not meetings of the Working Group.
const ZH = new RegExp(`(?:第(${ZH_NUMBER})(?:届|次)会议)?(?:之前|以前)[，,]?(?:工作组)?(?:已|共|已经)?(?:举行|召开)了?(${ZH_NUMBER})(?:届|次)会议`);
// "Before its eleventh meeting, the Working Group had held ten meetings"; "had held ten meetings before the/its
// eleventh meeting". Bounded gaps keep the search linear.
const EN_BEFORE_FIRST = new RegExp(`\\b(?:before|prior to) (?:its|the|this|the present) (${EN_ORDINAL_PATTERN}) meeting,? (?:[^.,;]{0,60}?)\\b(?:had|has) held (${EN_CARDINAL_PATTERN}) meetings\\b`, 'i');
const EN_HELD_FIRST = new RegExp(`\\b(?:had|has) held (${EN_CARDINAL_PATTERN}) meetings (?:before|prior to) (?:its|the|this|the present) (${EN_ORDINAL_PATTERN}) meeting\\b`, 'i');

/**
 * A count of the Working Group's earlier meetings, as a report states it without dating them. Meetings are numbered
 * from one without gaps, so `count` names meetings 1…count; dates and venues come from other documents or stay
 * unknown. Chinese and English (the languages whose introductions are read for earlier meetings).
 */
export function meetingsHeldBefore(text: string, language: Language): MeetingsHeldBefore | null {
  if (language === 'zh') {
    const m = ZH.exec(text);
    const count = m ? chineseNumber(m[2]) : null;
    return m && count ? { count, before: m[1] ? chineseNumber(m[1]) : null } : null;
  }
  if (language === 'en') {
    const a = EN_BEFORE_FIRST.exec(text);
    if (a) {
      const count = englishCardinal(a[2]);
      return count ? { count, before: englishOrdinalToInt(a[1]) } : null;
    }
    const b = EN_HELD_FIRST.exec(text);
    if (b) {
      const count = englishCardinal(b[1]);
      return count ? { count, before: englishOrdinalToInt(b[2]) } : null;
    }
  }
  return null;
}
