import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

export type SessionRow = components['schemas']['SessionDto'];

/** GET /api/sessions, every page: the meetings of the Working Group in order (a few dozen). */
export function useSessions() {
  return useQuery({
    queryKey: recordKeys.sessions,
    queryFn: () => allPages((page, limit) => unwrap(api.GET('/api/sessions', { params: { query: { page, limit } } }))),
  });
}
