import { Alert, Button, Code, Group, Image, List, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '@/lib/notify';
import { FullPageLoader } from '@/components/FullPageLoader';
import { FormStack } from '@/components/FormStack';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useServerErrors } from '@/lib/use-server-errors';
import { useConfirmMfaEnrolment, useDisableMfa, useMfaStatus, useRegenerateRecoveryCodes, useStartMfaEnrolment } from '../api/use-mfa';

/** Two-step sign-in: set it up (QR code or the secret by hand, then a first code), recovery codes, turn it off. */
export function MfaPage() {
  const { t } = useTranslation('auth');
  const status = useMfaStatus();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  if (status.isPending) return <FullPageLoader inline />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;

  return (
    <Stack maw={640}>
      <PageHeader title={t('mfa.title')} description={t('mfa.description')} />
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} onDone={() => setRecoveryCodes(null)} />
      ) : status.data.enabled ? (
        <MfaEnabled required={status.data.required} remaining={status.data.recoveryCodesRemaining} confirmedAt={status.data.confirmedAt} onNewCodes={setRecoveryCodes} />
      ) : (
        <MfaEnrolment required={status.data.required} onConfirmed={setRecoveryCodes} />
      )}
    </Stack>
  );
}

function MfaEnrolment({ required, onConfirmed }: { required: boolean; onConfirmed: (codes: string[]) => void }) {
  const { t } = useTranslation('auth');
  const start = useStartMfaEnrolment();
  const confirm = useConfirmMfaEnrolment();
  const serverErrors = useServerErrors();
  const form = useForm({ initialValues: { code: '' }, validate: { code: (value) => (/^\s*\d{3}\s?\d{3}\s*$/.test(value) ? null : t('validation.code6')) } });

  return (
    <Stack>
      {required && (
        <Alert color="blue" role="status" title={t('mfa.requiredTitle')}>
          {t('mfa.required')}
        </Alert>
      )}
      <ProblemAlert error={start.error} />
      {!start.data ? (
        <Button onClick={() => start.mutate()} loading={start.isPending} w="fit-content">
          {t('mfa.start')}
        </Button>
      ) : (
        <Paper withBorder p="md">
          <Stack>
            <List type="ordered" spacing="xs">
              <List.Item>{t('mfa.step1')}</List.Item>
              <List.Item>{t('mfa.step2')}</List.Item>
              <List.Item>{t('mfa.step3')}</List.Item>
            </List>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Image src={start.data.qrCodeDataUrl} alt={t('mfa.qrAlt')} className="qr-code" />
              <Stack gap={4}>
                <Text size="sm" fw={600}>
                  {t('mfa.secretLabel')}
                </Text>
                <Code block className="mono" style={{ wordBreak: 'break-all' }}>
                  {start.data.secret}
                </Code>
              </Stack>
            </SimpleGrid>
            <FormStack
              onSubmit={form.onSubmit(async (values) => {
                try {
                  const answer = await confirm.mutateAsync(values.code.replace(/\s/g, ''));
                  onConfirmed(answer.recoveryCodes);
                } catch (error) {
                  serverErrors(form, error, ['code']);
                }
              })}
            >
              <ProblemAlert error={confirm.error} />
              <TextInput label={t('mfa.code')} autoComplete="one-time-code" inputMode="numeric" maxLength={7} w={200} required {...form.getInputProps('code')} />
              <Button type="submit" loading={confirm.isPending} w="fit-content">
                {t('mfa.confirm')}
              </Button>
            </FormStack>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}

function MfaEnabled({ required, remaining, confirmedAt, onNewCodes }: { required: boolean; remaining: number; confirmedAt: string | null; onNewCodes: (codes: string[]) => void }) {
  const { t } = useTranslation('auth');
  const format = useFormat();
  const regenerate = useRegenerateRecoveryCodes();
  const disable = useDisableMfa();
  const serverErrors = useServerErrors();
  const form = useForm({ initialValues: { code: '' }, validate: { code: (value) => (value.trim().length >= 6 ? null : t('validation.code')) } });
  const run = (action: 'regenerate' | 'disable') =>
    form.onSubmit(async (values) => {
      try {
        if (action === 'regenerate') onNewCodes((await regenerate.mutateAsync(values.code.trim())).recoveryCodes);
        else {
          await disable.mutateAsync(values.code.trim());
          notify('green', t('mfa.disabled'));
        }
        form.reset();
      } catch (error) {
        serverErrors(form, error, ['code']);
      }
    });
  return (
    <Stack>
      <Alert color="green" role="status" title={t('mfa.enabledTitle')}>
        {t('mfa.enabledSince', { date: format.date(confirmedAt) })} {t('mfa.remaining', { count: remaining })}
      </Alert>
      <ProblemAlert error={regenerate.error ?? disable.error} />
      <FormStack onSubmit={run('regenerate')}>
        <TextInput label={t('mfa.codeOrRecovery')} autoComplete="one-time-code" w={260} required {...form.getInputProps('code')} />
        <Group>
          <Button type="submit" variant="default" loading={regenerate.isPending}>
            {t('mfa.regenerate')}
          </Button>
          {!required && (
            <Button type="button" color="red" variant="outline" loading={disable.isPending} onClick={() => run('disable')()}>
              {t('mfa.disable')}
            </Button>
          )}
        </Group>
      </FormStack>
    </Stack>
  );
}

function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('mfa.codesTitle')}
        </Title>
        <Text size="sm">{t('mfa.codesHint')}</Text>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" component="ul" style={{ listStyle: 'none', padding: 0 }} aria-label={t('mfa.codesTitle')}>
          {codes.map((code) => (
            <Code key={code} component="li" className="mono" fz="md">
              {code}
            </Code>
          ))}
        </SimpleGrid>
        <Button
          w="fit-content"
          onClick={() => {
            onDone();
            void navigate({ to: '/' });
          }}
        >
          {t('mfa.codesSaved')}
        </Button>
      </Stack>
    </Paper>
  );
}
