import { Anchor, Badge, Button, Group, Pagination, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useCurrentUser } from '@/lib/me-context';
import { useRevokeSession } from '../api/use-revoke-session';
import { useSessions } from '../api/use-sessions';

export function AccountPage() {
  const { t } = useTranslation('auth');
  const me = useCurrentUser();
  return (
    <Stack maw={960}>
      <PageHeader title={t('account.title')} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="dl" m={0}>
          <Item label={t('fields.name')} value={me.name} />
          <Item label={t('fields.email')} value={me.email} />
          <Item label={t('fields.role')} value={t(`common:roles.${me.role}`)} />
          {me.stateCode && <Item label={t('fields.state')} value={me.stateCode} />}
        </SimpleGrid>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('account.language')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('account.languageHint')}
          </Text>
          <LanguageSwitcher saveToAccount />
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('account.security')}
          </Title>
          <Group>
            <Anchor component={Link} to="/account/password">
              {t('changePassword.title')}
            </Anchor>
            <Anchor component={Link} to="/account/two-step">
              {t('mfa.title')}
            </Anchor>
            <Badge color={me.mfaEnabled ? "green" : "gray"} variant="dot">
              {me.mfaEnabled ? t('mfa.on') : t('mfa.off')}
            </Badge>
          </Group>
        </Stack>
      </Paper>
      <Sessions />
    </Stack>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </div>
  );
}

function Sessions() {
  const { t } = useTranslation('auth');
  const format = useFormat();
  const [page, setPage] = useState(1);
  const sessions = useSessions(page);
  const revoke = useRevokeSession();
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('sessions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('sessions.hint')}
        </Text>
        <ProblemAlert error={revoke.error} />
        {sessions.isPending ? (
          <FullPageLoader inline />
        ) : sessions.isError ? (
          <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : sessions.data.items.length === 0 ? (
          <EmptyState title={t('sessions.empty')} />
        ) : (
          <>
            <div className="table-scroll">
              <Table striped highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('sessions.device')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.address')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.lastUsed')}</Table.Th>
                    <Table.Th scope="col">{t('sessions.ends')}</Table.Th>
                    <Table.Th scope="col">
                      <span className="visually-hidden">{t('sessions.actions')}</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {sessions.data.items.map((session) => (
                    <Table.Tr key={session.id}>
                      <Table.Td>
                        <Text size="sm" lineClamp={2} maw={320}>
                          {session.userAgent ?? t('sessions.unknownDevice')}
                        </Text>
                        {session.current && (
                          <Badge size="sm" variant="dot">
                            {t('sessions.current')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td className="mono">{session.ip ?? '—'}</Table.Td>
                      <Table.Td>{format.dateTime(session.lastUsedAt)}</Table.Td>
                      <Table.Td>{format.dateTime(session.expiresAt)}</Table.Td>
                      <Table.Td>
                        {!session.current && (
                          <Button size="xs" variant="outline" color="red" loading={revoke.isPending && revoke.variables === session.id} onClick={() => revoke.mutate(session.id)}>
                            {t('sessions.revoke')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
            {sessions.data.total > sessions.data.limit && (
              <Pagination total={Math.ceil(sessions.data.total / sessions.data.limit)} value={page} onChange={setPage} getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })} />
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
