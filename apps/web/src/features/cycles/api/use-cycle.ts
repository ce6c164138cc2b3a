import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { cycleKeys } from './keys';

/** GET /api/cycles/{id}: one reporting cycle (dates, status, scope count). */
export function useCycle(id: string) {
  return useQuery({ queryKey: cycleKeys.one(id), queryFn: () => unwrap(api.GET('/api/cycles/{id}', { params: { path: { id } } })) });
}
