import { Badge, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import type { UiLanguage } from '@contracts';
import { useFormat } from '@/lib/format';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { useSessions } from '../api/use-sessions';
import { dateRange } from './record-format';

/** The meetings of the Working Group: dates, venue, report symbol, how many recommendations. */
export function SessionsPage() {
  return (
    <RequirePermission permission="catalogue:write">
      <Sessions />
    </RequirePermission>
  );
}

function Sessions() {
  const { t } = useTranslation('record');
  const format = useFormat();
  const sessions = useSessions();
  return (
    <Stack>
      <PageHeader title={t('sessions.title')} description={t('sessions.description')} />
      {sessions.isPending ? (
        <FullPageLoader inline />
      ) : sessions.isError ? (
        <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : sessions.data.length === 0 ? (
        <EmptyState title={t('sessions.empty')} hint={t('sessions.emptyHint')} />
      ) : (
        <div className="table-scroll">
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t('sessions.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.meeting')}</Table.Th>
                <Table.Th scope="col">{t('fields.dates')}</Table.Th>
                <Table.Th scope="col">{t('fields.venue')}</Table.Th>
                <Table.Th scope="col">{t('fields.reportSymbol')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('fields.recommendations')}
                </Table.Th>
                <Table.Th scope="col">{t('fields.report')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Link to="/record/sessions/$number" params={{ number: String(s.number) }}>
                      {t('sessions.meeting', { number: s.number })}
                    </Link>
                  </Table.Td>
                  <Table.Td>{dateRange(format, s.startDate, s.endDate)}</Table.Td>
                  <Table.Td>{s.venue ?? '—'}</Table.Td>
                  <Table.Td>
                    {s.reportSymbol ? (
                      <span className="mono">{s.reportSymbol}</span>
                    ) : (
                      <Badge color="yellow" variant="dot">
                        {t('sessions.noSymbol')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="end">{format.number(s.recommendationCount)}</Table.Td>
                  <Table.Td>
                    {s.reportImported ? (
                      <Text size="sm">{s.reportLanguages.map((l) => LANGUAGE_NAMES[l as UiLanguage] ?? l).join(', ')}</Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('sessions.notImported')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}
