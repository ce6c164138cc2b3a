import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import { isUiLanguage } from '@/lib/i18n';
import { dashboardKeys } from './keys';

export type RemindResult = components['schemas']['RemindResultDto'];

/** POST /api/cycles/{id}/reminders: remind the chosen States (or every one that has submitted nothing). */
export function useSendReminders(cycleId: string) {
  const queryClient = useQueryClient();
  const { i18n } = useTranslation();
  return useMutation({
    // The States' names in the answer (those skipped) in the user's language; each mail goes out in its recipient's.
    mutationFn: (states: string[] | undefined) => unwrap(api.POST('/api/cycles/{id}/reminders', { params: { path: { id: cycleId } }, body: { ...(states ? { states } : {}), lang: isUiLanguage(i18n.language) ? i18n.language : undefined } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dashboardKeys.nonReporting(cycleId) }),
  });
}
