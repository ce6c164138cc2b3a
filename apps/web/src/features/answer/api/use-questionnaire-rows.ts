import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
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
    queryFn: async () => {
      const rows: ReportRow[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(
          api.GET('/api/cycles/{id}/states/{code}/reports', { params: { path: { id: cycleId, code: stateCode }, query: { page, limit: 100, lang: lang as 'en' } } }),
        );
        rows.push(...answer.items);
        if (rows.length >= answer.total || answer.items.length === 0) return rows;
      }
    },
    staleTime: 60_000,
  });
}
