import { Button, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useCycles } from '../api/use-cycles';
import { CycleStatusBadge, useDay } from './CycleParts';

/** /review/cycles: every reporting cycle, newest first, with its status, dates and scope. */
export function CyclesPage() {
  return (
    <RequirePermission permission="cycles:manage">
      <Cycles />
    </RequirePermission>
  );
}

function Cycles() {
  const { t } = useTranslation('cycles');
  const format = useFormat();
  const day = useDay();
  const cycles = useCycles();
  return (
    <Stack>
      <PageHeader
        title={t('list.title')}
        description={t('list.description')}
        actions={
          <Button component={Link} to="/review/cycles/new">
            {t('list.create')}
          </Button>
        }
      />
      {cycles.isPending ? (
        <FullPageLoader inline />
      ) : cycles.isError ? (
        <QueryError error={cycles.error} onRetry={() => void cycles.refetch()} />
      ) : cycles.data.length === 0 ? (
        <EmptyState title={t('list.empty')} hint={t('list.emptyHint')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('list.count', { formatted: format.number(cycles.data.length) })}
          </Text>
          <div className="table-scroll">
            <Table striped highlightOnHover verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('list.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.status')}</Table.Th>
                  <Table.Th scope="col">{t('fields.opensOn')}</Table.Th>
                  <Table.Th scope="col">{t('fields.closesOn')}</Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('fields.scopeCount')}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('fields.carriedForward')}
                  </Table.Th>
                  <Table.Th scope="col" ta="end">
                    {t('fields.extensions')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cycles.data.map((cycle) => (
                  <Table.Tr key={cycle.id}>
                    <Table.Td>
                      <Link to="/review/cycles/$cycleId" params={{ cycleId: cycle.id }}>
                        {cycle.name}
                      </Link>
                    </Table.Td>
                    <Table.Td>
                      <CycleStatusBadge status={cycle.status} />
                    </Table.Td>
                    <Table.Td>{day(cycle.opensOn)}</Table.Td>
                    <Table.Td>{day(cycle.closesOn)}</Table.Td>
                    <Table.Td ta="end">{format.number(cycle.scopeCount)}</Table.Td>
                    <Table.Td ta="end">{format.number(cycle.carriedForward)}</Table.Td>
                    <Table.Td ta="end">{format.number(cycle.extensions.length)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </>
      )}
    </Stack>
  );
}
