import { Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { RequirePermission } from '@/components/Forbidden';
import { FullPageLoader } from '@/components/FullPageLoader';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { stateName, useStates } from '@/features/admin/api/use-states';
import { useFormat } from '@/lib/format';
import { acrossStatesRoute } from '../routes';
import { useRecommendationSummary } from '../api/use-recommendation-summary';
import { REGIONAL_GROUPS } from '../api/use-review-queue';
import { useAcrossStatesExport, type ExportFormat } from '../api/use-summary-export';
import { RecommendationText } from './RecommendationText';
import { WorkflowBadge } from './WorkflowBadge';

export function AcrossStatesPage() {
  return (
    <RequirePermission permission="reports:review">
      <AcrossStates />
    </RequirePermission>
  );
}

const STATUSES = ['not_started', 'planned', 'in_progress', 'partially_implemented', 'fully_implemented', 'not_applicable', 'no_information'] as const;
const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'pdf'];

function AcrossStates() {
  const { t, i18n } = useTranslation(['review', 'labels']);
  const format = useFormat();
  const { cycleId, recommendationId } = acrossStatesRoute.useParams();
  const search = acrossStatesRoute.useSearch();
  const navigate = useNavigate({ from: '/review/cycles/$cycleId/recommendations/$recommendationId' });
  const summary = useRecommendationSummary(cycleId, recommendationId, i18n.language);
  const exporter = useAcrossStatesExport(cycleId, recommendationId);
  const states = useStates();
  const byCode = useMemo(() => new Map((states.data ?? []).map((s) => [s.code, s])), [states.data]);
  const group = REGIONAL_GROUPS.find((g) => g === search.group);

  if (summary.isPending) return <FullPageLoader inline />;
  if (summary.isError) return <QueryError error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  const rows = s.states.filter((st) => !group || st.regionalGroup === group);
  const distribution = s.statusDistribution;
  const accepted = s.states.filter((st) => st.workflowState === 'accepted').length;

  return (
    <Stack>
      <PageHeader
        title={t('across.title', { reference: s.recommendation.reference })}
        description={s.cycle.name}
        actions={FORMATS.map((f) => (
          <Button key={f} variant="default" onClick={() => exporter.mutate({ format: f, lang: i18n.language })} loading={exporter.isPending && exporter.variables?.format === f}>
            {t(`across.export.${f}`)}
          </Button>
        ))}
      />
      <ProblemAlert error={exporter.error} />
      <Paper withBorder p="md" component="section" aria-labelledby="across-rec-title">
        <Title order={2} size="h4" id="across-rec-title">
          {t('report.recommendation')}
        </Title>
        <RecommendationText mt="xs" size="sm" text={s.recommendation.text} textLanguage={s.recommendation.textLanguage} />
      </Paper>
      <Paper withBorder p="md" component="section" aria-labelledby="across-figures-title">
        <Title order={2} size="h4" id="across-figures-title" mb="xs">
          {t('across.figures')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mb="sm">
          <Figure label={t('across.statesReporting')} value={format.number(s.statesReporting)} />
          <Figure label={t('across.accepted')} value={format.number(accepted)} />
          <Figure label={t('across.pending')} value={format.number(s.statesReporting - accepted)} />
        </SimpleGrid>
        <div className="table-scroll">
          <Table verticalSpacing={4} data-testid="across-distribution">
            <Table.Caption>{t('across.distribution')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('across.status')}</Table.Th>
                <Table.Th scope="col" ta="end">
                  {t('across.states')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {STATUSES.map((status) => (
                <Table.Tr key={status}>
                  <Table.Th scope="row" fw={400}>
                    {t(`status.${status}`, { ns: 'labels' })}
                  </Table.Th>
                  <Table.Td ta="end">{format.number(distribution[status] ?? 0)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </Paper>
      <Group align="flex-end" role="search" aria-label={t('across.filters')}>
        <Select
          label={t('queue.group')}
          placeholder={t('queue.anyGroup')}
          clearable
          data={REGIONAL_GROUPS.map((g) => ({ value: g, label: t(`region.${g}`, { ns: 'labels' }) }))}
          value={group ?? null}
          onChange={(value) => void navigate({ search: { group: value ?? undefined }, replace: true })}
          w={{ base: '100%', sm: 280 }}
        />
      </Group>
      {rows.length === 0 ? (
        <EmptyState title={t('across.empty')} hint={group ? t('across.emptyGroup') : t('across.emptyHint')} />
      ) : (
        <div className="table-scroll">
          <Table striped verticalSpacing="xs" data-testid="across-states">
            <Table.Caption className="visually-hidden">{t('across.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('queue.state')}</Table.Th>
                <Table.Th scope="col">{t('across.selfAssessment')}</Table.Th>
                <Table.Th scope="col">{t('across.secretariat')}</Table.Th>
                <Table.Th scope="col">{t('queue.workflow')}</Table.Th>
                <Table.Th scope="col">{t('across.narrative')}</Table.Th>
                <Table.Th scope="col">{t('queue.files')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((st) => (
                <Table.Tr key={st.code} data-state={st.code}>
                  <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                    <Link to="/review/reports/$reportId" params={{ reportId: st.reportId }}>
                      {stateName(byCode.get(st.code), i18n.language, st.name)}
                    </Link>
                    {st.regionalGroup && (
                      <Text size="xs" c="dimmed">
                        {t(`region.${st.regionalGroup}`, { ns: 'labels' })}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{t(`status.${st.status}`, { ns: 'labels' })}</Table.Td>
                  <Table.Td>{st.secretariatStatus ? t(`status.${st.secretariatStatus}`, { ns: 'labels' }) : '—'}</Table.Td>
                  <Table.Td>
                    <WorkflowBadge state={st.workflowState} />
                    {st.late && (
                      <Badge color="orange" variant="dot" ms={4}>
                        {t('queue.late')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td style={{ minWidth: 240 }}>
                    <Text size="sm" dir="auto">
                      {st.narrativeExcerpt || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{format.number(st.fileCount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </div>
  );
}
