import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys } from '@/features/reports/api/keys';
import type { ReportHistory } from '@/features/reports/api/use-report-history';
import { reviewKeys } from './keys';

export type ReviewBody = components['schemas']['ReviewDto'];

/**
 * POST /api/reports/{id}/review: start review, accept (with the secretariat's own assessment) or return (comment
 * required). The answer is the report in its new state: it goes into the history's cache at once, so the action is
 * announced (and the buttons follow the new state) without waiting for the refetches, which run behind it.
 */
export function useReviewAction(reportId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewBody) => unwrap(api.POST('/api/reports/{id}/review', { params: { path: { id: reportId } }, body })),
    onSuccess: (report) => {
      const { workflowState } = report;
      // A reviewed report is never "not started" (that state has no stored report to review).
      if (workflowState !== 'not_started') {
        queryClient.setQueryData<ReportHistory>(reportKeys.history(reportId), (history) => (history ? { ...history, report: { ...history.report, workflowState } } : history));
      }
      void queryClient.invalidateQueries({ queryKey: reviewKeys.all });
      void queryClient.invalidateQueries({ queryKey: reportKeys.history(reportId) });
    },
  });
}
