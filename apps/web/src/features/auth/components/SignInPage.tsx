import { Anchor, Button, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '@/components/PasswordField';
import { FormStack } from '@/components/FormStack';
import { useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '@/components/ProblemAlert';
import { signInRoute } from '@/app/router';
import { isMfaChallenge, useLogin } from '../api/use-login';
import { useLoginMfa } from '../api/use-login-mfa';
import { useServerErrors } from '@/lib/use-server-errors';
import { useDocumentTitle } from '@/lib/document-title';
import { looksLikeEmail } from '@/lib/email';

export function SignInPage() {
  const { t } = useTranslation('auth');
  const search = signInRoute.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const login = useLogin();
  const loginMfa = useLoginMfa();
  const serverErrors = useServerErrors();
  const [challenge, setChallenge] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);

  useDocumentTitle(t('signIn.title'));
  useEffect(() => {
    if (challenge) codeRef.current?.focus();
  }, [challenge]);

  const form = useForm({
    initialValues: { email: search.email ?? '', password: '' },
    validate: {
      email: (value) => (looksLikeEmail(value) ? null : t('validation.email')),
      password: (value) => (value.length > 0 ? null : t('validation.required')),
    },
  });
  const codeForm = useForm({
    initialValues: { code: '' },
    validate: { code: (value) => (value.trim().length >= 6 ? null : t('validation.code')) },
  });

  const done = async () => {
    await queryClient.invalidateQueries();
    await navigate({ to: search.next ?? '/' });
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const answer = await login.mutateAsync({ email: values.email.trim(), password: values.password });
      if (isMfaChallenge(answer)) setChallenge(answer.challengeToken);
      else await done();
    } catch (error) {
      serverErrors(form, error, ['email', 'password']);
    }
  });

  const submitCode = codeForm.onSubmit(async (values) => {
    if (!challenge) return;
    try {
      await loginMfa.mutateAsync({ challengeToken: challenge, code: values.code.trim() });
      await done();
    } catch (error) {
      serverErrors(codeForm, error, ['code']);
    }
  });

  if (challenge) {
    return (
      <FormStack onSubmit={submitCode} gap="md">
        <Title order={1} size="h3">
          {t('mfaStep.title')}
        </Title>
        <Text size="sm">{t('mfaStep.hint')}</Text>
        <ProblemAlert error={loginMfa.error} />
        <TextInput
          ref={codeRef}
          label={t('mfaStep.code')}
          description={t('mfaStep.codeHint')}
          autoComplete="one-time-code"
          inputMode="text"
          required
          {...codeForm.getInputProps('code')}
        />
        <Button type="submit" loading={loginMfa.isPending}>
          {t('mfaStep.submit')}
        </Button>
        <Anchor component="button" type="button" size="sm" onClick={() => setChallenge(null)}>
          {t('mfaStep.back')}
        </Anchor>
      </FormStack>
    );
  }

  return (
    <FormStack onSubmit={submit} gap="md">
      <Title order={1} size="h3">
        {t('signIn.title')}
      </Title>
      <ProblemAlert error={login.error} />
      <TextInput label={t('fields.email')} type="email" autoComplete="username" required {...form.getInputProps('email')} />
      <PasswordField label={t('fields.password')} autoComplete="current-password" required {...form.getInputProps('password')} />
      <Button type="submit" loading={login.isPending}>
        {t('signIn.submit')}
      </Button>
      <Anchor component={Link} to="/forgot-password" size="sm">
        {t('signIn.forgot')}
      </Anchor>
    </FormStack>
  );
}
