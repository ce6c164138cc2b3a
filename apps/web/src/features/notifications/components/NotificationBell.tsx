import { Button } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUnreadCount } from '../api/use-unread-count';

/** The header's bell: the unread count, leading to the notifications. Small on purpose: it is on every page. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount();
  const count = unread.data ?? 0;
  return (
    <Button
      component={Link}
      to="/notifications"
      variant={count > 0 ? 'light' : 'subtle'}
      size="compact-md"
      aria-label={t('nav.notificationsUnread', { count })}
      title={t('nav.notificationsUnread', { count })}
      leftSection={
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
          <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
      }
    >
      {/* The exact number: the visible text must be part of the accessible name. */}
      {count > 0 ? count : null}
    </Button>
  );
}
