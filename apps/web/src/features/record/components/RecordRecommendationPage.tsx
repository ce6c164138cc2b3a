import { Alert, Badge, Button, Group, MultiSelect, Paper, Select, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LANGUAGES, type UiLanguage } from '@contracts';
import { FormStack } from '@/components/FormStack';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { ApiProblem } from '@/lib/problem';
import { useAddLink } from '../api/use-add-link';
import { useRecommendation, type RecommendationDetail } from '../api/use-recommendation';
import { useRecommendations } from '../api/use-recommendations';
import { useRemoveLink } from '../api/use-remove-link';
import { useSessions } from '../api/use-sessions';
import { themeName, useThemes } from '../api/use-themes';
import { useUpdateRecommendation } from '../api/use-update-recommendation';
import { recordRecommendationRoute } from '../routes';
import { RecommendationArticles } from './RecommendationArticles';
import { EditorialNotes } from './EditorialNotes';
import { dirOf, excerpt } from './record-format';

const LINK_TYPES = ['reiterates', 'builds_on', 'supersedes'] as const;
const isStale = (error: unknown) => error instanceof ApiProblem && error.status === 412;

/** One recommendation of the record: its texts in every language (edited with If-Match), themes, links, revisions. */
export function RecordRecommendationPage() {
  return (
    <RequirePermission permission="catalogue:write">
      <RecommendationView />
    </RequirePermission>
  );
}

function RecommendationView() {
  // The code labels' namespace too (loaded with the page).
  const { t } = useTranslation(['record', 'labels']);
  const { recommendationId } = recordRecommendationRoute.useParams();
  const rec = useRecommendation(recommendationId);
  if (rec.isPending) return <FullPageLoader inline />;
  if (rec.isError) return <QueryError error={rec.error} onRetry={() => void rec.refetch()} />;
  const r = rec.data;
  return (
    <Stack maw={1100}>
      <Text size="sm">
        <Link to="/record/recommendations" search={{ session: r.session }}>
          {t('recommendation.back', { number: r.session })}
        </Link>
      </Text>
      <PageHeader
        title={r.reference}
        description={[t('sessions.meeting', { number: r.session }), r.section ? `${r.section.key}` : null, t(`strength.${r.modality}`, { ns: 'labels' })].filter(Boolean).join(' · ')}
        actions={
          <Badge variant="dot" color="gray">
            {t('recommendation.version', { version: r.version })}
          </Badge>
        }
      />
      <Texts rec={r} onReload={() => void rec.refetch()} />
      <EditorialNotes notes={r.editorialNotes} />
      {r.children.length > 0 && <SubItems rec={r} />}
      {/* Keyed by version: a new server copy starts the choice afresh. */}
      <Themes key={r.version} rec={r} onReload={() => void rec.refetch()} />
      <RecommendationArticles recommendationId={r.id} links={r.articles} />
      <Links rec={r} />
      <Revisions rec={r} />
    </Stack>
  );
}

/** A 412 in the user's language, and a reload that takes the other person's version. */
function StaleAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  const { t } = useTranslation('record');
  return (
    <Stack gap="xs">
      <ProblemAlert error={error} title={t('recommendation.staleTitle')} />
      <Group>
        <Button size="xs" variant="outline" onClick={onReload}>
          {t('recommendation.reload')}
        </Button>
      </Group>
    </Stack>
  );
}

