import { Anchor, Badge, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { stateName, useStates } from '@/features/admin/api/use-states';
import { followUpRoute } from '../routes';
import { useNonReporting } from '../api/use-non-reporting';
import { ReminderModal } from './ReminderModal';
import { useUtcDateTime } from './figures';

export function FollowUpPage() {
  return (
    <RequirePermission permission="reports:review">
      <FollowUp />
    </RequirePermission>
  );
}

function FollowUp() {
  const { t, i18n } = useTranslation(['dashboard', 'labels']);
  const format = useFormat();
  const utc = useUtcDateTime();
  const { cycleId } = followUpRoute.useParams();
  const data = useNonReporting(cycleId);
  const statesList = useStates();
  const [selected, setSelected] = useState<string[]>([]);
  const [reminding, setReminding] = useState<string[] | 'default' | null>(null);

  const title = data.data ? t('followUp.titleOf', { cycle: data.data.cycle.name }) : t('followUp.title');
  const name = (code: string, fallback: string) => (statesList.data ? stateName(statesList.data.find((s) => s.code === code), i18n.language, fallback) : fallback);
  const rows = data.data?.states ?? [];
  const allSelected = rows.length > 0 && selected.length === rows.length;
  const open = data.data?.cycle.status === 'open';

  return (
    <Stack>
      <PageHeader
        title={title}
        description={t('followUp.description')}
        actions={
          <Anchor renderRoot={(props) => <Link {...props} to="/review" search={{ cycle: cycleId }} />}>
            {t('followUp.backToDashboard')}
          </Anchor>
        }
      />
      {data.isPending ? (
        <FullPageLoader inline />
      ) : data.isError ? (
        <QueryError error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status" data-testid="non-reporting-count">
            {t('followUp.count', { count: rows.length, formatted: format.number(rows.length), expected: format.number(data.data.expected) })} ·{' '}
            {t('figures.asOf', { when: utc(data.data.asOf) })}
          </Text>
          {!open && <Text size="sm">{t('followUp.notOpen')}</Text>}
          <Group gap="sm">
            <Button disabled={!open || selected.length === 0} onClick={() => setReminding(selected)}>
              {t('followUp.remindSelected', { count: selected.length })}
            </Button>
            <Button variant="default" disabled={!open} onClick={() => setReminding('default')}>
              {t('followUp.remindAll')}
            </Button>
          </Group>
          {rows.length === 0 ? (
            <EmptyState title={t('followUp.empty')} hint={t('followUp.emptyHint')} />
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
              <Table striped verticalSpacing="xs" fz="sm">
                <Table.Caption className="visually-hidden">{title}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col" w={40}>
                      <Checkbox
                        aria-label={t('followUp.selectAll')}
                        checked={allSelected}
                        indeterminate={selected.length > 0 && !allSelected}
                        onChange={() => setSelected(allSelected ? [] : rows.map((r) => r.code))}
                      />
                    </Table.Th>
                    <Table.Th scope="col">{t('followUp.state')}</Table.Th>
                    <Table.Th scope="col">{t('figures.columns.regionalGroup')}</Table.Th>
                    <Table.Th scope="col">{t('followUp.awaitingReview')}</Table.Th>
                    <Table.Th scope="col">{t('followUp.focalPoints')}</Table.Th>
                    <Table.Th scope="col">{t('followUp.lastReminded')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => {
                    const label = name(row.code, row.name);
                    return (
                      <Table.Tr key={row.code} data-state={row.code}>
                        <Table.Td>
                          <Checkbox
                            aria-label={t('followUp.select', { state: label })}
                            checked={selected.includes(row.code)}
                            onChange={(event) => {
                              const checked = event.currentTarget.checked;
                              setSelected((prev) => (checked ? [...prev, row.code] : prev.filter((c) => c !== row.code)));
                            }}
                          />
                        </Table.Td>
                        <Table.Th scope="row" fw={500}>
                          {label} <span className="mono">({row.code})</span>
                          <Text size="xs" c="dimmed">
                            {t(`protocol.${row.protocolStatus}`, { ns: 'labels', defaultValue: row.protocolStatus })}
                          </Text>
                        </Table.Th>
                        <Table.Td>{t(`region.${row.regionalGroup ?? 'none'}`, { ns: 'labels' })}</Table.Td>
                        <Table.Td>
                          {row.hasPendingSubmission ? (
                            <Badge variant="dot" color="blue">
                              {t('followUp.pending', { count: row.pendingSubmissions })}
                            </Badge>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {t('followUp.nothingPending')}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          {row.focalPoints.length === 0 ? (
                            <Text size="sm" c="red.9">
                              {t('followUp.noFocalPoint')}
                            </Text>
                          ) : (
                            row.focalPoints.map((fp) => (
                              <div key={fp.email}>
                                {fp.name} · <Anchor href={`mailto:${fp.email}`} size="sm" dir="ltr">{fp.email}</Anchor>
                              </div>
                            ))
                          )}
                        </Table.Td>
                        <Table.Td data-testid="last-reminded">{row.lastRemindedAt ? utc(row.lastRemindedAt) : t('followUp.never')}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </div>
          )}
          {reminding !== null && (
            <ReminderModal
              cycleId={cycleId}
              states={reminding === 'default' ? undefined : reminding}
              onClose={(sent) => {
                setReminding(null);
                if (sent) setSelected([]);
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
}
