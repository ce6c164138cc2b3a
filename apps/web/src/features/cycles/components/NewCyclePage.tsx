import { Alert, Anchor, Button, Group, List, Loader, MultiSelect, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { Link, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TextLanguage } from '@contracts';
import { RequirePermission } from '@/components/Forbidden';
import { FormStack } from '@/components/FormStack';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormat } from '@/lib/format';
import { notify } from '@/lib/notify';
import { useServerErrors } from '@/lib/use-server-errors';
import { useCreateCycle } from '../api/use-create-cycle';
import { useRecommendationSearch, type RecommendationRow } from '../api/use-scope-choices';
import { useSessions } from '@/features/record/api/use-sessions';
import { useThemes } from '@/features/record/api/use-themes';
import { useScopePreview, type CycleScope } from '../api/use-scope-preview';

type Mode = 'all' | 'sessions' | 'themes' | 'recommendations';
interface Chosen {
  id: string;
  reference: string;
}

/** /review/cycles/new: name, dates and scope; the count of in-scope recommendations is shown before creating. */
export function NewCyclePage() {
  return (
    <RequirePermission permission="cycles:manage">
      <NewCycle />
    </RequirePermission>
  );
}

function NewCycle() {
  const { t, i18n } = useTranslation('cycles');
  const lang = (i18n.language || 'en') as TextLanguage;
  const navigate = useNavigate();
  const create = useCreateCycle();
  const serverErrors = useServerErrors();
  const [chosen, setChosen] = useState<Chosen[]>([]);
  const form = useForm({
    initialValues: { name: '', opensOn: '', closesOn: '', mode: 'all' as Mode, sessions: [] as string[], themes: [] as string[] },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      opensOn: (value) => (value ? null : t('validation.required')),
      closesOn: (value, values) => (!value ? t('validation.required') : values.opensOn && value < values.opensOn ? t('validation.closesBeforeOpens') : null),
    },
  });
  const { mode, sessions, themes } = form.values;
  const scope: CycleScope | null = useMemo(() => {
    if (mode === 'all') return {};
    if (mode === 'sessions') return sessions.length ? { sessions: sessions.map(Number).sort((a, b) => a - b) } : null;
    if (mode === 'themes') return themes.length ? { themes: [...themes].sort() } : null;
    return chosen.length ? { recommendationIds: chosen.map((c) => c.id) } : null;
  }, [mode, sessions, themes, chosen]);
  const preview = useScopePreview(scope ?? {}, lang, scope !== null);
  const count = scope === null ? 0 : (preview.data?.count ?? null);

  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/review/cycles" size="sm">
        {t('create.back')}
      </Anchor>
      <PageHeader title={t('create.title')} description={t('create.description')} />
      <FormStack
        onSubmit={form.onSubmit(async (values) => {
          if (!scope || count === 0) return;
          try {
            const cycle = await create.mutateAsync({ name: values.name.trim(), opensOn: values.opensOn, closesOn: values.closesOn, ...scope });
            notify('green', t('create.done', { name: cycle.name }));
            void navigate({ to: '/review/cycles/$cycleId', params: { cycleId: cycle.id } });
          } catch (error) {
            serverErrors(form, error, ['name', 'opensOn', 'closesOn']);
          }
        })}
      >
        <Paper withBorder p="md">
          <Stack>
            <Title order={2} size="h4">
              {t('create.basics')}
            </Title>
            <TextInput label={t('fields.name')} required maxLength={200} {...form.getInputProps('name')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput type="date" label={t('fields.opensOn')} required {...form.getInputProps('opensOn')} />
              <TextInput type="date" label={t('fields.closesOn')} description={t('create.closesOnHint')} required min={form.values.opensOn || undefined} {...form.getInputProps('closesOn')} />
            </SimpleGrid>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack>
            <Radio.Group label={<Title order={2} size="h4">{t('scope.title')}</Title>} description={t('scope.description')} {...form.getInputProps('mode')}>
              <Stack gap="xs" mt="xs">
                {(['all', 'sessions', 'themes', 'recommendations'] as const).map((m) => (
                  <Radio key={m} value={m} label={t(`scope.mode.${m}`)} />
                ))}
              </Stack>
            </Radio.Group>
            {mode === 'sessions' && <SessionsPicker value={sessions} onChange={(v) => form.setFieldValue('sessions', v)} />}
            {mode === 'themes' && <ThemesPicker value={themes} onChange={(v) => form.setFieldValue('themes', v)} />}
            {mode === 'recommendations' && <RecommendationsPicker chosen={chosen} onChange={setChosen} lang={lang} />}
          </Stack>
        </Paper>
        <ScopeCount loading={scope !== null && preview.isFetching} count={count} incomplete={scope === null} error={preview.error} sample={scope === null ? [] : (preview.data?.sample ?? [])} />
        <ProblemAlert error={create.error} />
        <Group>
          <Button type="submit" loading={create.isPending} disabled={scope === null || count === 0 || count === null}>
            {t('create.submit')}
          </Button>
          <Button variant="default" component={Link} to="/review/cycles">
            {t('common:action.cancel')}
          </Button>
        </Group>
      </FormStack>
    </Stack>
  );
}

