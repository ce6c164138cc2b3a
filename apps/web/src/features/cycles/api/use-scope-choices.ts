import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components, TextLanguage } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { cycleKeys } from './keys';

export type RecommendationRow = components['schemas']['RecommendationDto'];

/** GET /api/recommendations?q=: the first 20 recommendations asking something of States that match the words. */
export function useRecommendationSearch(q: string, lang: TextLanguage) {
  return useQuery({
    queryKey: cycleKeys.recommendations(q, lang),
    queryFn: ({ signal }) => unwrap(api.GET('/api/recommendations', { params: { query: { q, lang, limit: 20, requiresStateReport: true } }, signal })),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
