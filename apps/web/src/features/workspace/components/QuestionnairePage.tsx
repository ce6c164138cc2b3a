import { Alert, Badge, Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { Link, useNavigate } from '@tanstack/react-router';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPLEMENTATION_STATUSES, WORKFLOW_STATES } from '@contracts';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useCurrentUser } from '@/lib/me-context';
import { useCycle } from '@/features/cycles/api/use-cycle';
import { questionnaireRoute, type QuestionnaireSearch } from '../routes';
import { useQuestionnaire, type QuestionnaireRow } from '../api/use-questionnaire';
import { CycleProgress, Deadline, TextLanguageMark, WorkflowBadge } from './CycleBits';
import { SubmitAllModal } from './SubmitAllModal';
import { progressOf } from '../api/use-questionnaire';
import { ButtonLink } from './links';
import './workspace.css';

export function QuestionnairePage() {
  return (
    <RequirePermission permission="reports:write">
      <Questionnaire />
    </RequirePermission>
  );
}

type Item =
  | { kind: 'heading'; key: string; level: 2 | 3; label: string }
  | { kind: 'row'; key: string; row: QuestionnaireRow };

/** Lower-case, without diacritics: "séance" is found by "seance". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

function matches(row: QuestionnaireRow, search: QuestionnaireSearch, needle: string): boolean {
  if (search.status && (search.status === 'none' ? row.implementationStatus !== null : row.implementationStatus !== search.status)) return false;
  if (search.workflow && row.workflowState !== search.workflow) return false;
  if (search.unanswered && row.implementationStatus !== null) return false;
  if (needle && !fold(`${row.reference} ${row.text ?? ''} ${row.parentOpening ?? ''}`).includes(needle)) return false;
  return true;
}

function Questionnaire() {
  const { t, i18n } = useTranslation(['workspace', 'labels', 'errors']);
  const format = useFormat();
  const me = useCurrentUser();
  const { cycleId } = questionnaireRoute.useParams();
  const search = questionnaireRoute.useSearch();
  const navigate = useNavigate({ from: '/workspace/cycles/$cycleId' });
  const cycle = useCycle(cycleId);
  const questionnaire = useQuestionnaire(cycleId, me.stateCode, i18n.language);
  const [q, setQ] = useState(search.q ?? '');
  const [submitting, setSubmitting] = useState(false);
  const setSearch = (patch: Partial<QuestionnaireSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const setQuery = useDebouncedCallback((value: string) => setSearch({ q: value.trim() || undefined }), 250);

  const rows = questionnaire.data?.items;
  const group = search.group ?? 'session';
  const needle = fold((search.q ?? '').trim());
  const { items, shown } = useMemo(() => {
    const list: Item[] = [];
    const filtered = (rows ?? []).filter((row) => matches(row, search, needle));
    if (group === 'theme') {
      const byTheme = new Map<string, { label: string; rows: QuestionnaireRow[] }>();
      for (const row of filtered) {
        const themes = row.themes.length ? row.themes : [{ code: '', name: t('questionnaire.noTheme') }];
        for (const theme of themes) {
          const entry = byTheme.get(theme.code) ?? { label: theme.name, rows: [] };
          entry.rows.push(row);
          byTheme.set(theme.code, entry);
        }
      }
      const ordered = [...byTheme.entries()].sort(([a, x], [b, y]) => (a === '' ? 1 : b === '' ? -1 : x.label.localeCompare(y.label, i18n.language)));
      for (const [code, entry] of ordered) {
        list.push({ kind: 'heading', key: `t:${code}`, level: 2, label: `${entry.label} (${format.number(entry.rows.length)})` });
        for (const row of entry.rows) list.push({ kind: 'row', key: `${code}:${row.recommendationId}`, row });
      }
    } else {
      let session: number | null = null;
      let section: string | null | undefined;
      for (const row of filtered) {
        if (row.session !== session) {
          session = row.session;
          section = undefined;
          list.push({ kind: 'heading', key: `s:${session}`, level: 2, label: t('questionnaire.session', { number: format.number(session) }) });
        }
        const sectionKey = row.section?.key ?? null;
        if (sectionKey !== section) {
          section = sectionKey;
          if (row.section) list.push({ kind: 'heading', key: `s:${session}:${sectionKey}`, level: 3, label: [row.section.key, row.section.heading].filter(Boolean).join(' ') });
        }
        list.push({ kind: 'row', key: row.recommendationId, row });
      }
    }
    return { items: list, shown: filtered.length };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the search fields used are listed
  }, [rows, search.status, search.workflow, search.unanswered, needle, group, i18n.language]);

  const open = cycle.data?.status === 'open';
  const filtered = Boolean(search.q || search.status || search.workflow || search.unanswered);
  return (
    <Stack>
      <PageHeader
        title={cycle.data ? t('questionnaire.titleOf', { cycle: cycle.data.name }) : t('questionnaire.title')}
        actions={
          <>
            <ButtonLink variant="default" to="/workspace/cycles/$cycleId/offline" params={{ cycleId }}>
              {t('home.offline')}
            </ButtonLink>
            <ButtonLink variant="default" to="/workspace/cycles/$cycleId/profile" params={{ cycleId }}>
              {t('home.profile')}
            </ButtonLink>
            {open && (
              <Button onClick={() => setSubmitting(true)} disabled={!rows}>
                {t('submitAll.open')}
              </Button>
            )}
          </>
        }
      />
      {cycle.data && <Deadline closesOn={cycle.data.closesOn} status={cycle.data.status} />}
      {cycle.data && !open && (
        <Alert color="gray" variant="light" title={t('questionnaire.readOnlyTitle')}>
          {t('questionnaire.readOnly')}
        </Alert>
      )}
      {rows && <CycleProgress counts={progressOf(rows)} />}
      <Group align="flex-end" gap="sm" role="search" aria-label={t('questionnaire.filters')}>
        <TextInput
          label={t('questionnaire.search')}
          placeholder={t('questionnaire.searchPlaceholder')}
          value={q}
          onChange={(event) => {
            setQ(event.currentTarget.value);
            setQuery(event.currentTarget.value);
          }}
          w={{ base: '100%', sm: 260 }}
        />
        <Select
          label={t('questionnaire.status')}
          placeholder={t('questionnaire.any')}
          clearable
          data={[...IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`, { ns: 'labels' }) })), { value: 'none', label: t('questionnaire.noStatus') }]}
          value={search.status ?? null}
          onChange={(value) => setSearch({ status: value ?? undefined })}
          w={{ base: '100%', sm: 220 }}
        />
        <Select
          label={t('questionnaire.workflow')}
          placeholder={t('questionnaire.any')}
          clearable
          data={['not_started', ...WORKFLOW_STATES].map((s) => ({ value: s, label: t(`workflow.${s}`, { ns: 'labels' }) }))}
          value={search.workflow ?? null}
          onChange={(value) => setSearch({ workflow: value ?? undefined })}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('questionnaire.group')}
          data={[
            { value: 'session', label: t('questionnaire.bySession') },
            { value: 'theme', label: t('questionnaire.byTheme') },
          ]}
          value={group}
          allowDeselect={false}
          onChange={(value) => setSearch({ group: value === 'theme' ? 'theme' : undefined })}
          w={{ base: '100%', sm: 200 }}
        />
        <Checkbox label={t('questionnaire.unanswered')} checked={Boolean(search.unanswered)} onChange={(event) => setSearch({ unanswered: event.currentTarget.checked || undefined })} mb={8} />
        {filtered && (
          <Button
            variant="subtle"
            onClick={() => {
              setQ('');
              setSearch({ q: undefined, status: undefined, workflow: undefined, unanswered: undefined });
            }}
          >
            {t('questionnaire.clear')}
          </Button>
        )}
      </Group>
      {questionnaire.isPending ? (
        <FullPageLoader inline />
      ) : questionnaire.isError ? (
        <QueryError error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />
      ) : questionnaire.data.total === 0 ? (
        <EmptyState title={t('questionnaire.emptyScope')} />
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('questionnaire.count', { shown: format.number(shown), total: format.number(questionnaire.data.total) })}
          </Text>
          {shown === 0 ? <EmptyState title={t('questionnaire.noMatch')} hint={t('questionnaire.noMatchHint')} /> : <VirtualList cycleId={cycleId} items={items} />}
        </>
      )}
      {open && rows && me.stateCode && <SubmitAllModal opened={submitting} onClose={() => setSubmitting(false)} cycleId={cycleId} stateCode={me.stateCode} rows={rows} />}
    </Stack>
  );
}

/** Only the rows near the viewport are in the page: 1,000 rows scroll as smoothly as 10 (the window scrolls). */
function VirtualList({ cycleId, items }: { cycleId: string; items: Item[] }) {
  const { t } = useTranslation(['workspace', 'labels', 'errors']);
  const listRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const top = listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0;
    setMargin(top);
  }, [items]);
  const virtualizer = useWindowVirtualizer({
    count: items.length,
    estimateSize: (index) => (items[index].kind === 'row' ? 120 : 44),
    overscan: 10,
    scrollMargin: margin,
    getItemKey: (index) => items[index].key,
  });
  return (
    <div ref={listRef} role="list" aria-label={t('questionnaire.listLabel')} className="questionnaire-list" style={{ blockSize: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((virtual) => {
        const item = items[virtual.index];
        return (
          <div
            key={virtual.key}
            data-index={virtual.index}
            ref={virtualizer.measureElement}
            role="listitem"
            className="questionnaire-item"
            style={{ transform: `translateY(${virtual.start - margin}px)` }}
          >
            {item.kind === 'heading' ? (
              <Title order={item.level} size={item.level === 2 ? 'h3' : 'h5'} className="questionnaire-heading">
                {item.label}
              </Title>
            ) : (
              <Row cycleId={cycleId} row={item.row} />
            )}
          </div>
        );
      })}
    </div>
  );
}

