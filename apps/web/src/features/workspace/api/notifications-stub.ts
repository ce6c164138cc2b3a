// TEMPORARY stand-in for the lead's features/notifications/api/use-notifications.ts (same interface); deleted at merge.
import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';

export function useNotifications({ unreadOnly }: { unreadOnly?: boolean } = {}) {
  return useQuery({
    queryKey: ['notifications', 'list', { unreadOnly: Boolean(unreadOnly) }],
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { unread: unreadOnly || undefined, limit: 20 } } })),
  });
}
