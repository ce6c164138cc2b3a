import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { reportKeys } from './keys';

export type ReportHistory = components['schemas']['HistoryDto'];
export type ReportVersion = components['schemas']['HistoryVersionDto'];
export type ReportReviewEntry = components['schemas']['HistoryReviewDto'];

/** GET /api/reports/{id}/history: every submitted version with its content, every review and comment, oldest first. */
export function useReportHistory(reportId: string | null) {
  return useQuery({
    queryKey: reportKeys.history(reportId ?? 'none'),
    queryFn: () => unwrap(api.GET('/api/reports/{id}/history', { params: { path: { id: reportId! } } })),
    enabled: reportId !== null,
  });
}
