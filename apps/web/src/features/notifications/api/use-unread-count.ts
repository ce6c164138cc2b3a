import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { notificationKeys } from './keys';

/** GET /api/notifications?unread=true&limit=1: how many are unread (the bell), asked again every minute and on focus. */
export function useUnreadCount() {
  return useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: async () => (await unwrap(api.GET('/api/notifications', { params: { query: { unread: true, limit: 1, page: 1 } } }))).total,
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
  });
}
