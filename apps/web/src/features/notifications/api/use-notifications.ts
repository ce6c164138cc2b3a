import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { notificationKeys } from './keys';

export type AppNotification = components['schemas']['NotificationDto'];
export const NOTIFICATIONS_PAGE_SIZE = 20;

/** GET /api/notifications: the signed-in user's notifications, newest first, one page (optionally unread only). */
export function useNotifications({ unreadOnly = false, page = 1, limit = NOTIFICATIONS_PAGE_SIZE }: { unreadOnly?: boolean; page?: number; limit?: number } = {}) {
  return useQuery({
    queryKey: [...notificationKeys.list({ unreadOnly, page }), limit],
    queryFn: () => unwrap(api.GET('/api/notifications', { params: { query: { page, limit, unread: unreadOnly || undefined } } })),
    placeholderData: keepPreviousData,
  });
}
