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
export const isSpace = (c: string | undefined): boolean => c !== undefined && c.trim() === '' && c !== '';

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
