import type { FieldChange } from './audit-event.entity.js';

const normalise = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value ?? null);

/** The fields whose values differ between `before` and `after` (compared as JSON), limited to `fields`. */
export function diffFields<T extends object>(
  before: Partial<T> | null,
  after: Partial<T> | null,
  fields: readonly (keyof T & string)[],
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  for (const field of fields) {
    const from = normalise(before?.[field]);
    const to = normalise(after?.[field]);
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/** The names of the fields whose values differ, sorted: what an audit row of content that must stay private records. */
export function changedFieldNames<T extends object>(before: Partial<T> | null, after: Partial<T> | null, fields: readonly (keyof T & string)[]): string[] {
  return Object.keys(diffFields(before, after, fields)).sort();
}
