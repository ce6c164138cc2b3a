import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@/components/PasswordField';
import { FormStack } from '@/components/FormStack';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useServerErrors } from '@/lib/use-server-errors';
import { useDocumentTitle } from '@/lib/document-title';
import { useSetPassword } from '../api/use-set-password';
import { PasswordPolicyHint, validateNewPassword } from './password-rules';

/** The token travels in the fragment (#token=…), which no server, proxy or referrer ever sees; read it once, then drop it. */
function takeTokenFromFragment(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (token) window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
  return token;
}

export function SetPasswordPage({ mode }: { mode: 'invitation' | 'reset' }) {
  const { t } = useTranslation('auth');
  const [token] = useState(takeTokenFromFragment);
  const setPassword = useSetPassword();
  const navigate = useNavigate();
  const serverErrors = useServerErrors();
  const title = mode === 'invitation' ? t('setPassword.invitationTitle') : t('setPassword.resetTitle');
  useDocumentTitle(title);
  const form = useForm({
    initialValues: { password: '', confirm: '' },
    validate: {
      password: (value) => validateNewPassword(value, t),
      confirm: (value, values) => (value === values.password ? null : t('validation.mismatch')),
    },
  });

  if (!token) {
    return (
      <Stack gap="md">
        <Title order={1} size="h3">
          {title}
        </Title>
        <Alert color="yellow" role="alert">
          {t('setPassword.noToken')}
        </Alert>
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('setPassword.askNew')}
        </Anchor>
      </Stack>
    );
  }

  if (setPassword.isSuccess) {
    return (
      <Stack gap="md">
        <Title order={1} size="h3">
          {title}
        </Title>
        <Alert color="green" role="status">
          {t('setPassword.done')}
        </Alert>
        <Button onClick={() => void navigate({ to: '/sign-in', search: { email: setPassword.data.email } })}>
          {t('setPassword.signIn')}
        </Button>
      </Stack>
    );
  }

  return (
    <FormStack
      gap="md"
      onSubmit={form.onSubmit(async (values) => {
        try {
          await setPassword.mutateAsync({ token, password: values.password });
        } catch (error) {
          serverErrors(form, error, ['password']);
        }
      })}
    >
      <Title order={1} size="h3">
        {title}
      </Title>
      <Text size="sm">{mode === 'invitation' ? t('setPassword.invitationHint') : t('setPassword.resetHint')}</Text>
      <ProblemAlert error={setPassword.error} />
      {setPassword.error !== null && (setPassword.error as { code?: string }).code === 'INVALID_ACCOUNT_LINK' && (
        <Anchor component={Link} to="/forgot-password" size="sm">
          {t('setPassword.askNew')}
        </Anchor>
      )}
      <PasswordField label={t('fields.newPassword')} description={<PasswordPolicyHint />} autoComplete="new-password" required {...form.getInputProps('password')} />
      <PasswordField label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
      <Button type="submit" loading={setPassword.isPending}>
        {t('setPassword.submit')}
      </Button>
    </FormStack>
  );
}
