import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, unwrapEmpty } from '@/lib/api-client';
import { answerKeys } from './keys';
import type { Report } from './use-report';

type Key = { cycleId: string; stateCode: string; recommendationId: string };

const keep = (queryClient: ReturnType<typeof useQueryClient>, key: Key) => (report: Report) => {
  queryClient.setQueryData(answerKeys.report(key.cycleId, key.stateCode, key.recommendationId), report);
  void queryClient.invalidateQueries({ queryKey: ['answer', 'rows', key.cycleId] });
  void queryClient.invalidateQueries({ queryKey: ['reports'] });
};

/** POST …/reports/{recommendationId}/submit: freezes a version for the secretariat. */
export function useSubmitReport(key: Key) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/cycles/{id}/states/{code}/reports/{recommendationId}/submit', { params: { path: { id: key.cycleId, code: key.stateCode, recommendationId: key.recommendationId } } })),
    onSuccess: keep(queryClient, key),
  });
}

/** POST …/reports/{recommendationId}/withdraw: back to draft before the secretariat starts its review. */
export function useWithdrawReport(key: Key) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/cycles/{id}/states/{code}/reports/{recommendationId}/withdraw', { params: { path: { id: key.cycleId, code: key.stateCode, recommendationId: key.recommendationId } } })),
    onSuccess: keep(queryClient, key),
  });
}

/** DELETE /api/reports/{id}/evidence/{fileId}: removes a file from a draft. */
export function removeEvidence(reportId: string, fileId: string): Promise<void> {
  return unwrapEmpty(api.DELETE('/api/reports/{id}/evidence/{fileId}', { params: { path: { id: reportId, fileId } } }));
}
