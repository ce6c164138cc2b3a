import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useCycles, type Cycle } from '@/features/cycles/api/use-cycles';
import { dashboardRoute, type DashboardSearch } from '../routes';
import { useOverview, type Overview } from '../api/use-overview';
import { ExportsPanel } from './ExportsPanel';
import { FigureSection } from './FigureSection';
import { ANSWERED_STATUSES, STATUS_COLORS, usePercent, useUtcDateTime } from './figures';

/** The open cycle if there is one, else the newest. */
const defaultCycle = (cycles: Cycle[] | undefined) => (cycles ?? []).find((c) => c.status === 'open') ?? cycles?.[0];

/** An ISO instant as the value of a datetime-local input (the user's local time), and back. */
const toLocalInput = (iso: string | undefined) => {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export function DashboardPage() {
  return (
    <RequirePermission permission="reports:review">
      <Dashboard />
    </RequirePermission>
  );
}

function Dashboard() {
  const { t } = useTranslation(['dashboard', 'labels']);
  const search = dashboardRoute.useSearch();
  const navigate = useNavigate({ from: '/review' });
  const cycles = useCycles();
  const cycle = search.cycle ? cycles.data?.find((c) => c.id === search.cycle) : defaultCycle(cycles.data);
  const query = { asOf: search.asOf, includeSubmitted: search.includeSubmitted };
  const overview = useOverview(cycle?.id, query);
  const setSearch = (patch: Partial<DashboardSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });

  if (cycles.isPending) return <FullPageLoader inline />;
  if (cycles.isError) return <QueryError error={cycles.error} onRetry={() => void cycles.refetch()} />;
  return (
    <Stack>
      <PageHeader title={t('dashboard.title')} description={t('dashboard.description')} />
      {cycles.data.length === 0 || !cycle ? (
        <EmptyState title={t('dashboard.noCycles')} hint={t('dashboard.noCyclesHint')} />
      ) : (
        <>
          <Controls cycles={cycles.data} cycle={cycle} search={search} setSearch={setSearch} />
          {overview.isPending ? (
            <FullPageLoader inline />
          ) : overview.isError ? (
            <QueryError error={overview.error} onRetry={() => void overview.refetch()} />
          ) : (
            <Figures overview={overview.data} stale={overview.isPlaceholderData} />
          )}
          <ExportsPanel cycleId={cycle.id} query={query} />
        </>
      )}
    </Stack>
  );
}

function Controls({ cycles, cycle, search, setSearch }: { cycles: Cycle[]; cycle: Cycle; search: DashboardSearch; setSearch: (patch: Partial<DashboardSearch>) => void }) {
  const { t } = useTranslation(['dashboard', 'labels']);
  const [asOf, setAsOf] = useState(toLocalInput(search.asOf));
  const [asOfError, setAsOfError] = useState<string | null>(null);
  const applyAsOf = (value: string) => {
    setAsOf(value);
    if (!value) {
      setAsOfError(null);
      setSearch({ asOf: undefined });
      return;
    }
    const at = new Date(value);
    if (Number.isNaN(at.getTime())) return;
    if (at.getTime() > Date.now()) {
      setAsOfError(t('controls.asOfFuture'));
      return;
    }
    setAsOfError(null);
    setSearch({ asOf: at.toISOString() });
  };
  return (
    <Paper withBorder p="md">
      <Group align="flex-end" gap="md" role="group" aria-label={t('controls.label')}>
        <Select
          label={t('controls.cycle')}
          data={cycles.map((c) => ({ value: c.id, label: `${c.name} (${t(`cycleStatus.${c.status}`, { defaultValue: c.status })})` }))}
          value={cycle.id}
          onChange={(value) => value && setSearch({ cycle: value })}
          allowDeselect={false}
          w={{ base: '100%', sm: 320 }}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput
          type="datetime-local"
          label={t('controls.asOf')}
          description={t('controls.asOfHint')}
          value={asOf}
          max={toLocalInput(new Date().toISOString())}
          onChange={(event) => applyAsOf(event.currentTarget.value)}
          error={asOfError}
          w={{ base: '100%', sm: 240 }}
        />
        {search.asOf && (
          <Button variant="default" onClick={() => applyAsOf('')}>
            {t('controls.now')}
          </Button>
        )}
        <Switch
          label={t('controls.includeSubmitted')}
          description={t('controls.includeSubmittedHint')}
          checked={!!search.includeSubmitted}
          onChange={(event) => setSearch({ includeSubmitted: event.currentTarget.checked ? true : undefined })}
          maw={360}
        />
      </Group>
      <Group mt="sm" gap="xs">
        <Anchor renderRoot={(props) => <Link {...props} to="/review/cycles/$cycleId/non-reporting" params={{ cycleId: cycle.id }} />}>
          {t('dashboard.followUpLink')}
        </Anchor>
      </Group>
    </Paper>
  );
}

