/**
 * Small-group suppression of the figures a focal point sees. A focal point sees aggregates over other States' reports;
 * a figure computed over one or two other States would disclose their answers (a regional group with one other State
 * is that State). So, for a focal point, a group figure is shown only when at least `min` States other than its own
 * have a counted report in the group; otherwise it is suppressed (null, marked).
 *
 * Suppressing small groups alone is not enough when the groups partition a total that is shown: total − the shown
 * groups = the suppressed groups together. So when the suppressed groups together hold fewer than `min` other States
 * (and at least one), the shown group with the fewest other States is suppressed too, until they hold enough
 * ("complementary suppression").
 */

/** The default least number of other States behind any figure a focal point sees (env SUMMARY_MIN_GROUP_STATES). */
export const MIN_GROUP_STATES = 3;

export type SuppressionReason = 'FEWER_THAN_MIN_STATES' | 'COMPLEMENT';

/** The threshold: SUMMARY_MIN_GROUP_STATES (an integer 1..100), else {@link MIN_GROUP_STATES}. */
export function minGroupStates(env: Record<string, string | undefined> = process.env): number {
  const raw = env.SUMMARY_MIN_GROUP_STATES;
  if (raw === undefined || raw === '') return MIN_GROUP_STATES;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) throw new Error(`SUMMARY_MIN_GROUP_STATES must be an integer from 1 to 100 (got "${raw}")`);
  return n;
}

const others = (codes: readonly string[] | undefined, own: string | null) => new Set((codes ?? []).filter((c) => c !== own));

/** Whether a single figure over `codes` may be shown to the viewer of State `own`. */
export function enoughStates(codes: readonly string[] | undefined, own: string | null, min: number): boolean {
  return others(codes, own).size >= min;
}

/**
 * The groups to suppress, with why. `groups` maps each group's key to the States with a counted report in it;
 * `keys` lists every group shown (some may have no contributor at all).
 */
export function suppressGroups<K>(keys: readonly K[], groups: ReadonlyMap<K, readonly string[]>, own: string | null, min: number): Map<K, SuppressionReason> {
  const sets = new Map(keys.map((k) => [k, others(groups.get(k), own)]));
  const out = new Map<K, SuppressionReason>();
  const hidden = new Set<string>();
  for (const [k, s] of sets) {
    if (s.size >= min) continue;
    out.set(k, 'FEWER_THAN_MIN_STATES');
    for (const c of s) hidden.add(c);
  }
  while (hidden.size > 0 && hidden.size < min) {
    const next = [...sets].filter(([k]) => !out.has(k)).sort((a, b) => a[1].size - b[1].size)[0];
    if (!next) break;
    out.set(next[0], 'COMPLEMENT');
    for (const c of next[1]) hidden.add(c);
  }
  return out;
}