function Texts({ rec, onReload }: { rec: RecommendationDetail; onReload: () => void }) {
  const { t } = useTranslation('record');
  const update = useUpdateRecommendation(rec.id);
  const [editing, setEditing] = useState(false);
  const initial = () => Object.fromEntries(TEXT_LANGUAGES.map((l) => [l, rec.text[l] ?? '']));
  const form = useForm<Record<string, string>>({ initialValues: initial() });
  useEffect(() => {
    form.setInitialValues(initial());
    form.reset();
    // Only when the server's copy changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rec.version]);
  const present = TEXT_LANGUAGES.filter((l) => rec.text[l]);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('recommendation.texts')}
          </Title>
          {!editing && (
            <Button size="xs" variant="default" onClick={() => setEditing(true)}>
              {t('recommendation.editTexts')}
            </Button>
          )}
        </Group>
        {editing ? (
          <FormStack
            onSubmit={form.onSubmit(async (values) => {
              const text = Object.fromEntries(Object.entries(values).filter(([l, v]) => v.trim() && v.trim() !== (rec.text[l] ?? '')).map(([l, v]) => [l, v.trim()]));
              if (Object.keys(text).length === 0) return setEditing(false);
              try {
                await update.mutateAsync({ version: rec.version, body: { text } });
                notify('green', t('recommendation.saved'));
                setEditing(false);
              } catch {
                // Shown below (a 412 with a reload).
              }
            })}
          >
            {isStale(update.error) ? (
              <StaleAlert
                error={update.error}
                onReload={() => {
                  update.reset();
                  onReload();
                }}
              />
            ) : (
              <ProblemAlert error={update.error} />
            )}
            {TEXT_LANGUAGES.map((lang) => (
              <Textarea
                key={lang}
                label={LANGUAGE_NAMES[lang as UiLanguage]}
                description={rec.text[lang] ? undefined : t('recommendation.noTextYet')}
                lang={lang}
                dir={dirOf(lang)}
                autosize
                minRows={2}
                maxRows={12}
                maxLength={20_000}
                {...form.getInputProps(lang)}
              />
            ))}
            <Text size="xs" c="dimmed">
              {t('recommendation.textsHint')}
            </Text>
            <Group>
              <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                {t('common:action.save')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  form.reset();
                  update.reset();
                  setEditing(false);
                }}
              >
                {t('common:action.cancel')}
              </Button>
            </Group>
          </FormStack>
        ) : present.length === 0 ? (
          <Text size="sm" c="dimmed">
            {rec.isContainer ? t('recommendation.container') : t('recommendation.noText')}
          </Text>
        ) : (
          present.map((lang) => (
            <div key={lang}>
              <Title order={3} size="h6">
                {LANGUAGE_NAMES[lang as UiLanguage]}
              </Title>
              <Text size="sm" lang={lang} dir={dirOf(lang)} style={{ whiteSpace: 'pre-wrap' }} data-text-lang={lang}>
                {rec.text[lang]}
              </Text>
            </div>
          ))
        )}
      </Stack>
    </Paper>
  );
}

function SubItems({ rec }: { rec: RecommendationDetail }) {
  const { t, i18n } = useTranslation('record');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('recommendation.subItems')}
      </Title>
      <Stack gap="xs">
        {rec.children.map((c) => {
          const lang = c.text[i18n.language] ? i18n.language : (Object.keys(c.text)[0] ?? 'en');
          return (
            <div key={c.id}>
              <Text size="sm" fw={500}>
                <Link to="/record/recommendations/$recommendationId" params={{ recommendationId: c.id }}>
                  {c.reference}
                </Link>
              </Text>
              <Text size="sm" lang={lang} dir={dirOf(lang)}>
                {excerpt(c.text[lang], 300)}
              </Text>
            </div>
          );
        })}
      </Stack>
    </Paper>
  );
}

