import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { reviewKeys } from './keys';

export type RecommendationSummary = components['schemas']['RecommendationSummaryDto'];
type Lang = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';

/**
 * GET /api/summaries/cycles/{id}/recommendations/{recommendationId}?include=submitted: every State's answer, accepted
 * or awaiting review (workflowState says which), and the figures.
 */
export function useRecommendationSummary(cycleId: string, recommendationId: string, lang: string) {
  return useQuery({
    queryKey: reviewKeys.across(cycleId, recommendationId, lang),
    queryFn: async () =>
      (await unwrap(
        api.GET('/api/summaries/cycles/{id}/recommendations/{recommendationId}', { params: { path: { id: cycleId, recommendationId }, query: { include: 'submitted', lang: lang as Lang } } }),
      )) as RecommendationSummary,
  });
}
