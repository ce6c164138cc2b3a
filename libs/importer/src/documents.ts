/** The documents before the meeting: the annex table ("文件号 议程项目 标题") or the list in the documentation section. */
import type { PlannedDocument } from './import-plan.js';
import { trimEndChars } from './scan.js';
import { SYMBOL_SOURCE, tidy } from './text-cleanup.js';

const LIST_PUNCTUATION = '；;。.,，';

/**
 * "…；和" / "…, and" at the end of a list item → "…" (what `/[；;。.,，]+\s*(?:和|以及|and|or)?\s*$/i` removes), by a
 * backward scan over a tidied text (single spaces).
 */
function withoutTrailingConjunction(text: string): string {
  let t = text.trimEnd();
  const word = /(?:和|以及|and|or)$/i.exec(t.slice(-3));
  const before = word ? t.slice(0, t.length - word[0].length).trimEnd() : t;
  if (!LIST_PUNCTUATION.includes(before.slice(-1))) return text;
  t = trimEndChars(before, LIST_PUNCTUATION);
  return t;
}

const ROW = new RegExp(
  `^(${SYMBOL_SOURCE}(?:\\s*(?:和|and)\\s*Add\\.\\d+(?:\\s*[-–]\\s*\\d+)?)?)(?:[\\s\\t]+(\\d{1,2}(?:\\s*\\([a-z]\\))?)(?=[\\s\\t]))?[\\s\\t]*(.*)$`,
  's',
);
const SYMBOL_G = new RegExp(SYMBOL_SOURCE, 'g');
// up to 20 symbols in one parenthesis (bounded: the repeated part holds unbounded quantifiers)
const SYMBOL_GROUP = new RegExp(`[（(]\\s*${SYMBOL_SOURCE}(?:\\s*(?:和|and|,|，|、)\\s*${SYMBOL_SOURCE}){0,20}\\s*[）)]`, 'g');

const cleanSymbol = (s: string) => trimEndChars(tidy(s), '.。');

/** One row of the annex table: symbol, agenda item (when printed) and title. */
export function documentFromRow(row: string): PlannedDocument | null {
  const m = ROW.exec(row.trim());
  if (!m) return null;
  const title = trimEndChars(tidy(m[3]), '；;。');
  if (!title) return null;
  return { symbol: cleanSymbol(m[1]), agendaItem: m[2] ? m[2].replace(/\s+/g, '') : null, title };
}

/** One item of a documents list ("(b) 秘书处编写的背景文件 (CTOC/COP/WG.4/2019/2)；"): one document per symbol. */
export function documentsFromItem(item: string): PlannedDocument[] {
  const symbols = [...item.matchAll(SYMBOL_G)].map((m) => cleanSymbol(m[0]));
  if (!symbols.length) return [];
  const title = trimEndChars(withoutTrailingConjunction(tidy(item.replace(SYMBOL_GROUP, ''))), LIST_PUNCTUATION).trim();
  if (!title) return [];
  return symbols.map((symbol) => ({ symbol, agendaItem: null, title }));
}
