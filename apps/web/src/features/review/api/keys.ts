import type { ReviewQueueSearch } from '../routes';

/** Query keys of the secretariat's review: an action on a report invalidates `reviewKeys.all`. */
export const reviewKeys = {
  all: ['review'] as const,
  queue: (search: ReviewQueueSearch, lang: string) => ['review', 'queue', search, lang] as const,
  report: (key: { cycleId: string; stateCode: string; recommendationId: string }) => ['review', 'report', key] as const,
  recommendation: (id: string, lang: string) => ['review', 'recommendation', id, lang] as const,
  across: (cycleId: string, recommendationId: string, lang: string) => ['review', 'across', cycleId, recommendationId, lang] as const,
};
