import { Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagePagination } from '@/components/PagePagination';
import { ROLES } from '@contracts';
import { usersRoute, type UsersSearch } from '@/app/router';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { USERS_PAGE_SIZE, useUsers } from '../api/use-users';
import { CreateUserModal } from './CreateUserModal';
import { StateSelect } from './StateSelect';

export function UsersPage() {
  return (
    <RequirePermission permission="users:manage">
      <Users />
    </RequirePermission>
  );
}

function Users() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const search = usersRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/users' });
  const users = useUsers(search);
  const [creating, setCreating] = useState(false);
  const [q, setQ] = useState(search.q ?? '');
  const setSearch = (patch: Partial<UsersSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page ?? undefined }), replace: true });
  const setQuery = useDebouncedCallback((value: string) => setSearch({ q: value.trim() || undefined }), 300);

  return (
    <Stack>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <>
            <Button variant="default" component={Link} to="/admin/invitations">
              {t('users.bulk')}
            </Button>
            <Button onClick={() => setCreating(true)}>{t('users.create')}</Button>
          </>
        }
      />
      <Group align="flex-end" gap="sm" role="search" aria-label={t('users.filters')}>
        <TextInput
          label={t('users.search')}
          placeholder={t('users.searchPlaceholder')}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setQuery(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 240 }}
        />
        <Select
          label={t('fields.role')}
          placeholder={t('users.anyRole')}
          clearable
          data={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
          value={search.role ?? null}
          onChange={(value) => setSearch({ role: (value as UsersSearch['role']) ?? undefined })}
          w={{ base: '100%', sm: 180 }}
        />
        <StateSelect label={t('fields.state')} placeholder={t('users.anyState')} value={search.stateCode ?? null} onChange={(value) => setSearch({ stateCode: value ?? undefined })} w={{ base: '100%', sm: 260 }} />
        <Select
          label={t('fields.status')}
          placeholder={t('users.anyStatus')}
          clearable
          data={[
            { value: 'true', label: t('users.active') },
            { value: 'false', label: t('users.inactive') },
          ]}
          value={search.active ?? null}
          onChange={(value) => setSearch({ active: (value as UsersSearch['active']) ?? undefined })}
          w={{ base: '100%', sm: 160 }}
        />
      </Group>
      {users.isPending ? (
        <FullPageLoader inline />
      ) : users.isError ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : users.data.items.length === 0 ? (
        <EmptyState title={t('users.empty')} hint={t('users.emptyHint')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('users.count', { count: users.data.total, formatted: format.number(users.data.total) })}
          </Text>
          <div className="table-scroll">
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('users.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.email')}</Table.Th>
                  <Table.Th scope="col">{t('fields.role')}</Table.Th>
                  <Table.Th scope="col">{t('fields.state')}</Table.Th>
                  <Table.Th scope="col">{t('fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('fields.lastLogin')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {users.data.items.map((user) => (
                  <Table.Tr key={user.id}>
                    <Table.Td>
                      <Link to="/admin/users/$userId" params={{ userId: user.id }}>
                        {user.name}
                      </Link>
                    </Table.Td>
                    <Table.Td>{user.email}</Table.Td>
                    <Table.Td>{t(`common:roles.${user.role}`)}</Table.Td>
                    <Table.Td>{user.stateCode ?? '—'}</Table.Td>
                    <Table.Td>
                      <UserStatusBadge active={user.active} hasPassword={user.hasPassword} />
                    </Table.Td>
                    <Table.Td>{format.dateTime(user.lastLoginAt)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <PagePagination total={users.data.total} pageSize={USERS_PAGE_SIZE} page={search.page ?? 1} onChange={(page) => setSearch({ page })} />
        </>
      )}
      <CreateUserModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}

export function UserStatusBadge({ active, hasPassword }: { active: boolean; hasPassword: boolean }) {
  const { t } = useTranslation('admin');
  if (!active)
    return (
      <Badge color="gray" variant="dot">
        {t('users.inactive')}
      </Badge>
    );
  if (!hasPassword)
    return (
      <Badge color="yellow" variant="dot">
        {t('users.invited')}
      </Badge>
    );
  return (
    <Badge color="green" variant="dot">
      {t('users.active')}
    </Badge>
  );
}
