import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { dashboardKeys } from './keys';

export type NonReporting = components['schemas']['NonReportingDto'];
export type NonReportingState = components['schemas']['NonReportingStateDto'];

/** GET /api/summaries/cycles/{id}/non-reporting: expected States with nothing accepted, their focal points, last reminder. */
export function useNonReporting(cycleId: string) {
  return useQuery({
    queryKey: dashboardKeys.nonReporting(cycleId),
    queryFn: () => unwrap(api.GET('/api/summaries/cycles/{id}/non-reporting', { params: { path: { id: cycleId }, query: {} } })) as Promise<NonReporting>,
  });
}
