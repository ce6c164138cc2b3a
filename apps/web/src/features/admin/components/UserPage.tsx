import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '@/lib/notify';
import { ROLES, UI_LANGUAGES, type Role, type UiLanguage, type components } from '@contracts';
import { userRoute } from '@/app/router';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { FormStack } from '@/components/FormStack';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { useCurrentUser } from '@/lib/me-context';
import { useServerErrors } from '@/lib/use-server-errors';
import { useUpdateUser } from '../api/use-update-user';
import { useUser } from '../api/use-user';
import { useResetUserMfa, useResetUserPassword, useRevokeUserSessions } from '../api/use-user-actions';
import { StateSelect } from './StateSelect';
import { UserStatusBadge } from './UsersPage';

type User = components['schemas']['UserDto'];

export function UserPage() {
  return (
    <RequirePermission permission="users:manage">
      <UserDetail />
    </RequirePermission>
  );
}

function UserDetail() {
  const { t } = useTranslation('admin');
  const { userId } = userRoute.useParams();
  const user = useUser(userId);
  if (user.isPending) return <FullPageLoader inline />;
  if (user.isError) return <QueryError error={user.error} onRetry={() => void user.refetch()} />;
  return (
    <Stack maw={960}>
      <Anchor component={Link} to="/admin/users" size="sm">
        {t('users.back')}
      </Anchor>
      <PageHeader title={user.data.name} description={user.data.email} actions={<UserStatusBadge active={user.data.active} hasPassword={user.data.hasPassword} />} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <EditUser user={user.data} />
        <Stack>
          <Facts user={user.data} />
          <Actions user={user.data} />
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function EditUser({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const update = useUpdateUser(user.id);
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { name: user.name, role: user.role as Role, stateCode: user.stateCode, language: user.language as UiLanguage },
    validate: {
      name: (value) => (value.trim() ? null : t('auth:validation.required')),
      stateCode: (value, values) => (values.role === 'focal_point' && !value ? t('users.stateRequired') : null),
    },
  });
  useEffect(() => {
    form.setInitialValues({ name: user.name, role: user.role as Role, stateCode: user.stateCode, language: user.language as UiLanguage });
    form.reset();
    // Only when the server's copy changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [user.updatedAt]);
  return (
    <Paper withBorder p="md">
      <FormStack
        onSubmit={form.onSubmit(async (values) => {
          try {
            await update.mutateAsync({
              name: values.name.trim(),
              role: values.role,
              stateCode: values.role === 'focal_point' ? values.stateCode : null,
              language: values.language,
            });
            notify('green', t('users.saved'));
          } catch (error) {
            serverErrors(form, error, ['name', 'role', 'stateCode', 'language']);
          }
        })}
      >
        <Title order={2} size="h4">
          {t('users.edit')}
        </Title>
        <ProblemAlert error={update.error} />
        <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
        <Select label={t('fields.role')} allowDeselect={false} data={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))} {...form.getInputProps('role')} />
        {form.values.role === 'focal_point' && <StateSelect label={t('fields.state')} required {...form.getInputProps('stateCode')} />}
        <Select label={t('fields.language')} allowDeselect={false} data={UI_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))} {...form.getInputProps('language')} />
        {form.values.role !== user.role && (
          <Alert color="yellow" variant="light">
            {t('users.roleChangeHint')}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
            {t('common:action.save')}
          </Button>
        </Group>
      </FormStack>
    </Paper>
  );
}

function Facts({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const rows: [string, string][] = [
    [t('fields.created'), format.dateTime(user.createdAt)],
    [t('fields.lastLogin'), format.dateTime(user.lastLoginAt)],
    [t('fields.password'), user.hasPassword ? t('users.passwordSet') : t('users.passwordNotSet')],
    [t('fields.mfa'), user.mfaEnabled ? t('users.mfaOn') : t('users.mfaOff')],
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

type Action = 'deactivate' | 'reactivate' | 'reset' | 'revoke' | 'mfa';

function Actions({ user }: { user: User }) {
  const { t } = useTranslation('admin');
  const me = useCurrentUser();
  const update = useUpdateUser(user.id);
  const reset = useResetUserPassword(user.id);
  const revoke = useRevokeUserSessions(user.id);
  const resetMfa = useResetUserMfa(user.id);
  const [confirming, setConfirming] = useState<Action | null>(null);
  const errors = update.error ?? reset.error ?? revoke.error ?? resetMfa.error;
  const self = me.id === user.id;

  const run = async (action: Action) => {
    try {
      if (action === 'deactivate' || action === 'reactivate') {
        await update.mutateAsync({ active: action === 'reactivate' });
        notify('green', t(`actions.${action}Done`));
      } else if (action === 'reset') {
        const receipt = await reset.mutateAsync();
        notify(receipt.delivered ? 'green' : 'yellow', receipt.delivered ? t('actions.resetDone', { email: receipt.sentTo }) : t('users.invitationNotDelivered', { email: receipt.sentTo }));
      } else if (action === 'revoke') {
        const answer = await revoke.mutateAsync();
        notify('green', t('actions.revokeDone', { count: answer.revoked }));
      } else {
        await resetMfa.mutateAsync();
        notify('green', t('actions.mfaDone'));
      }
    } finally {
      setConfirming(null);
    }
  };

  const pending = update.isPending || reset.isPending || revoke.isPending || resetMfa.isPending;
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={2} size="h4">
          {t('actions.title')}
        </Title>
        <ProblemAlert error={errors} />
        <Group gap="xs">
          <Button variant="default" onClick={() => setConfirming('reset')} disabled={!user.active}>
            {user.hasPassword ? t('actions.reset') : t('actions.resendInvitation')}
          </Button>
          <Button variant="default" onClick={() => setConfirming('revoke')}>
            {t('actions.revoke')}
          </Button>
          {user.mfaEnabled && (
            <Button variant="default" onClick={() => setConfirming('mfa')}>
              {t('actions.mfa')}
            </Button>
          )}
          {user.active ? (
            <Button color="red" variant="outline" onClick={() => setConfirming('deactivate')} disabled={self}>
              {t('actions.deactivate')}
            </Button>
          ) : (
            <Button color="green" variant="outline" onClick={() => setConfirming('reactivate')}>
              {t('actions.reactivate')}
            </Button>
          )}
        </Group>
        {self && (
          <Text size="xs" c="dimmed">
            {t('actions.selfHint')}
          </Text>
        )}
        {user.mfaEnabled === false && (
          <Badge variant="dot" color="gray" w="fit-content">
            {t('users.mfaOff')}
          </Badge>
        )}
      </Stack>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} closeButtonProps={{ 'aria-label': t('common:action.close') }} title={confirming ? t(`actions.${confirming}Title`) : ''}>
        <Stack>
          <Text size="sm">{confirming ? t(`actions.${confirming}Confirm`, { name: user.name, email: user.email }) : ''}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(null)}>
              {t('common:action.cancel')}
            </Button>
            <Button color={confirming === 'deactivate' ? 'red' : undefined} loading={pending} onClick={() => confirming && void run(confirming).catch(() => undefined)} data-autofocus>
              {confirming ? t(`actions.${confirming}`) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
