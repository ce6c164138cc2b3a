import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

export type SessionRow = components['schemas']['SessionDto'];

/** GET /api/sessions, every page: the meetings of the Working Group in order (a few dozen). */
export function useSessions() {
  return useQuery({
    queryKey: recordKeys.sessions,
    queryFn: async () => {
      const items: SessionRow[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(api.GET('/api/sessions', { params: { query: { page, limit: 100 } } }));
        items.push(...answer.items);
        if (items.length >= answer.total || answer.items.length === 0) return items;
      }
    },
  });
}