function Themes({ rec, onReload }: { rec: RecommendationDetail; onReload: () => void }) {
  const { t, i18n } = useTranslation('record');
  const themes = useThemes();
  const update = useUpdateRecommendation(rec.id);
  const [value, setValue] = useState<string[]>(rec.themes);
  const dirty = [...value].sort().join() !== [...rec.themes].sort().join();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('fields.themes')}
        </Title>
        {themes.isError && <QueryError error={themes.error} onRetry={() => void themes.refetch()} />}
        {isStale(update.error) ? (
          <StaleAlert
            error={update.error}
            onReload={() => {
              update.reset();
              onReload();
            }}
          />
        ) : (
          <ProblemAlert error={update.error} />
        )}
        <MultiSelect
          label={t('recommendation.themesLabel')}
          data={(themes.data ?? []).map((th) => ({ value: th.code, label: themeName(th, th.code, i18n.language) }))}
          value={value}
          onChange={setValue}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common:action.clear') }}
          disabled={themes.isPending}
        />
        <Group>
          <Button
            disabled={!dirty}
            loading={update.isPending}
            onClick={async () => {
              try {
                await update.mutateAsync({ version: rec.version, body: { themes: value } });
                notify('green', t('recommendation.themesSaved'));
              } catch {
                // Shown above.
              }
            }}
          >
            {t('recommendation.saveThemes')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

function Links({ rec }: { rec: RecommendationDetail }) {
  const { t } = useTranslation('record');
  const format = useFormat();
  const remove = useRemoveLink(rec.id);
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('links.title')}
        </Title>
        <ProblemAlert error={remove.error} />
        {rec.links.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('links.empty')}
          </Text>
        ) : (
          <div className="table-scroll">
            <Table verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('links.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('links.relation')}</Table.Th>
                  <Table.Th scope="col">{t('fields.reference')}</Table.Th>
                  <Table.Th scope="col">{t('links.note')}</Table.Th>
                  <Table.Th scope="col">{t('links.addedOn')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('links.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rec.links.map((link) => (
                  <Table.Tr key={link.id}>
                    <Table.Td>{t(`links.${link.direction}.${link.type}`)}</Table.Td>
                    <Table.Td>
                      <Link to="/record/recommendations/$recommendationId" params={{ recommendationId: link.recommendationId }}>
                        {link.reference}
                      </Link>
                    </Table.Td>
                    <Table.Td>{link.note ?? '—'}</Table.Td>
                    <Table.Td>{format.date(link.createdAt)}</Table.Td>
                    <Table.Td>
                      {link.direction === 'outgoing' && (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          loading={remove.isPending && remove.variables?.linkId === link.id}
                          aria-label={t('links.removeNamed', { reference: link.reference })}
                          onClick={() => remove.mutate({ linkId: link.id, otherId: link.recommendationId })}
                        >
                          {t('links.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <AddLink rec={rec} />
      </Stack>
    </Paper>
  );
}

function AddLink({ rec }: { rec: RecommendationDetail }) {
  const { t, i18n } = useTranslation('record');
  const sessions = useSessions();
  const add = useAddLink(rec.id);
  const [session, setSession] = useState<string | null>(null);
  const candidates = useRecommendations({ session: session ? Number(session) : undefined, page: 1 }, i18n.language);
  const form = useForm({
    initialValues: { type: 'reiterates' as (typeof LINK_TYPES)[number], toId: null as string | null, note: '' },
    validate: { toId: (value) => (value ? null : t('links.targetRequired')) },
  });
  const options = session
    ? (candidates.data?.items ?? []).flatMap((r) => [r, ...r.children]).filter((r) => r.id !== rec.id).map((r) => ({ value: r.id, label: r.reference }))
    : [];
  return (
    <FormStack
      onSubmit={form.onSubmit(async (values) => {
        try {
          await add.mutateAsync({ toId: values.toId!, type: values.type, ...(values.note.trim() ? { note: values.note.trim() } : {}) });
          notify('green', t('links.saved'));
          form.reset();
        } catch {
          // Shown below, in the user's language (e.g. a link to a later meeting).
        }
      })}
    >
      <Title order={3} size="h5">
        {t('links.add')}
      </Title>
      <ProblemAlert error={add.error} />
      <Group align="flex-end" gap="sm">
        <Select
          label={t('links.relation')}
          allowDeselect={false}
          data={LINK_TYPES.map((type) => ({ value: type, label: t(`links.outgoing.${type}`) }))}
          {...form.getInputProps('type')}
          w={{ base: '100%', sm: 200 }}
        />
        <Select
          label={t('fields.meeting')}
          placeholder={t('links.chooseSession')}
          data={(sessions.data ?? []).filter((s) => s.recommendationCount > 0).map((s) => ({ value: String(s.number), label: t('sessions.meeting', { number: s.number }) }))}
          value={session}
          onChange={(value) => {
            setSession(value);
            form.setFieldValue('toId', null);
          }}
          w={{ base: '100%', sm: 180 }}
        />
        <Select
          label={t('links.target')}
          placeholder={t('links.chooseTarget')}
          searchable
          disabled={!session}
          data={options}
          nothingFoundMessage={t('links.noCandidates')}
          {...form.getInputProps('toId')}
          w={{ base: '100%', sm: 300 }}
        />
      </Group>
      <TextInput label={t('links.note')} maxLength={2000} {...form.getInputProps('note')} />
      {session && candidates.data && candidates.data.total > candidates.data.items.length && (
        <Alert color="blue" variant="light">
          {t('links.firstOnly', { count: candidates.data.items.length })}
        </Alert>
      )}
      <Group>
        <Button type="submit" variant="default" loading={add.isPending}>
          {t('links.addButton')}
        </Button>
      </Group>
    </FormStack>
  );
}

function Revisions({ rec }: { rec: RecommendationDetail }) {
  const { t } = useTranslation('record');
  const format = useFormat();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('revisions.title')}
      </Title>
      {rec.revisions.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('revisions.empty')}
        </Text>
      ) : (
        // Focusable: a narrow screen scrolls it sideways, and it holds nothing else the keyboard could reach.
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('revisions.title')}>
          <Table verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t('revisions.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('revisions.version')}</Table.Th>
                <Table.Th scope="col">{t('revisions.when')}</Table.Th>
                <Table.Th scope="col">{t('revisions.source')}</Table.Th>
                <Table.Th scope="col">{t('revisions.changed')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rec.revisions.map((rev) => (
                <Table.Tr key={rev.version}>
                  <Table.Td>{t('revisions.fromTo', { from: rev.version, to: rev.version + 1 })}</Table.Td>
                  <Table.Td>{format.dateTime(rev.createdAt)}</Table.Td>
                  <Table.Td>{rev.changedByName ? t('revisions.sourceBy', { source: t(`revisions.sources.${rev.source}`), name: rev.changedByName }) : t(`revisions.sources.${rev.source}`)}</Table.Td>
                  <Table.Td>{rev.changedFields.map((f) => t(`changedFields.${f}`, { defaultValue: f })).join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </Paper>
  );
}
