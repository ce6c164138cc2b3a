import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import { answerKeys } from './keys';

export type ReportRow = components['schemas']['ReportRowDto'];

/**
 * GET /api/cycles/{id}/states/{code}/reports?lang=: every row of the State's questionnaire (all pages), for the
 * recommendation's reference, text, parent and the previous / next ones in the questionnaire's order.
 */
export function useQuestionnaireRows(cycleId: string, stateCode: string, lang: string) {
  return useQuery({
    queryKey: answerKeys.rows(cycleId, stateCode, lang),
    queryFn: () =>
      allPages((page, limit) =>
        unwrap(api.GET('/api/cycles/{id}/states/{code}/reports', { params: { path: { id: cycleId, code: stateCode }, query: { page, limit, lang: lang as 'en' } } })),
      ),
    staleTime: 60_000,
  });
}
