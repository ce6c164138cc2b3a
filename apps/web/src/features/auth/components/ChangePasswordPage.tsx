import { Alert, Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { notify } from '@/lib/notify';
import { PasswordField } from '@/components/PasswordField';
import { FormStack } from '@/components/FormStack';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCurrentUser } from '@/lib/me-context';
import { useServerErrors } from '@/lib/use-server-errors';
import { useChangePassword } from '../api/use-change-password';
import { PasswordPolicyHint, validateNewPassword } from './password-rules';

export function ChangePasswordPage() {
  const { t } = useTranslation('auth');
  const me = useCurrentUser();
  const change = useChangePassword();
  const navigate = useNavigate();
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (value) => (value ? null : t('validation.required')),
      newPassword: (value) => validateNewPassword(value, t),
      confirm: (value, values) => (value === values.newPassword ? null : t('validation.mismatch')),
    },
  });
  return (
    <Stack maw={480}>
      <PageHeader title={t('changePassword.title')} />
      {me.mustChangePassword && (
        <Alert color="blue" role="status" title={t('changePassword.requiredTitle')}>
          {t('changePassword.required')}
        </Alert>
      )}
      <FormStack
        gap="md"
        onSubmit={form.onSubmit(async (values) => {
          try {
            await change.mutateAsync({ currentPassword: values.currentPassword, newPassword: values.newPassword });
            notify('green', t('changePassword.done'));
            await navigate({ to: '/' });
          } catch (error) {
            serverErrors(form, error, ['currentPassword', 'newPassword']);
          }
        })}
      >
        <ProblemAlert error={change.error} />
        <PasswordField label={t('fields.currentPassword')} autoComplete="current-password" required {...form.getInputProps('currentPassword')} />
        <PasswordField label={t('fields.newPassword')} description={<PasswordPolicyHint />} autoComplete="new-password" required {...form.getInputProps('newPassword')} />
        <PasswordField label={t('fields.confirmPassword')} autoComplete="new-password" required {...form.getInputProps('confirm')} />
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t('changePassword.submit')}
        </Button>
      </FormStack>
    </Stack>
  );
}
