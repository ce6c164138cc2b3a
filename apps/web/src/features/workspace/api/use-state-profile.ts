import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { textLanguage } from '@/lib/text-language';
import { api, apiFetch, unwrap } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';
import { workspaceKeys } from './keys';

export type StateProfile = components['schemas']['StateProfileDto'];
export type ProfileFormat = 'csv' | 'xlsx' | 'pdf';
export const PROFILE_FORMATS: ProfileFormat[] = ['xlsx', 'pdf', 'csv'];

/** GET /api/summaries/cycles/{id}/states/{code}: the State's own profile for the cycle (figures and its answers). */
export function useStateProfile(cycleId: string, stateCode: string | null, lang: string, includeSubmitted: boolean) {
  return useQuery({
    queryKey: workspaceKeys.profile(cycleId, stateCode ?? '', textLanguage(lang), includeSubmitted),
    enabled: Boolean(stateCode),
    queryFn: () =>
      unwrap(
        api.GET('/api/summaries/cycles/{id}/states/{code}', {
          params: { path: { id: cycleId, code: stateCode! }, query: { lang: textLanguage(lang), include: includeSubmitted ? 'submitted' : undefined } },
        }),
      ) as Promise<StateProfile>,
  });
}

/** The same profile as a file (?format=csv|xlsx|pdf), saved under the name the server gives it. */
export async function downloadStateProfile(cycleId: string, stateCode: string, lang: string, includeSubmitted: boolean, format: ProfileFormat): Promise<void> {
  const query = new URLSearchParams({ format, lang: textLanguage(lang) });
  if (includeSubmitted) query.set('include', 'submitted');
  const response = await apiFetch(`/api/summaries/cycles/${encodeURIComponent(cycleId)}/states/${encodeURIComponent(stateCode)}?${query}`);
  await saveDownload(response, `profile-${stateCode}.${format}`);
}
