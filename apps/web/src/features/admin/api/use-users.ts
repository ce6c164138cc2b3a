import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UsersSearch } from '@/app/router';
import { api, unwrap } from '@/lib/api-client';
import { adminKeys } from './keys';

export const USERS_PAGE_SIZE = 25;

/** GET /api/users: one page of accounts, filtered by search text, role, State and active flag. */
export function useUsers(search: UsersSearch) {
  return useQuery({
    queryKey: adminKeys.users(search),
    queryFn: () =>
      unwrap(
        api.GET('/api/users', {
          params: {
            query: {
              page: search.page ?? 1,
              limit: USERS_PAGE_SIZE,
              q: search.q || undefined,
              role: search.role,
              stateCode: search.stateCode,
              active: search.active === undefined ? undefined : search.active === 'true',
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
