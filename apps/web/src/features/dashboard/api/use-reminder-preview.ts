import { useMutation } from '@tanstack/react-query';
import type { components } from '@contracts';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '@/lib/api-client';
import { isUiLanguage } from '@/lib/i18n';

export type ReminderPreview = components['schemas']['ReminderPreviewDto'];

/**
 * POST /api/cycles/{id}/reminders/preview: who a reminder would reach now, who is skipped, and the mail — nothing sent.
 * The States' names come in the user's language.
 */
export function useReminderPreview(cycleId: string) {
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: (states: string[] | undefined) =>
      unwrap(api.POST('/api/cycles/{id}/reminders/preview', { params: { path: { id: cycleId } }, body: { ...(states ? { states } : {}), lang: isUiLanguage(i18n.language) ? i18n.language : undefined } })),
  });
}
