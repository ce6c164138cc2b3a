/** Query keys of the signed-in user's notifications: marking one read invalidates `notificationKeys.all`. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (search: { unreadOnly: boolean; page: number }) => ['notifications', 'list', search] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
};
