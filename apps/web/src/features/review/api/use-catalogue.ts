import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { reviewKeys } from './keys';

export type Theme = components['schemas']['ThemeDto'];
export type Session = components['schemas']['SessionDto'];

/** GET /api/themes, every page: the queue's theme filter. */
export function useThemes() {
  return useQuery({
    queryKey: reviewKeys.themes,
    queryFn: async () => {
      const items: Theme[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(api.GET('/api/themes', { params: { query: { page, limit: 100 } } }));
        items.push(...answer.items);
        if (items.length >= answer.total || answer.items.length === 0) return items;
      }
    },
    staleTime: Infinity,
  });
}

/** GET /api/sessions, every page: the queue's session filter. */
export function useSessions() {
  return useQuery({
    queryKey: reviewKeys.sessions,
    queryFn: async () => {
      const items: Session[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(api.GET('/api/sessions', { params: { query: { page, limit: 100 } } }));
        items.push(...answer.items);
        if (items.length >= answer.total || answer.items.length === 0) return items;
      }
    },
    staleTime: Infinity,
  });
}
