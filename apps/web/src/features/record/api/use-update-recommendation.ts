import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

/** The ETag the API sends for a version (`"v3"`), for If-Match. */
export const etagOf = (version: number) => `"v${version}"`;

/** PATCH /api/recommendations/{id} with If-Match: texts per language, themes. 412 when it changed meanwhile. */
export function useUpdateRecommendation(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, body }: { version: number; body: components['schemas']['UpdateRecommendationDto'] }) =>
      unwrap(api.PATCH('/api/recommendations/{id}', { params: { path: { id }, header: { 'If-Match': etagOf(version) } }, body })),
    onSuccess: async (rec) => {
      queryClient.setQueryData(recordKeys.recommendation(id), rec);
      await queryClient.invalidateQueries({ queryKey: [...recordKeys.recommendations, 'list'] });
    },
  });
}
