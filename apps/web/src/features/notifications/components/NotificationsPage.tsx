import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { PagePagination } from '@/components/PagePagination';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { NOTIFICATIONS_PAGE_SIZE, useNotifications, type AppNotification } from '../api/use-notifications';
import { useMarkAllRead } from '../api/use-mark-all-read';
import { useMarkRead } from '../api/use-mark-read';
import { useNotificationText, type NotificationTarget } from './notification-text';

/** The signed-in person's notifications, newest first: each says what happened in their language and leads to it. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const [page, setPage] = useState(1);
  const list = useNotifications({ unreadOnly: filter === 'unread', page });
  const markAll = useMarkAllRead();
  return (
    <Stack maw={820}>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <Button variant="default" onClick={() => markAll.mutate()} loading={markAll.isPending}>
            {t('list.markAllRead')}
          </Button>
        }
      />
      {markAll.isError && <ProblemAlert error={markAll.error} />}
      <SegmentedControl
        value={filter}
        onChange={(value) => {
          setFilter(value === 'unread' ? 'unread' : 'all');
          setPage(1);
        }}
        data={[
          { value: 'all', label: t('list.filterAll') },
          { value: 'unread', label: t('list.filterUnread') },
        ]}
        aria-label={t('list.filterLabel')}
        w="fit-content"
      />
      {list.isPending ? (
        <Stack aria-busy="true" aria-label={t('list.loading')}>
          {[0, 1, 2].map((i) => (
            <Skeleton key={i} height={64} />
          ))}
        </Stack>
      ) : list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={filter === 'unread' ? t('list.emptyUnread') : t('list.empty')} hint={t('list.emptyHint')} />
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {list.data.items.map((n) => (
            <NotificationItem key={n.id} notification={n} />
          ))}
        </Stack>
      )}
      <PagePagination total={list.data?.total ?? 0} pageSize={NOTIFICATIONS_PAGE_SIZE} page={page} onChange={setPage} />
    </Stack>
  );
}

/** A link to what a notification is about (typed per target, so a wrong route fails the build). */
function TargetLink({ target, onClick, children }: { target: NotificationTarget; onClick: () => void; children: string }) {
  switch (target.to) {
    case '/workspace/cycles/$cycleId/recommendations/$recommendationId':
      return (
        <Anchor renderRoot={(props) => <Link {...props} to={target.to} params={target.params} />} fw={600} onClick={onClick}>
          {children}
        </Anchor>
      );
    case '/workspace/cycles/$cycleId':
      return (
        <Anchor renderRoot={(props) => <Link {...props} to={target.to} params={target.params} />} fw={600} onClick={onClick}>
          {children}
        </Anchor>
      );
    default:
      return (
        <Anchor component={Link} to="/account" fw={600} onClick={onClick}>
          {children}
        </Anchor>
      );
  }
}

function NotificationItem({ notification }: { notification: AppNotification }) {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const text = useNotificationText()(notification);
  const markRead = useMarkRead();
  const unread = notification.readAt === null;
  const read = () => {
    if (unread) markRead.mutate(notification.id);
  };
  return (
    <Paper component="li" withBorder p="sm" bg={unread ? 'blue.0' : undefined}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            {unread && (
              <Badge variant="dot" color="blue">
                {t('list.unread')}
              </Badge>
            )}
            {text.target ? (
              <TargetLink target={text.target} onClick={read}>
                {text.title}
              </TargetLink>
            ) : (
              <Text fw={600}>{text.title}</Text>
            )}
          </Group>
          {text.body && (
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {text.body}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            {format.dateTime(notification.createdAt)}
          </Text>
        </Stack>
        {unread && (
          <Button variant="subtle" size="compact-sm" onClick={read} loading={markRead.isPending} aria-label={t('list.markReadOf', { title: text.title })}>
            {t('list.markRead')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
