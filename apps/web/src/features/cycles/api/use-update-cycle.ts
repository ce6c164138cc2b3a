import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import type { Cycle } from './use-cycles';
import { cycleKeys } from './keys';

export type UpdateCycleBody = components['schemas']['UpdateCycleDto'];

/** Every answer of a cycle action is the cycle as it is now: put it in the cache, refresh the lists. */
export function useCycleAnswer() {
  const queryClient = useQueryClient();
  return (cycle: Cycle) => {
    queryClient.setQueryData(cycleKeys.one(cycle.id), cycle);
    return queryClient.invalidateQueries({ queryKey: cycleKeys.list });
  };
}

/** PATCH /api/cycles/{id} with If-Match on the version the page shows: name and dates. */
export function useUpdateCycle(cycle: Pick<Cycle, 'id' | 'version'>) {
  const answered = useCycleAnswer();
  return useMutation({
    mutationFn: (body: UpdateCycleBody) =>
      unwrap(api.PATCH('/api/cycles/{id}', { params: { path: { id: cycle.id } }, body, headers: { 'If-Match': `"v${cycle.version}"` } })),
    onSuccess: answered,
  });
}
