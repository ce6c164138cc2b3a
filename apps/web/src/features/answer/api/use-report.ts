import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { answerKeys } from './keys';

export type Report = components['schemas']['ReportDto'];

type Key = { cycleId: string; stateCode: string; recommendationId: string };

/** GET /api/cycles/{id}/states/{code}/reports/{recommendationId}: the State's report (an empty draft when not saved yet). */
export function fetchReport({ cycleId, stateCode, recommendationId }: Key): Promise<Report> {
  return unwrap(api.GET('/api/cycles/{id}/states/{code}/reports/{recommendationId}', { params: { path: { id: cycleId, code: stateCode, recommendationId } } }));
}

export function useReport(key: Key) {
  return useQuery({
    queryKey: answerKeys.report(key.cycleId, key.stateCode, key.recommendationId),
    queryFn: () => fetchReport(key),
    // The page owns the report once loaded: refetching under the form would change what the person is typing over.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
