import { Alert, Anchor, Button, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FormStack } from '@/components/FormStack';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useDocumentTitle } from '@/lib/document-title';
import { looksLikeEmail } from '@/lib/email';
import { useForgotPassword } from '../api/use-forgot-password';

export function ForgotPasswordPage() {
  const { t } = useTranslation('auth');
  const forgot = useForgotPassword();
  useDocumentTitle(t('forgot.title'));
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (value) => (looksLikeEmail(value) ? null : t('validation.email')) },
  });
  return (
    <FormStack gap="md" onSubmit={form.onSubmit((values) => forgot.mutate(values.email.trim()))}>
      <Title order={1} size="h3">
        {t('forgot.title')}
      </Title>
      {forgot.isSuccess ? (
        <Alert color="green" role="status" title={t('forgot.sentTitle')}>
          {t('forgot.sent')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('forgot.hint')}</Text>
          <ProblemAlert error={forgot.error} />
          <TextInput label={t('fields.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
          <Button type="submit" loading={forgot.isPending}>
            {t('forgot.submit')}
          </Button>
        </>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {t('forgot.back')}
      </Anchor>
    </FormStack>
  );
}
