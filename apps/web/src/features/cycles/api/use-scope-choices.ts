import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components, TextLanguage } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { cycleKeys } from './keys';

export type SessionRow = components['schemas']['SessionDto'];
export type ThemeRow = components['schemas']['ThemeDto'];
export type RecommendationRow = components['schemas']['RecommendationDto'];

/** GET /api/sessions, every page: the meetings a scope can be chosen by. */
export function useSessions() {
  return useQuery({
    queryKey: cycleKeys.sessions,
    queryFn: async () => {
      const items: SessionRow[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(api.GET('/api/sessions', { params: { query: { page, limit: 100 } } }));
        items.push(...answer.items);
        if (items.length >= answer.total || answer.items.length === 0) return items;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** GET /api/themes, every page. */
export function useThemes() {
  return useQuery({
    queryKey: cycleKeys.themes,
    queryFn: async () => {
      const items: ThemeRow[] = [];
      for (let page = 1; ; page++) {
        const answer = await unwrap(api.GET('/api/themes', { params: { query: { page, limit: 100 } } }));
        items.push(...answer.items);
        if (items.length >= answer.total || answer.items.length === 0) return items;
      }
    },
    staleTime: 5 * 60_000,
  });
}

/** GET /api/recommendations?q=: the first 20 recommendations asking something of States that match the words. */
export function useRecommendationSearch(q: string, lang: TextLanguage) {
  return useQuery({
    queryKey: cycleKeys.recommendations(q, lang),
    queryFn: ({ signal }) => unwrap(api.GET('/api/recommendations', { params: { query: { q, lang, limit: 20, requiresStateReport: true } }, signal })),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
}
