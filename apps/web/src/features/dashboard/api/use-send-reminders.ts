import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { dashboardKeys } from './keys';

export type RemindResult = components['schemas']['RemindResultDto'];

/** POST /api/cycles/{id}/reminders: remind the chosen States (or every one that has submitted nothing). */
export function useSendReminders(cycleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (states: string[] | undefined) => unwrap(api.POST('/api/cycles/{id}/reminders', { params: { path: { id: cycleId } }, body: states ? { states } : {} })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dashboardKeys.nonReporting(cycleId) }),
  });
}
