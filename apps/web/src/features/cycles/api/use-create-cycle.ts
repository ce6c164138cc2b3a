import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { cycleKeys } from './keys';

export type CreateCycleBody = components['schemas']['CreateCycleDto'];

/** POST /api/cycles: plans a cycle; its scope is frozen now. */
export function useCreateCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateCycleBody) => unwrap(api.POST('/api/cycles', { body })),
    onSuccess: (cycle) => {
      queryClient.setQueryData(cycleKeys.one(cycle.id), cycle);
      return queryClient.invalidateQueries({ queryKey: cycleKeys.list });
    },
  });
}
