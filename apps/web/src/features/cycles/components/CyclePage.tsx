import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { FormStack } from '@/components/FormStack';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { stateName, useStates } from '@/features/admin/api/use-states';
import { useFormat } from '@/lib/format';
import { notify } from '@/lib/notify';
import { useServerErrors } from '@/lib/use-server-errors';
import { cycleRoute } from '../routes';
import { useCycle } from '../api/use-cycle';
import { useCloseCycle, useDeleteExtension, useOpenCycle, usePutExtension, useReopenCycle } from '../api/use-cycle-actions';
import type { Cycle } from '../api/use-cycles';
import { useUpdateCycle } from '../api/use-update-cycle';
import { ConfirmModal, CycleStatusBadge, todayUtc, useDay } from './CycleParts';
import { StateSelect } from '@/features/admin/components/StateSelect';

/** /review/cycles/$cycleId: a cycle's dates and status; open, extend (for all or one State), close, reopen. */
export function CyclePage() {
  return (
    <RequirePermission permission="cycles:manage">
      <CycleDetail />
    </RequirePermission>
  );
}

function CycleDetail() {
  const { t } = useTranslation('cycles');
  const { cycleId } = cycleRoute.useParams();
  const cycle = useCycle(cycleId);
  if (cycle.isPending) return <FullPageLoader inline />;
  if (cycle.isError) return <QueryError error={cycle.error} onRetry={() => void cycle.refetch()} />;
  return (
    <Stack maw={1080}>
      <Anchor component={Link} to="/review/cycles" size="sm">
        {t('cycle.back')}
      </Anchor>
      <PageHeader title={cycle.data.name} description={t('cycle.description')} actions={<CycleStatusBadge status={cycle.data.status} />} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Stack>
          <Facts cycle={cycle.data} />
          <StatusActions cycle={cycle.data} />
        </Stack>
        <EditCycle cycle={cycle.data} />
      </SimpleGrid>
      <Extensions cycle={cycle.data} />
    </Stack>
  );
}

