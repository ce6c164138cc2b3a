/** Query keys of the reporting cycles: a change to a cycle invalidates `cycleKeys.all`. */
export const cycleKeys = {
  all: ['cycles'] as const,
  list: ['cycles', 'list'] as const,
  one: (id: string) => ['cycles', 'one', id] as const,
  /** The scope a cycle would hold (POST /api/cycles/scope-preview), by its filters and the text language. */
  scopePreview: (scope: unknown, lang: string) => ['cycles', 'scope-preview', scope, lang] as const,
  /** The scope pickers' lists (catalogue reads; they do not change with cycles). */
  recommendations: (q: string, lang: string) => ['cycles', 'choices', 'recommendations', q, lang] as const,
};
