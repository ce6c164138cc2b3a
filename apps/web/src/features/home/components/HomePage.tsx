import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@contracts';
import { PageHeader } from '@/components/PageHeader';
import { useCurrentUser } from '@/lib/me-context';

interface Tile {
  to: string;
  title: string;
  body: string;
  permission: Permission;
}

/** What each person can do, from the permissions the server gave their role (never a copy of the role map). */
const TILES: Tile[] = [
  { to: '/workspace', title: 'tiles.workspace.title', body: 'tiles.workspace.body', permission: 'reports:write' },
  { to: '/review', title: 'tiles.review.title', body: 'tiles.review.body', permission: 'reports:review' },
  { to: '/admin/users', title: 'tiles.users.title', body: 'tiles.users.body', permission: 'users:manage' },
  { to: '/admin/invitations', title: 'tiles.bulk.title', body: 'tiles.bulk.body', permission: 'users:manage' },
  { to: '/admin/audit', title: 'tiles.audit.title', body: 'tiles.audit.body', permission: 'audit:read' },
];

export function HomePage() {
  const { t } = useTranslation('home');
  const me = useCurrentUser();
  const tiles = TILES.filter((tile) => me.permissions.includes(tile.permission));
  return (
    <Stack>
      <PageHeader title={t('title', { name: me.name })} description={t(`intro.${me.role}`, { state: me.stateCode ?? '' })} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {tiles.map((tile) => (
          <Card key={tile.to} withBorder padding="lg" component={Link} to={tile.to}>
            <Title order={2} size="h4" c="blue.9">
              {t(tile.title)}
            </Title>
            <Text size="sm" mt={6}>
              {t(tile.body)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