const Row = memo(function Row({ cycleId, row }: { cycleId: string; row: QuestionnaireRow }) {
  const { t } = useTranslation(['workspace', 'labels', 'errors']);
  const draftLike = row.workflowState === 'draft' || row.workflowState === 'returned';
  return (
    <Link to="/workspace/cycles/$cycleId/recommendations/$recommendationId" params={{ cycleId, recommendationId: row.recommendationId }} className="questionnaire-row" data-row={row.reference}>
      <Group justify="space-between" gap="xs" wrap="wrap" align="flex-start">
        <span className="questionnaire-ref">{row.reference}</span>
        <Group gap={6} wrap="wrap">
          <WorkflowBadge state={row.workflowState} />
          {row.implementationStatus && (
            <Badge variant="outline" color="dark" tt="none">
              {t(`status.${row.implementationStatus}`, { ns: 'labels' })}
            </Badge>
          )}
          {row.late && (
            <Badge variant="outline" color="red.9" tt="none">
              {t('row.late')}
            </Badge>
          )}
          {row.fileCount > 0 && (
            <Text span size="xs">
              {t('row.files', { n: row.fileCount })}
            </Text>
          )}
        </Group>
      </Group>
      {row.parentOpening && (
        <Text size="xs" c="dimmed" dir="auto" mt={4}>
          {t('row.parent', { opening: row.parentOpening })}
        </Text>
      )}
      <Text size="sm" className="questionnaire-text" dir="auto" lang={row.textLanguage ?? undefined} mt={4}>
        {row.text ?? '—'}
      </Text>
      <TextLanguageMark row={row} />
      {row.workflowState === 'returned' && row.lastReturnComment && (
        <Text size="sm" mt={4} className="questionnaire-text questionnaire-comment">
          {t('home.comment')}: <bdi>“{row.lastReturnComment}”</bdi>
        </Text>
      )}
      {draftLike && row.incomplete.length > 0 && (
        <Text size="xs" c="dimmed" mt={4}>
          {t('row.incomplete')}: {row.incomplete.map((code) => t(`codes.${code}`, { ns: 'errors' })).join(' ')}
        </Text>
      )}
    </Link>
  );
});
