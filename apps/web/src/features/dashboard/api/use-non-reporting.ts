import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import { isUiLanguage } from '@/lib/i18n';
import { dashboardKeys } from './keys';

export type NonReporting = components['schemas']['NonReportingDto'];
export type NonReportingState = components['schemas']['NonReportingStateDto'];

/**
 * GET /api/summaries/cycles/{id}/non-reporting: expected States with nothing accepted, their focal points, last
 * reminder; the States' names in the user's language.
 */
export function useNonReporting(cycleId: string) {
  const { i18n } = useTranslation();
  return useQuery({
    // Under the cycle's key, so that a reminder sent invalidates every language's answer.
    queryKey: [...dashboardKeys.nonReporting(cycleId), i18n.language],
    queryFn: () => unwrap(api.GET('/api/summaries/cycles/{id}/non-reporting', { params: { path: { id: cycleId }, query: { lang: isUiLanguage(i18n.language) ? i18n.language : undefined } } })) as Promise<NonReporting>,
  });
}
