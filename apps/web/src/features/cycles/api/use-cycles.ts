import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import { cycleKeys } from './keys';

export type Cycle = components['schemas']['CycleDto'];

/** GET /api/cycles, every page (newest first): the pickers and lists of cycles. A handful per year. */
export function useCycles() {
  return useQuery({
    queryKey: cycleKeys.list,
    queryFn: () => allPages((page, limit) => unwrap(api.GET('/api/cycles', { params: { query: { page, limit } } }))),
  });
}
