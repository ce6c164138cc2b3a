import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

export type RecommendationDetail = components['schemas']['RecommendationDetailDto'];

/** GET /api/recommendations/{id}: every language's text, sub-items, revisions and links (`version` is the ETag's). */
export function useRecommendation(id: string) {
  return useQuery({
    queryKey: recordKeys.recommendation(id),
    queryFn: () => unwrap(api.GET('/api/recommendations/{id}', { params: { path: { id } } })),
  });
}
