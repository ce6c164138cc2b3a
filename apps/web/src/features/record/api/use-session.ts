import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

/** GET /api/sessions/{number}: one meeting with its sections, documents and attendance. */
export function useSession(number: number) {
  return useQuery({
    queryKey: recordKeys.session(number),
    queryFn: () => unwrap(api.GET('/api/sessions/{number}', { params: { path: { number } } })),
  });
}
