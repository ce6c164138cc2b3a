import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import { isUiLanguage } from '@/lib/i18n';
import { dashboardKeys } from './keys';

export type StatusDistribution = components['schemas']['StatusDistributionDto'];
export type Overview = components['schemas']['OverviewDto'];

/** The figures' query: the counting rule (`include=submitted`) and the moment (`asOf`), as every summary takes them. */
export interface FiguresQuery {
  asOf?: string;
  includeSubmitted?: boolean;
}

export const figuresParams = ({ asOf, includeSubmitted }: FiguresQuery) => ({
  asOf: asOf ? new Date(asOf).toISOString() : undefined,
  include: includeSubmitted ? ('submitted' as const) : undefined,
});

/**
 * GET /api/summaries/cycles/{id}: a cycle's overview (response rate, statuses, by group, session, theme, assistance),
 * its names (themes, the States in no regional group) in the user's language.
 */
export function useOverview(cycleId: string | undefined, query: FiguresQuery) {
  const { i18n } = useTranslation();
  const lang = isUiLanguage(i18n.language) ? i18n.language : undefined;
  return useQuery({
    queryKey: [...dashboardKeys.overview(cycleId ?? '', query.asOf, !!query.includeSubmitted), lang ?? 'en'],
    // Without `format` the answer is the JSON document (the route also serves CSV, XLSX and PDF, hence the union).
    queryFn: async () => (await unwrap(api.GET('/api/summaries/cycles/{id}', { params: { path: { id: cycleId! }, query: { ...figuresParams(query), lang } } }))) as Overview,
    enabled: !!cycleId,
    placeholderData: keepPreviousData,
  });
}
