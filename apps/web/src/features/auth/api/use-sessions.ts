import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { authKeys } from './keys';

/** GET /api/auth/sessions: one's own sign-in sessions. */
export function useSessions(page: number) {
  return useQuery({
    queryKey: authKeys.sessions(page),
    queryFn: () => unwrap(api.GET('/api/auth/sessions', { params: { query: { page, limit: 20 } } })),
    placeholderData: keepPreviousData,
  });
}