function Figures({ overview, stale }: { overview: Overview; stale: boolean }) {
  const { t, i18n } = useTranslation(['dashboard', 'labels']);
  const format = useFormat();
  const utc = useUtcDateTime();
  const n = (value: string | number | null | undefined) => (value === null || value === undefined || value === '' ? '—' : format.number(Number(value)));
  const pct = usePercent();
  const status = (s: string) => t(`status.${s}`, { ns: 'labels' });
  const region = (g: string | null) => t(`region.${g ?? 'none'}`, { ns: 'labels', defaultValue: g ?? '—' });
  /** A theme's name in the user's language, else English (`name` is the API's pick for its own default language). */
  const themeName = (th: Overview['byTheme'][number]) => th.names?.[i18n.language] || th.names?.en || th.name;
  // Which States "Other / not assigned" stands for: the label alone does not say.
  const unassigned =
    overview.byRegionalGroup.some((g) => !g.regionalGroup) && overview.unassignedStates?.length
      ? t('figures.regions.unassigned', {
          other: region(null),
          states: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(overview.unassignedStates.map((st) => st.name)),
        })
      : null;

  const states = overview.states;
  const onTime = states ? Math.max(0, states.reporting - states.late) : null;
  const none = states ? Math.max(0, states.expected - states.reportingExpected) : null;
  const distribution = overview.statusDistribution;
  const answered = distribution ? ANSWERED_STATUSES.reduce((sum, s) => sum + distribution[s], 0) : 0;

  const statusSeries = ANSWERED_STATUSES.map((s) => ({ name: s, label: status(s), color: STATUS_COLORS[s] }));
  const statusRow = (d: Record<string, number> | null | undefined) => Object.fromEntries(ANSWERED_STATUSES.map((s) => [s, d?.[s] ?? 0]));
  const statusColumns = ANSWERED_STATUSES.map((s) => ({ key: s, label: status(s), format: n }));

  const assistance = useMemo(
    () =>
      Object.entries(overview.assistance?.byType ?? {})
        .sort((a, b) => b[1] - a[1])
        .map(([type, count]) => ({ type, label: t(`assistance.${type}`, { ns: 'labels', defaultValue: type }), count })),
    [overview.assistance, t],
  );

  return (
    <Stack gap="md" aria-busy={stale} style={{ opacity: stale ? 0.6 : 1 }}>
      <Text size="sm" role="status" data-testid="as-of">
        {t('figures.asOf', { when: utc(overview.asOf) })} · {t(`counting.${overview.counting}`, { ns: 'labels' })}
      </Text>
      <Paper withBorder p="md" component="section" aria-labelledby="response-title" data-testid="response">
        <Title order={2} size="h4" id="response-title" mb="sm">
          {t('figures.response.title')}
        </Title>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
          {(
            [
              ['expected', n(states?.expected)],
              ['reporting', n(states?.reportingExpected)],
              ['rate', pct(states?.responseRate)],
              ['onTime', n(onTime)],
              ['late', n(states?.late)],
              ['none', n(none)],
            ] as const
          ).map(([key, value]) => (
            <div key={key} data-testid={`figure-${key}`}>
              <Text size="xs" c="dimmed">
                {t(`figures.response.${key}`)}
              </Text>
              <Text fw={700} size="xl" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Text size="xs" c="dimmed" mt="xs">
          {t('figures.response.hint', { recommendations: format.number(overview.recommendations) })}
        </Text>
      </Paper>

      <FigureSection
        id="statuses"
        title={t('figures.statuses.title')}
        description={t('figures.statuses.description', { count: answered, formatted: format.number(answered) })}
        rows={ANSWERED_STATUSES.map((s) => ({ key: s, label: status(s), count: distribution?.[s] ?? null, share: answered ? (distribution?.[s] ?? 0) / answered : null }))}
        rowKey="key"
        rowHeader={{ key: 'label', label: t('figures.columns.status') }}
        columns={[
          { key: 'count', label: t('figures.columns.count'), format: n },
          { key: 'share', label: t('figures.columns.share'), format: pct },
        ]}
        chart={{
          data: ANSWERED_STATUSES.map((s) => ({ label: status(s), count: distribution?.[s] ?? 0 })),
          dataKey: 'label',
          series: [{ name: 'count', label: t('figures.columns.count'), color: 'blue.7' }],
          horizontal: true,
        }}
        footer={
          <Text size="sm" data-testid="no-information">
            {t('figures.statuses.noInformation', { label: status('no_information'), formatted: n(distribution?.no_information) })}
          </Text>
        }
      />

      <FigureSection
        id="regions"
        title={t('figures.regions.title')}
        rows={overview.byRegionalGroup.map((g) => ({ key: g.regionalGroup ?? 'none', label: region(g.regionalGroup), expected: g.expected, reporting: g.reporting, rate: g.responseRate }))}
        rowKey="key"
        rowHeader={{ key: 'label', label: t('figures.columns.regionalGroup') }}
        columns={[
          { key: 'expected', label: t('figures.response.expected'), format: n },
          { key: 'reporting', label: t('figures.response.reporting'), format: n },
          { key: 'rate', label: t('figures.response.rate'), format: pct },
        ]}
        chart={{
          data: overview.byRegionalGroup.map((g) => ({ label: region(g.regionalGroup), expected: g.expected ?? 0, reporting: g.reporting ?? 0 })),
          dataKey: 'label',
          series: [
            { name: 'expected', label: t('figures.response.expected'), color: 'gray.5' },
            { name: 'reporting', label: t('figures.response.reporting'), color: 'blue.7' },
          ],
          horizontal: true,
        }}
        empty={t('figures.empty')}
        footer={
          unassigned && (
            <Text size="sm" data-testid="unassigned-states">
              {unassigned}
            </Text>
          )
        }
      />

      <FigureSection
        id="sessions"
        stacked
        title={t('figures.sessions.title')}
        rows={overview.bySession.map((s) => ({ key: s.session, label: t('figures.sessions.session', { number: s.session }), recommendations: s.recommendations, reports: s.reports, ...statusRow(s.statusDistribution) }))}
        rowKey="key"
        rowHeader={{ key: 'label', label: t('figures.columns.session') }}
        columns={[{ key: 'recommendations', label: t('figures.columns.recommendations'), format: n }, { key: 'reports', label: t('figures.columns.reports'), format: n }, ...statusColumns]}
        chart={{ data: overview.bySession.map((s) => ({ label: t('figures.sessions.session', { number: s.session }), ...statusRow(s.statusDistribution) })), dataKey: 'label', series: statusSeries, stacked: true }}
        empty={t('figures.empty')}
      />

      <FigureSection
        id="themes"
        stacked
        title={t('figures.themes.title')}
        rows={overview.byTheme.map((th) => ({ key: th.theme, label: themeName(th), recommendations: th.recommendations, reports: th.reports, ...statusRow(th.statusDistribution) }))}
        rowKey="key"
        rowHeader={{ key: 'label', label: t('figures.columns.theme') }}
        columns={[{ key: 'recommendations', label: t('figures.columns.recommendations'), format: n }, { key: 'reports', label: t('figures.columns.reports'), format: n }, ...statusColumns]}
        chart={{ data: overview.byTheme.map((th) => ({ label: themeName(th), ...statusRow(th.statusDistribution) })), dataKey: 'label', series: statusSeries, stacked: true, horizontal: true }}
        empty={t('figures.empty')}
      />

      <FigureSection
        id="assistance"
        title={t('figures.assistance.title')}
        description={t('figures.assistance.description', { states: n(overview.assistance?.states), reports: n(overview.assistance?.reports) })}
        rows={assistance.map((a) => ({ key: a.type, label: a.label, count: a.count }))}
        rowKey="key"
        rowHeader={{ key: 'label', label: t('figures.columns.assistanceType') }}
        columns={[{ key: 'count', label: t('figures.columns.reports'), format: n }]}
        chart={{ data: assistance.map((a) => ({ label: a.label, count: a.count })), dataKey: 'label', series: [{ name: 'count', label: t('figures.columns.reports'), color: 'teal.8' }], horizontal: true }}
        empty={t('figures.assistance.empty')}
      />
    </Stack>
  );
}
