/**
 * Linear-time helpers for the importer. Report texts come from the network (POST /api/imports), so the parser uses
 * no regular expression that can backtrack super-linearly; where a pattern would need a run that ends in a suffix
 * ("…。；" at the end, "(…)" after a name), these helpers scan the text once instead.
 */

/** `value` without the trailing characters that are in `chars`. */
export function trimEndChars(value: string, chars: string): string {
  let end = value.length;
  while (end > 0 && chars.includes(value[end - 1])) end--;
  return end === value.length ? value : value.slice(0, end);
}

/** Whether `c` is one of the characters `\s` matches. */
export const isSpace = (c: string | undefined): boolean => c !== undefined && c.length === 1 && isSpaceCode(c.charCodeAt(0));

/** Whether a UTF-16 code unit is one that `\s` matches (WhiteSpace and LineTerminator of ECMAScript). */
export function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The first run of adjacent `chunk` matches (each `[whole, ownPart, …]`, a separator after the own part) that a
 * `tail` follows right after the own part of one of its chunks; the run's text up to the last such own part. This is
 * what `((?:own sep?)+)tail` captures, found in one pass (that pattern is quadratic on a run with no tail).
 */
export function runFollowedBy(text: string, chunk: RegExp, tail: RegExp): string | null {
  const chunks = new RegExp(chunk.source, chunk.flags.includes('g') ? chunk.flags : `${chunk.flags}g`);
  const after = new RegExp(tail.source, tail.flags.includes('y') ? tail.flags : `${tail.flags}y`);
  let runStart = -1;
  let runEnd = -1;
  let best: number | null = null;
  for (const m of text.matchAll(chunks)) {
    if (m[0].length === 0) continue;
    if (m.index !== runEnd) {
      if (best !== null) break;
      runStart = m.index;
    }
    runEnd = m.index + m[0].length;
    after.lastIndex = m.index + m[1].length;
    if (after.test(text)) best = m.index + m[1].length;
  }
  return best === null ? null : text.slice(runStart, best);
}
