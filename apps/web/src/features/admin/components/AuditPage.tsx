import { Button, Code, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PagePagination } from '@/components/PagePagination';
import { auditRoute, type AuditSearch } from '@/app/router';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { AUDIT_PAGE_SIZE, useAudit } from '../api/use-audit';
import { useAuditExport } from '../api/use-audit-export';

/** The entities the trail records (the `entity` column); the filter offers them by name. */
const ENTITIES = ['user', 'recommendation', 'import', 'theme', 'state', 'cycle', 'report'] as const;

export function AuditPage() {
  return (
    <RequirePermission permission="audit:read">
      <Audit />
    </RequirePermission>
  );
}

function Audit() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const search = auditRoute.useSearch();
  const navigate = useNavigate({ from: '/admin/audit' });
  const audit = useAudit(search);
  const exportCsv = useAuditExport();
  const [actorEmail, setActorEmail] = useState(search.actorEmail ?? '');
  const [action, setAction] = useState(search.action ?? '');
  const setSearch = (patch: Partial<AuditSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page ?? undefined }), replace: true });
  const debounced = useDebouncedCallback((patch: Partial<AuditSearch>) => setSearch(patch), 350);

  return (
    <Stack>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.description')}
        actions={
          <Button variant="default" onClick={() => exportCsv.mutate(search)} loading={exportCsv.isPending}>
            {t('audit.export')}
          </Button>
        }
      />
      <ProblemAlert error={exportCsv.error} />
      <Group align="flex-end" gap="sm" role="search" aria-label={t('audit.filters')}>
        <TextInput
          label={t('audit.actor')}
          placeholder="name@example.org"
          value={actorEmail}
          onChange={(event) => {
            setActorEmail(event.currentTarget.value);
            debounced({ actorEmail: event.currentTarget.value.trim() || undefined });
          }}
          w={{ base: '100%', sm: 220 }}
        />
        <TextInput
          label={t('audit.action')}
          description={t('audit.actionHint')}
          placeholder="auth.login"
          value={action}
          onChange={(event) => {
            const value = event.currentTarget.value.toLowerCase();
            setAction(value);
            if (/^[a-z_.]*$/.test(value)) debounced({ action: value || undefined });
          }}
          error={/^[a-z_.]*$/.test(action) ? undefined : t('audit.actionInvalid')}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('audit.entity')}
          placeholder={t('audit.anyEntity')}
          clearable
          data={ENTITIES.map((entity) => ({ value: entity, label: t(`audit.entities.${entity}`) }))}
          value={search.entity ?? null}
          onChange={(value) => setSearch({ entity: value ?? undefined })}
          w={{ base: '100%', sm: 180 }}
        />
        <TextInput type="date" label={t('audit.from')} value={search.from ?? ''} onChange={(event) => setSearch({ from: event.currentTarget.value || undefined })} w={{ base: '100%', sm: 170 }} />
        <TextInput type="date" label={t('audit.to')} value={search.to ?? ''} onChange={(event) => setSearch({ to: event.currentTarget.value || undefined })} w={{ base: '100%', sm: 170 }} />
      </Group>
      {audit.isPending ? (
        <FullPageLoader inline />
      ) : audit.isError ? (
        <QueryError error={audit.error} onRetry={() => void audit.refetch()} />
      ) : audit.data.items.length === 0 ? (
        <EmptyState title={t('audit.empty')} hint={t('audit.emptyHint')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('audit.count', { count: audit.data.total, formatted: format.number(audit.data.total) })}
          </Text>
          <div className="table-scroll">
            <Table striped verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('audit.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('audit.when')}</Table.Th>
                  <Table.Th scope="col">{t('audit.actor')}</Table.Th>
                  <Table.Th scope="col">{t('audit.action')}</Table.Th>
                  <Table.Th scope="col">{t('audit.entity')}</Table.Th>
                  <Table.Th scope="col">{t('audit.changes')}</Table.Th>
                  <Table.Th scope="col">{t('audit.address')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {audit.data.items.map((event) => (
                  <Table.Tr key={event.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTime(event.occurredAt)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{event.actorEmail ?? (event.actorId ? event.actorId.slice(0, 8) : t('audit.system'))}</Text>
                      {event.actorRole && (
                        <Text size="xs" c="dimmed">
                          {t(`common:roles.${event.actorRole}`, { defaultValue: event.actorRole })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Code>{event.action}</Code>
                    </Table.Td>
                    <Table.Td>
                      {event.entity ? t(`audit.entities.${event.entity}`, { defaultValue: event.entity }) : '—'}
                      {event.entityId && (
                        <Text size="xs" c="dimmed" className="mono">
                          {event.entityId.length > 12 ? `${event.entityId.slice(0, 8)}…` : event.entityId}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{event.changes ? Object.keys(event.changes).join(', ') : '—'}</Text>
                    </Table.Td>
                    <Table.Td className="mono">{event.ip ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          <PagePagination total={Math.min(audit.data.total, 10_000)} pageSize={AUDIT_PAGE_SIZE} page={search.page ?? 1} onChange={(page) => setSearch({ page })} />
        </>
      )}
    </Stack>
  );
}
