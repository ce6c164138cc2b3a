import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

/** POST /api/cycles/{id}/states/{code}/reports/{recommendationId}/submit: freezes the answer as a submitted version. */
export function useSubmitReport(cycleId: string, stateCode: string) {
  return useMutation({
    mutationFn: (recommendationId: string) =>
      unwrap(api.POST('/api/cycles/{id}/states/{code}/reports/{recommendationId}/submit', { params: { path: { id: cycleId, code: stateCode, recommendationId } } })),
  });
}
