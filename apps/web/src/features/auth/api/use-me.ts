import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { authKeys } from './keys';

export type Me = components['schemas']['MeDto'];

/** GET /api/auth/me: who is signed in, with their permissions (navigation reads these, never a copy of the role map). */
export function useMe(enabled: boolean) {
  return useQuery({
    queryKey: authKeys.me,
    queryFn: () => unwrap(api.GET('/api/auth/me')),
    enabled,
    staleTime: 60_000,
  });
}