function Facts({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const format = useFormat();
  const day = useDay();
  const rows: [string, string][] = [
    [t('fields.opensOn'), day(cycle.opensOn)],
    [t('fields.closesOn'), day(cycle.closesOn)],
    [t('fields.scopeCount'), format.number(cycle.scopeCount)],
    [t('fields.carriedForward'), format.number(cycle.carriedForward)],
    [t('fields.openedAt'), format.dateTime(cycle.openedAt)],
    [t('fields.closedAt'), format.dateTime(cycle.closedAt)],
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

type StatusAction = 'open' | 'close' | 'reopen';

function StatusActions({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const day = useDay();
  const open = useOpenCycle(cycle.id);
  const close = useCloseCycle(cycle.id);
  const reopen = useReopenCycle(cycle.id);
  const [confirming, setConfirming] = useState<StatusAction | null>(null);
  const [reopenOn, setReopenOn] = useState('');
  const [reopenError, setReopenError] = useState<string | null>(null);
  const mutation = confirming === 'open' ? open : confirming === 'close' ? close : reopen;
  const fieldError = useServerErrorText();

  const run = async () => {
    try {
      if (confirming === 'open') {
        await open.mutateAsync();
        notify('green', t('actions.openDone'));
      } else if (confirming === 'close') {
        await close.mutateAsync();
        notify('green', t('actions.closeDone'));
      } else if (confirming === 'reopen') {
        if (!reopenOn) {
          setReopenError(t('validation.required'));
          return;
        }
        await reopen.mutateAsync(reopenOn);
        notify('green', t('actions.reopenDone', { date: day(reopenOn) }));
      }
      setConfirming(null);
    } catch (error) {
      if (confirming === 'reopen') setReopenError(fieldError(error, 'closesOn'));
    }
  };
  const ask = (action: StatusAction) => {
    open.reset();
    close.reset();
    reopen.reset();
    setReopenError(null);
    setReopenOn('');
    setConfirming(action);
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('actions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`actions.hint.${cycle.status}`)}
        </Text>
        <Group gap="xs">
          {cycle.status === 'planned' && <Button onClick={() => ask('open')}>{t('actions.open')}</Button>}
          {cycle.status === 'open' && (
            <Button color="red" variant="outline" onClick={() => ask('close')}>
              {t('actions.close')}
            </Button>
          )}
          {cycle.status === 'closed' && <Button onClick={() => ask('reopen')}>{t('actions.reopen')}</Button>}
        </Group>
      </Stack>
      <ConfirmModal
        opened={confirming !== null}
        title={confirming ? t(`actions.${confirming}Title`) : ''}
        confirmLabel={confirming ? t(`actions.${confirming}`) : ''}
        color={confirming === 'close' ? 'red' : undefined}
        loading={mutation.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => void run()}
      >
        <Stack>
          <Text size="sm">{confirming ? t(`actions.${confirming}Confirm`, { name: cycle.name, date: day(cycle.closesOn) }) : ''}</Text>
          {confirming === 'reopen' && (
            <TextInput
              type="date"
              label={t('actions.reopenClosesOn')}
              required
              min={todayUtc()}
              value={reopenOn}
              error={reopenError}
              onChange={(e) => {
                setReopenOn(e.currentTarget.value);
                setReopenError(null);
              }}
            />
          )}
          {!(confirming === 'reopen' && reopenError) && <ProblemAlert error={mutation.error} />}
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}

/** A field's error from an API problem, in the user's language (or null when the problem is not about that field). */
function useServerErrorText() {
  const serverErrors = useServerErrors();
  return (error: unknown, field: string): string | null => {
    let text: string | null = null;
    const fake = { setFieldError: (_: string, message: string) => (text = message) };
    serverErrors(fake as never, error, [field]);
    return text;
  };
}

function EditCycle({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation('cycles');
  const day = useDay();
  const update = useUpdateCycle(cycle);
  const serverErrors = useServerErrors();
  const [confirming, setConfirming] = useState(false);
  const initial = { name: cycle.name, opensOn: cycle.opensOn, closesOn: cycle.closesOn };
  const form = useForm({
    initialValues: initial,
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      opensOn: (value) => (value ? null : t('validation.required')),
      closesOn: (value, values) =>
        !value ? t('validation.required') : value < values.opensOn ? t('validation.closesBeforeOpens') : cycle.status === 'open' && value !== cycle.closesOn && value < todayUtc() ? t('validation.inPast') : null,
    },
  });
  useEffect(() => {
    form.setInitialValues(initial);
    form.reset();
    // Only when the server's copy changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cycle.version]);
  const changes = (['name', 'opensOn', 'closesOn'] as const).filter((f) => (f === 'name' ? form.values.name.trim() : form.values[f]) !== cycle[f]);
  const save = async () => {
    const body = Object.fromEntries(changes.map((f) => [f, f === 'name' ? form.values.name.trim() : form.values[f]]));
    try {
      await update.mutateAsync(body);
      notify('green', t('edit.saved'));
    } catch (error) {
      serverErrors(form, error, ['name', 'opensOn', 'closesOn']);
    } finally {
      setConfirming(false);
    }
  };
  const closed = cycle.status === 'closed';
  return (
    <Paper withBorder p="md">
      <FormStack onSubmit={form.onSubmit(() => setConfirming(true))}>
        <Title order={2} size="h4">
          {t('edit.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`edit.hint.${cycle.status}`)}
        </Text>
        <ProblemAlert error={update.error} />
        <TextInput label={t('fields.name')} required maxLength={200} {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput type="date" label={t('fields.opensOn')} required disabled={cycle.status !== 'planned'} {...form.getInputProps('opensOn')} />
          <TextInput type="date" label={t('fields.closesOn')} required disabled={closed} min={cycle.status === 'open' ? todayUtc() : form.values.opensOn} {...form.getInputProps('closesOn')} />
        </SimpleGrid>
        <Group>
          <Button type="submit" disabled={changes.length === 0} loading={update.isPending}>
            {t('edit.save')}
          </Button>
        </Group>
      </FormStack>
      <ConfirmModal opened={confirming} title={t('edit.confirmTitle')} confirmLabel={t('edit.save')} loading={update.isPending} onClose={() => setConfirming(false)} onConfirm={() => void save()}>
        <Stack gap="xs">
          {changes.map((f) => (
            <Text size="sm" key={f}>
              {t('edit.change', {
                field: t(`fields.${f}`),
                from: f === 'name' ? cycle.name : day(cycle[f]),
                to: f === 'name' ? form.values.name.trim() : day(form.values[f]),
              })}
            </Text>
          ))}
          {changes.includes('closesOn') && cycle.status === 'open' && (
            <Text size="sm" c="dimmed">
              {t('edit.lateHint')}
            </Text>
          )}
        </Stack>
      </ConfirmModal>
    </Paper>
  );
}

function Extensions({ cycle }: { cycle: Cycle }) {
  const { t, i18n } = useTranslation('cycles');
  const format = useFormat();
  const day = useDay();
  const states = useStates();
  const put = usePutExtension(cycle.id);
  const remove = useDeleteExtension(cycle.id);
  const serverErrors = useServerErrors();
  const [confirming, setConfirming] = useState<'grant' | { remove: string } | null>(null);
  const form = useForm({
    initialValues: { stateCode: null as string | null, closesOn: '', reason: '' },
    validate: {
      stateCode: (value) => (value ? null : t('validation.required')),
      closesOn: (value) => (!value ? t('validation.required') : value <= cycle.closesOn ? t('validation.notAfterCycle', { date: day(cycle.closesOn) }) : null),
      reason: (value) => (value.trim() ? null : t('validation.required')),
    },
  });
  const nameOf = (code: string) => stateName(states.data?.find((s) => s.code === code), i18n.language, code);
  const closed = cycle.status === 'closed';
  const existing = cycle.extensions.find((e) => e.stateCode === form.values.stateCode);

  const grant = async () => {
    const values = form.getValues();
    try {
      await put.mutateAsync({ code: values.stateCode!, closesOn: values.closesOn, reason: values.reason.trim() });
      notify('green', t('extensions.granted', { state: nameOf(values.stateCode!), date: day(values.closesOn) }));
      form.reset();
    } catch (error) {
      serverErrors(form, error, ['closesOn', 'reason', 'stateCode']);
    } finally {
      setConfirming(null);
    }
  };
  const drop = async (code: string) => {
    try {
      await remove.mutateAsync(code);
      notify('green', t('extensions.removed', { state: nameOf(code) }));
    } finally {
      setConfirming(null);
    }
  };

  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('extensions.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('extensions.description', { date: day(cycle.closesOn) })}
        </Text>
        <ProblemAlert error={remove.error} />
        {cycle.extensions.length === 0 ? (
          <Text size="sm" c="dimmed" fs="italic">
            {t('extensions.none')}
          </Text>
        ) : (
          <div className="table-scroll">
            <Table striped verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('extensions.title')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.state')}</Table.Th>
                  <Table.Th scope="col">{t('fields.extendedTo')}</Table.Th>
                  <Table.Th scope="col">{t('fields.reason')}</Table.Th>
                  <Table.Th scope="col">{t('fields.updatedAt')}</Table.Th>
                  <Table.Th scope="col">
                    <span className="visually-hidden">{t('extensions.actions')}</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {cycle.extensions.map((e) => (
                  <Table.Tr key={e.stateCode}>
                    <Table.Td>{`${nameOf(e.stateCode)} (${e.stateCode})`}</Table.Td>
                    <Table.Td>{day(e.closesOn)}</Table.Td>
                    <Table.Td dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                      {e.reason}
                    </Table.Td>
                    <Table.Td>{format.dateTime(e.updatedAt)}</Table.Td>
                    <Table.Td>
                      {!closed && (
                        <Group gap={4} wrap="nowrap">
                          <Button size="xs" variant="subtle" aria-label={t('extensions.changeNamed', { state: nameOf(e.stateCode) })} onClick={() => form.setValues({ stateCode: e.stateCode, closesOn: e.closesOn, reason: e.reason })}>
                            {t('extensions.change')}
                          </Button>
                          <Button size="xs" variant="subtle" color="red" aria-label={t('extensions.removeNamed', { state: nameOf(e.stateCode) })} onClick={() => setConfirming({ remove: e.stateCode })}>
                            {t('extensions.remove')}
                          </Button>
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {closed ? (
          <Text size="sm">{t('extensions.closed')}</Text>
        ) : (
          <FormStack onSubmit={form.onSubmit(() => setConfirming('grant'))} gap="sm">
            <Title order={3} size="h5">
              {t('extensions.formTitle')}
            </Title>
            <ProblemAlert error={put.error} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <StateSelect label={t('fields.state')} required {...form.getInputProps('stateCode')} />
              <TextInput type="date" label={t('fields.extendedTo')} required min={cycle.closesOn} {...form.getInputProps('closesOn')} />
            </SimpleGrid>
            <Textarea label={t('fields.reason')} required autosize minRows={2} maxLength={1000} {...form.getInputProps('reason')} />
            <Group>
              <Button type="submit" loading={put.isPending}>
                {existing ? t('extensions.update') : t('extensions.grant')}
              </Button>
            </Group>
          </FormStack>
        )}
      </Stack>
      <ConfirmModal
        opened={confirming !== null}
        title={confirming === 'grant' ? t('extensions.grantTitle') : t('extensions.removeTitle')}
        confirmLabel={confirming === 'grant' ? (existing ? t('extensions.update') : t('extensions.grant')) : t('extensions.remove')}
        color={confirming !== null && confirming !== 'grant' ? 'red' : undefined}
        loading={put.isPending || remove.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => void (confirming === 'grant' ? grant() : confirming ? drop(confirming.remove) : undefined)}
      >
        {confirming === 'grant'
          ? t('extensions.grantConfirm', { state: form.values.stateCode ? nameOf(form.values.stateCode) : '', date: day(form.values.closesOn) })
          : confirming
            ? t('extensions.removeConfirm', { state: nameOf(confirming.remove), date: day(cycle.closesOn) })
            : ''}
      </ConfirmModal>
    </Paper>
  );
}
