import { Badge, Checkbox, Group, Pagination, Select, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { RequirePermission } from '@/components/Forbidden';
import { FullPageLoader } from '@/components/FullPageLoader';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { StateSelect } from '@/features/admin/components/StateSelect';
import { stateName, useStates } from '@/features/admin/api/use-states';
import { useCycles } from '@/features/cycles/api/use-cycles';
import { useFormat } from '@/lib/format';
import { reviewQueueRoute, type ReviewQueueSearch } from '../routes';
import { useSessions } from '@/features/record/api/use-sessions';
import { useThemes } from '@/features/record/api/use-themes';
import { QUEUE_PAGE_SIZE, REGIONAL_GROUPS, useReviewQueue } from '../api/use-review-queue';
import { RecommendationText } from './RecommendationText';
import { WorkflowBadge } from './WorkflowBadge';

export function ReviewQueuePage() {
  return (
    <RequirePermission permission="reports:review">
      <Queue />
    </RequirePermission>
  );
}

const width = { base: '100%', sm: 220 } as const;

function Queue() {
  const { t, i18n } = useTranslation(['review', 'labels']);
  const format = useFormat();
  const search = reviewQueueRoute.useSearch();
  const navigate = useNavigate({ from: '/review/queue' });
  const queue = useReviewQueue(search, i18n.language);
  const states = useStates();
  const cycles = useCycles();
  const themes = useThemes();
  const sessions = useSessions();
  const byCode = useMemo(() => new Map((states.data ?? []).map((s) => [s.code, s])), [states.data]);
  const setSearch = (patch: Partial<ReviewQueueSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch, page: patch.page ?? undefined }), replace: true });
  const { page: _page, ...filters } = search;

  return (
    <Stack>
      <PageHeader title={t('queue.title')} description={t('queue.description')} />
      <Group align="flex-end" gap="sm" role="search" aria-label={t('queue.filters')}>
        <Select
          label={t('queue.cycle')}
          placeholder={t('queue.anyCycle')}
          clearable
          data={(cycles.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={search.cycle ?? null}
          onChange={(value) => setSearch({ cycle: value ?? undefined })}
          w={width}
        />
        <StateSelect
          label={t('queue.state')}
          placeholder={t('queue.anyState')}
          nothingFoundMessage={t('queue.noState')}
          value={search.state ?? null}
          onChange={(value) => setSearch({ state: value ?? undefined })}
          w={width}
        />
        <Select
          label={t('queue.group')}
          placeholder={t('queue.anyGroup')}
          clearable
          data={REGIONAL_GROUPS.map((g) => ({ value: g, label: t(`region.${g}`, { ns: 'labels' }) }))}
          value={search.group ?? null}
          onChange={(value) => setSearch({ group: value ?? undefined })}
          w={width}
        />
        <Select
          label={t('queue.session')}
          placeholder={t('queue.anySession')}
          clearable
          data={(sessions.data ?? []).filter((s) => s.recommendationCount > 0).map((s) => ({ value: String(s.number), label: t('queue.sessionNumber', { number: s.number }) }))}
          value={search.session ? String(search.session) : null}
          onChange={(value) => setSearch({ session: value ? Number(value) : undefined })}
          w={{ base: '100%', sm: 160 }}
        />
        <Select
          label={t('queue.theme')}
          placeholder={t('queue.anyTheme')}
          clearable
          searchable
          data={(themes.data ?? []).map((th) => ({ value: th.code, label: (th.names as Record<string, string>)[i18n.language] ?? (th.names as Record<string, string>).en ?? th.code }))}
          value={search.theme ?? null}
          onChange={(value) => setSearch({ theme: value ?? undefined })}
          w={width}
        />
        <Checkbox label={t('queue.lateOnly')} checked={!!search.late} onChange={(event) => setSearch({ late: event.currentTarget.checked || undefined })} mb={8} />
        <Checkbox label={t('queue.withFilesOnly')} checked={!!search.withFiles} onChange={(event) => setSearch({ withFiles: event.currentTarget.checked || undefined })} mb={8} />
      </Group>
      {queue.isPending ? (
        <FullPageLoader inline />
      ) : queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} />
      ) : queue.data.items.length === 0 ? (
        <EmptyState title={t('queue.empty')} hint={Object.values(filters).some((v) => v !== undefined) ? t('queue.emptyFiltered') : t('queue.emptyHint')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('queue.count', { count: queue.data.total, formatted: format.number(queue.data.total) })}
          </Text>
          <div className="table-scroll">
            <Table striped highlightOnHover verticalSpacing="xs" data-testid="review-queue">
              <Table.Caption className="visually-hidden">{t('queue.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('queue.state')}</Table.Th>
                  <Table.Th scope="col">{t('queue.recommendation')}</Table.Th>
                  <Table.Th scope="col">{t('queue.submittedAt')}</Table.Th>
                  <Table.Th scope="col">{t('queue.files')}</Table.Th>
                  <Table.Th scope="col">{t('queue.workflow')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {queue.data.items.map((item) => (
                  <Table.Tr key={item.id} data-report={item.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {stateName(byCode.get(item.stateCode), i18n.language, item.stateCode)}
                    </Table.Td>
                    <Table.Td style={{ minWidth: 260 }}>
                      <Link to="/review/reports/$reportId" params={{ reportId: item.id! }} search={filters}>
                        {item.reference}
                      </Link>
                      <RecommendationText size="sm" text={item.text} textLanguage={item.textLanguage} max={160} />
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {format.date(item.submittedAt)}
                      {item.late && (
                        <Badge color="orange" variant="dot" ms={6}>
                          {t('queue.late')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{format.number(item.fileCount)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <WorkflowBadge state={item.workflowState} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
          {queue.data.total > QUEUE_PAGE_SIZE && (
            <Pagination
              total={Math.ceil(queue.data.total / QUEUE_PAGE_SIZE)}
              value={search.page ?? 1}
              onChange={(page) => setSearch({ page })}
              getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('common:pagination.page', { page }) })}
            />
          )}
        </>
      )}
    </Stack>
  );
}
