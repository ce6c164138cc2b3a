/** Query keys of the reporting cycles: a change to a cycle invalidates `cycleKeys.all`. */
export const cycleKeys = {
  all: ['cycles'] as const,
  list: ['cycles', 'list'] as const,
  one: (id: string) => ['cycles', 'one', id] as const,
};
