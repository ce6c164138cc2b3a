import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import { isUiLanguage } from '@/lib/i18n';
import { dashboardKeys } from './keys';

export type StatusDistribution = components['schemas']['StatusDistributionDto'];
type Suppressible = { suppressed: boolean; suppressedReason: string | null };
/** The overview; its group rows are described in prose in the OpenAPI document, so their shape is spelled out here. */
export type Overview = Omit<components['schemas']['OverviewDto'], 'byRegionalGroup' | 'bySession' | 'byTheme' | 'assistance'> & {
  byRegionalGroup: ({ regionalGroup: string | null; states: number | null; expected: number | null; reporting: number | null; responseRate: number | null; statusDistribution: StatusDistribution | null } & Suppressible)[];
  bySession: ({ session: number; startDate: string | null; recommendations: number; reports: number | null; statusDistribution: StatusDistribution | null } & Suppressible)[];
  byTheme: ({ theme: string; name: string; names: Record<string, string>; recommendations: number; reports: number | null; statusDistribution: StatusDistribution | null } & Suppressible)[];
  assistance: { states: number; reports: number; byType: Record<string, number> } | null;
};

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
    queryFn: () => unwrap(api.GET('/api/summaries/cycles/{id}', { params: { path: { id: cycleId! }, query: { ...figuresParams(query), lang } } })) as unknown as Promise<Overview>,
    enabled: !!cycleId,
    placeholderData: keepPreviousData,
  });
}
