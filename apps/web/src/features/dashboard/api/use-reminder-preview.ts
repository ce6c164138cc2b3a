import { useMutation } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';

export type ReminderPreview = components['schemas']['ReminderPreviewDto'];

/** POST /api/cycles/{id}/reminders/preview: who a reminder would reach now, who is skipped, and the mail — nothing sent. */
export function useReminderPreview(cycleId: string) {
  return useMutation({
    mutationFn: (states: string[] | undefined) => unwrap(api.POST('/api/cycles/{id}/reminders/preview', { params: { path: { id: cycleId } }, body: states ? { states } : {} })),
  });
}
