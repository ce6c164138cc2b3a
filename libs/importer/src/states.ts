/** Matching participant names to the State directory, and splitting printed name lists ("甲、乙和丙", "A, B and C"). */
import type { Language, StateDirectoryEntry } from './import-plan.js';
import { trimEndChars } from './scan.js';
import { cleanInline, tidy } from './text-cleanup.js';

/**
 * Splits at "," and ";" except inside parentheses ("Bolivia (Plurinational State of), Chile"): a separator counts
 * unless the first parenthesis after it closes. What `split(/\s*[;,]\s*(?![^()]*\))/)` does (its look-ahead rescans
 * the rest of the text at every comma), in two passes.
 */
function splitOutsideParentheses(text: string): string[] {
  const closesNext: boolean[] = new Array(text.length + 1);
  let next = false;
  for (let i = text.length; i >= 0; i--) {
    const c = text[i];
    if (c === ')') next = true;
    else if (c === '(') next = false;
    closesNext[i] = next;
  }
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if ((text[i] === ',' || text[i] === ';') && !closesNext[i + 1]) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/** A comparison key: markup, whitespace, punctuation, diacritics and a leading "the" removed; lower case. */
export function normaliseName(name: string): string {
  return tidy(cleanInline(name))
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’‘`]/g, "'")
    .replace(/[\s*_"“”.,，。、；;:：()（）[\]【】]/g, '');
}

const indexCache = new WeakMap<StateDirectoryEntry[], Map<string, StateDirectoryEntry>>();

function indexOf(states: StateDirectoryEntry[]): Map<string, StateDirectoryEntry> {
  let index = indexCache.get(states);
  if (index) return index;
  index = new Map();
  // Official names win over aliases when both would claim a key.
  for (const pass of ['names', 'aliases'] as const) {
    for (const state of states) {
      const values = pass === 'names' ? Object.values(state.names) : Object.values(state.aliases ?? {}).flat();
      for (const value of values) {
        if (!value) continue;
        const key = normaliseName(value);
        if (key && !index.has(key)) index.set(key, state);
      }
    }
  }
  indexCache.set(states, index);
  return index;
}

/** The directory entry whose official name or alias (any language) is this name, after normalisation; else null. */
export function matchState(name: string, states: StateDirectoryEntry[]): StateDirectoryEntry | null {
  const key = normaliseName(name);
  if (!key) return null;
  return indexOf(states).get(key) ?? null;
}

/**
 * Splits a printed list of names. The last item may be joined by a conjunction ("…、美国和委内瑞拉玻利瓦尔共和国",
 * "…, Yemen and Zimbabwe"); it is split there unless the whole is a known name (`isKnown`), preferring a split whose
 * parts are both known ("波斯尼亚和黑塞哥维那" stays whole when the directory knows it).
 */
export function splitNameList(list: string, language: Language, isKnown: (name: string) => boolean = () => false): string[] {
  const text = trimEndChars(tidy(list), '。.;；');
  // Organisation names that hold a "、" themselves are joined by attendance.ts (splitOrganisationList), by rule.
  const items = (language === 'zh' ? text.split(/[、；;]/) : splitOutsideParentheses(text))
    .map((s) => s.trim())
    .filter(Boolean);
  if (language === 'en' && items.length) items[items.length - 1] = items[items.length - 1].replace(/^and\s+/i, '');
  const last = items.pop();
  if (last !== undefined) items.push(...splitConjunction(last, language, isKnown));
  return items.map((s) => s.replace(/^(?:和|及|以及|and\s+)/i, '').trim()).filter(Boolean);
}

function splitConjunction(item: string, language: Language, isKnown: (name: string) => boolean): string[] {
  if (isKnown(item)) return [item];
  // tidied: single spaces
  const conj = language === 'zh' ? /以及|和|及/g : /\sand\s/gi;
  const cuts: [number, number][] = [];
  for (const m of item.matchAll(conj)) cuts.push([m.index, m.index + m[0].length]);
  if (!cuts.length) return [item];
  const parts = (c: [number, number]) => [item.slice(0, c[0]).trim(), item.slice(c[1]).trim()];
  const both = cuts.find((c) => parts(c).every((p) => p && isKnown(p)));
  if (both) return parts(both);
  const right = cuts.find((c) => isKnown(parts(c)[1]) || isKnown(parts(c)[0]));
  return parts(right ?? cuts[0]).filter(Boolean);
}
