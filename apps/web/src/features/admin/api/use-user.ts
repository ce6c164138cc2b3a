import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { adminKeys } from './keys';

/** GET /api/users/{id}. */
export function useUser(id: string) {
  return useQuery({ queryKey: adminKeys.user(id), queryFn: () => unwrap(api.GET('/api/users/{id}', { params: { path: { id } } })) });
}
