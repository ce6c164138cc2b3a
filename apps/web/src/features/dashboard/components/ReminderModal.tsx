import { Alert, Button, Group, List, Modal, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormat } from '@/lib/format';
import { notify } from '@/lib/notify';
import { useReminderPreview } from '../api/use-reminder-preview';
import { useSendReminders, type RemindResult } from '../api/use-send-reminders';
import { useUtcDateTime } from './figures';

const RTL = new Set(['ar']);

/** The reminder before it goes: who gets it (in which language), who is skipped and why, the mail itself; then send. */
export function ReminderModal({ cycleId, states, onClose }: { cycleId: string; states: string[] | undefined; onClose: (sent: boolean) => void }) {
  const { t, i18n } = useTranslation('dashboard');
  const utc = useUtcDateTime();
  const format = useFormat();
  const preview = useReminderPreview(cycleId);
  const send = useSendReminders(cycleId);
  const { mutate } = preview;
  useEffect(() => {
    mutate(states);
  }, [mutate, states]);

  const reached = preview.data?.states.filter((s) => !s.skipped) ?? [];
  const skipped = preview.data?.states.filter((s) => s.skipped) ?? [];
  const recipients = reached.reduce((n, s) => n + s.recipients.length, 0);
  const result: RemindResult | undefined = send.data;
  const skipText = (s: { skipped: string | null; lastRemindedAt: string | null; nextAllowedAt: string | null }) =>
    s.skipped === 'recently_reminded'
      ? t('reminder.skippedRecently', { last: s.lastRemindedAt ? utc(s.lastRemindedAt) : '—', next: s.nextAllowedAt ? utc(s.nextAllowedAt) : '—' })
      : t('reminder.skippedNoFocalPoint');

  return (
    <Modal opened onClose={() => onClose(!!result)} closeButtonProps={{ 'aria-label': t('common:action.close') }} title={t('reminder.title')} size="xl">
      {preview.isPending || preview.isIdle ? (
        <Stack>
          <Skeleton h={20} />
          <Skeleton h={120} />
        </Stack>
      ) : preview.isError ? (
        <ProblemAlert error={preview.error} onRetry={() => mutate(states)} />
      ) : result ? (
        <Stack>
          <Alert color="green" role="status" title={t('reminder.sentTitle')}>
            <Text size="sm" data-testid="reminder-result">
              {t('reminder.sent', { count: result.reminded, states: result.states.join(', ') || '—' })}
            </Text>
            {result.skipped.length > 0 && (
              <List size="sm" mt="xs">
                {result.skipped.map((s) => (
                  <List.Item key={s.code}>
                    {s.name} ({s.code}): {skipText(s)}
                  </List.Item>
                ))}
              </List>
            )}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={() => onClose(true)}>{t('common:action.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" data-testid="reminder-summary">
            {t('reminder.summary', { count: reached.length, recipients })} {t('reminder.interval', { hours: preview.data.minIntervalHours })}
          </Text>
          {reached.length > 0 && (
            <List size="sm" data-testid="reminder-recipients">
              {reached.map((s) => (
                <List.Item key={s.code}>
                  {s.name} ({s.code}): {s.recipients.map((r) => `${r.name} <${r.email}> (${r.language})`).join('; ')}
                </List.Item>
              ))}
            </List>
          )}
          {skipped.length > 0 && (
            <Alert color="yellow" title={t('reminder.skippedTitle', { count: skipped.length })} data-testid="reminder-skipped">
              <List size="sm">
                {skipped.map((s) => (
                  <List.Item key={s.code}>
                    {s.name} ({s.code}): {skipText(s)}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          <Title order={3} size="h5">
            {t('reminder.message')}
          </Title>
          {preview.data.messages.map((m) => (
            <Paper key={`${m.language}-${m.deadline}`} withBorder p="sm" lang={m.language} dir={RTL.has(m.language) ? 'rtl' : 'ltr'} data-testid={`reminder-message-${m.language}`}>
              <Text size="xs" c="dimmed" lang={i18n.language}>
                {t(`languages.${m.language}`)}
                {m.states.length > 0 && ` · ${t('reminder.messageFor', { date: format.date(m.deadline), states: m.states.join(', ') })}`}
              </Text>
              <Text fw={600} size="sm">
                {m.subject}
              </Text>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {m.text}
              </Text>
            </Paper>
          ))}
          <ProblemAlert error={send.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common:action.cancel')}
            </Button>
            <Button
              disabled={reached.length === 0}
              loading={send.isPending}
              onClick={() =>
                send.mutate(states, {
                  onSuccess: (answer) => notify('green', t('reminder.sent', { count: answer.reminded, states: answer.states.join(', ') || '—' })),
                })
              }
            >
              {t('reminder.send', { count: recipients })}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
