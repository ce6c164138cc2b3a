import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { cycleKeys } from './keys';

export type Cycle = components['schemas']['CycleDto'];

/** GET /api/cycles, every page (newest first): the pickers and lists of cycles. A handful per year. */
export function useCycles() {
  return useQuery({
    queryKey: cycleKeys.list,
    queryFn: async () => {
      const items: Cycle[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(api.GET('/api/cycles', { params: { query: { page, limit: 100 } } }));
        items.push(...answer.items);
        if (items.length >= answer.total || answer.items.length === 0) return items;
      }
    },
  });
}
