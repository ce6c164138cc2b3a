import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
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
import { useServerErrors } from '@/lib/use-server-errors';
import { useSession } from '../api/use-session';
import { useUpdateSession } from '../api/use-update-session';
import { sessionRoute } from '../routes';
import { dateRange, dirOf } from './record-format';

type SessionDetail = NonNullable<ReturnType<typeof useSession>['data']>;

/** One meeting: the secretariat corrects its report symbol, venue and title; references follow the symbol. */
export function SessionPage() {
  return (
    <RequirePermission permission="catalogue:write">
      <SessionDetailView />
    </RequirePermission>
  );
}

function SessionDetailView() {
  const { t } = useTranslation('record');
  const number = Number(sessionRoute.useParams().number);
  const session = useSession(number);
  if (session.isPending) return <FullPageLoader inline />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  const s = session.data;
  return (
    <Stack maw={1100}>
      <Anchor component={Link} to="/record/sessions" size="sm">
        {t('session.back')}
      </Anchor>
      <PageHeader
        title={t('sessions.meeting', { number: s.number })}
        description={s.reportSymbol ?? t('sessions.noSymbol')}
        actions={
          <Button variant="default" renderRoot={(props) => <Link to="/record/recommendations" search={{ session: s.number }} {...props} />}>
            {t('session.recommendations', { count: s.recommendationCount })}
          </Button>
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <EditSession session={s} />
        <Stack>
          <Facts session={s} />
          <Documents session={s} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

type FormValues = { reportSymbol: string; venue: string; title: Record<string, string> };
const valuesOf = (s: SessionDetail): FormValues => ({
  reportSymbol: s.reportSymbol ?? '',
  venue: s.venue ?? '',
  title: Object.fromEntries(TEXT_LANGUAGES.map((l) => [l, s.title[l] ?? ''])),
});

function EditSession({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('record');
  const update = useUpdateSession(session.number);
  const serverErrors = useServerErrors();
  const form = useForm<FormValues>({
    initialValues: valuesOf(session),
    validate: {
      reportSymbol: (value) => (!value.trim() || /^[A-Z][A-Z0-9.]*(\/[A-Z0-9.]+)+$/.test(value.trim()) ? null : t('session.symbolInvalid')),
    },
  });
  useEffect(() => {
    form.setInitialValues(valuesOf(session));
    form.reset();
    // Only when the server's copy changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session.reportSymbol, session.venue, JSON.stringify(session.title)]);
  return (
    <Paper withBorder p="md">
      <FormStack
        onSubmit={form.onSubmit(async (values) => {
          const title = Object.fromEntries(Object.entries(values.title).filter(([l, v]) => v.trim() && v.trim() !== (session.title[l] ?? '')).map(([l, v]) => [l, v.trim()]));
          try {
            const saved = await update.mutateAsync({
              reportSymbol: values.reportSymbol.trim() || null,
              venue: values.venue.trim() || null,
              ...(Object.keys(title).length ? { title } : {}),
            });
            notify('green', saved.reportSymbol !== session.reportSymbol ? t('session.savedReferences', { document: saved.reportSymbol ?? t('session.placeholder', { number: saved.number }) }) : t('session.saved'));
          } catch (error) {
            serverErrors(form, error, ['reportSymbol', 'venue']);
          }
        })}
      >
        <Title order={2} size="h4">
          {t('session.edit')}
        </Title>
        <ProblemAlert error={update.error} />
        <TextInput
          label={t('fields.reportSymbol')}
          description={t('session.symbolHint', { placeholder: t('session.placeholder', { number: session.number }) })}
          placeholder="CTOC/COP/WG.4/2013/2"
          dir="ltr"
          classNames={{ input: 'mono' }}
          maxLength={60}
          {...form.getInputProps('reportSymbol')}
        />
        <TextInput label={t('fields.venue')} maxLength={200} {...form.getInputProps('venue')} />
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={500} size="sm">
            {t('fields.title')}
          </Text>
          {TEXT_LANGUAGES.map((lang) => (
            <TextInput key={lang} label={LANGUAGE_NAMES[lang as UiLanguage]} lang={lang} dir={dirOf(lang)} maxLength={500} size="sm" {...form.getInputProps(`title.${lang}`)} />
          ))}
        </Stack>
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            {t('common:action.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}

function Facts({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('record');
  const format = useFormat();
  const rows: [string, ReactNode][] = [
    [t('fields.dates'), dateRange(format, session.startDate, session.endDate)],
    [t('fields.venue'), session.venue ?? '—'],
    [t('fields.chair'), session.chair ?? '—'],
    [t('fields.status'), <Badge key="s" variant="dot" color={session.status === 'final' ? 'green' : session.status === 'draft' ? 'yellow' : 'gray'}>{t(`session.status.${session.status}`)}</Badge>],
    [t('fields.recommendations'), format.number(session.recommendationCount)],
    [t('fields.attendance'), format.number(session.attendance.length)],
  ];
  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={2} component="dl" m={0} spacing="xs">
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text component="dt" size="xs" c="dimmed">
              {label}
            </Text>
            <Text component="dd" m={0} size="sm">
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}

function Documents({ session }: { session: SessionDetail }) {
  const { t } = useTranslation('record');
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="xs">
        {t('session.documents')}
      </Title>
      {session.documents.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('session.noDocuments')}
        </Text>
      ) : (
        <List size="sm" spacing={4}>
          {session.documents.map((d) => (
            <List.Item key={d.symbol}>
              <span className="mono" dir="ltr">
                {d.symbol}
              </span>{' '}
              — {d.title}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