function ScopeCount({
  loading,
  count,
  incomplete,
  error,
  sample,
}: {
  loading: boolean;
  count: number | null;
  incomplete: boolean;
  error: unknown;
  sample: { id: string; reference: string; excerpt: string | null; textLanguage: string | null }[];
}) {
  const { t } = useTranslation('cycles');
  const format = useFormat();
  return (
    <Paper withBorder p="md" bg="gray.0">
      <Stack gap="xs">
        <Group gap="xs" role="status" aria-live="polite" data-testid="scope-count">
          {loading && <Loader size="xs" aria-hidden />}
          <Text fw={600}>
            {incomplete ? t('scope.chooseSomething') : count === null ? t('common:state.loading') : count === 0 ? t('scope.none') : t('scope.count', { formatted: format.number(count) })}
          </Text>
        </Group>
        <ProblemAlert error={error} />
        {!incomplete && count !== null && count > 0 && sample.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              {count > sample.length ? t('scope.sampleFirst') : t('scope.sampleAll')}
            </Text>
            <List size="sm" spacing={4}>
              {sample.map((item) => (
                <List.Item key={item.id}>
                  <Text span fw={500} size="sm">
                    {item.reference}
                  </Text>
                  {item.excerpt && (
                    <Text span size="sm" c="dimmed" lang={item.textLanguage ?? undefined}>
                      {' — '}
                      {item.excerpt}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function SessionsPicker(props: { value: string[]; onChange: (value: string[]) => void; error?: string }) {
  const { t } = useTranslation('cycles');
  const sessions = useSessions();
  const data = (sessions.data ?? [])
    .filter((s) => s.status === 'final')
    .sort((a, b) => a.number - b.number)
    .map((s) => ({ value: String(s.number), label: t('scope.session', { number: s.number, symbol: s.reportSymbol ?? t('scope.noSymbol') }) }));
  return (
    <MultiSelect
      label={t('scope.sessions')}
      placeholder={props.value.length ? undefined : t('scope.sessionsPlaceholder')}
      searchable
      clearable
      data={data}
      nothingFoundMessage={sessions.isPending ? t('common:state.loading') : t('scope.noSessions')}
      error={sessions.isError ? t('scope.loadFailed') : props.error}
      {...props}
    />
  );
}

function ThemesPicker(props: { value: string[]; onChange: (value: string[]) => void; error?: string }) {
  const { t, i18n } = useTranslation('cycles');
  const themes = useThemes();
  const data = (themes.data ?? []).map((th) => {
    const names = th.names as Record<string, string>;
    return { value: th.code, label: names[i18n.language] ?? names.en ?? th.code };
  });
  return (
    <MultiSelect
      label={t('scope.themes')}
      placeholder={props.value.length ? undefined : t('scope.themesPlaceholder')}
      searchable
      clearable
      data={data}
      nothingFoundMessage={themes.isPending ? t('common:state.loading') : t('scope.noThemes')}
      error={themes.isError ? t('scope.loadFailed') : props.error}
      {...props}
    />
  );
}

const reportable = (rows: RecommendationRow[]): RecommendationRow[] => rows.flatMap((r) => [...(r.requiresStateReport && !r.isContainer ? [r] : []), ...reportable(r.children)]);
const excerptOf = (r: RecommendationRow) => {
  const text = Object.values(r.text as Record<string, string>)[0] ?? '';
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
};

function RecommendationsPicker({ chosen, onChange, lang }: { chosen: Chosen[]; onChange: (next: Chosen[]) => void; lang: TextLanguage }) {
  const { t } = useTranslation('cycles');
  const [q, setQ] = useState('');
  const [debounced] = useDebouncedValue(q.trim(), 300);
  const search = useRecommendationSearch(debounced, lang);
  const results = search.data ? reportable(search.data.items) : [];
  const isChosen = new Set(chosen.map((c) => c.id));
  return (
    <Stack>
      <TextInput type="search" label={t('scope.search')} description={t('scope.searchHint')} value={q} onChange={(e) => setQ(e.currentTarget.value)} />
      <ProblemAlert error={search.error} />
      {debounced.length >= 2 && search.data && (
        <Stack gap={4} aria-label={t('scope.results')} role="region">
          {results.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('scope.noResults')}
            </Text>
          ) : (
            results.map((r) => (
              <Group key={r.id} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ minWidth: 0 }}>
                  <Text span fw={500}>
                    {r.reference}
                  </Text>{' '}
                  <Text span c="dimmed" lang={r.textLanguage ?? undefined}>
                    {excerptOf(r)}
                  </Text>
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  disabled={isChosen.has(r.id)}
                  aria-label={t('scope.addNamed', { reference: r.reference })}
                  onClick={() => onChange([...chosen, { id: r.id, reference: r.reference }])}
                >
                  {isChosen.has(r.id) ? t('scope.added') : t('scope.add')}
                </Button>
              </Group>
            ))
          )}
        </Stack>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('scope.chosen', { formatted: chosen.length })}
        </Text>
        {chosen.length === 0 ? (
          <Alert color="gray" variant="light">
            {t('scope.chosenNone')}
          </Alert>
        ) : (
          chosen.map((c) => (
            <Group key={c.id} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm">{c.reference}</Text>
              <Button size="xs" variant="subtle" color="red" aria-label={t('scope.removeNamed', { reference: c.reference })} onClick={() => onChange(chosen.filter((x) => x.id !== c.id))}>
                {t('scope.remove')}
              </Button>
            </Group>
          ))
        )}
      </Stack>
    </Stack>
  );
}
