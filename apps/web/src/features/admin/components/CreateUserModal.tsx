import { Alert, Button, Group, Modal, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { notify } from '@/lib/notify';
import { FormStack } from '@/components/FormStack';
import { ROLES, UI_LANGUAGES, type Role, type UiLanguage } from '@contracts';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { useServerErrors } from '@/lib/use-server-errors';
import { looksLikeEmail } from '@/lib/email';
import { useCreateUser } from '../api/use-create-user';
import { StateSelect } from './StateSelect';

/** A new account: the person is mailed an invitation link to choose their own password (nobody else ever knows it). */
export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation('admin');
  const create = useCreateUser();
  const serverErrors = useServerErrors();
  const form = useForm({
    initialValues: { email: '', name: '', role: 'focal_point' as Role, stateCode: null as string | null, language: (i18n.language as UiLanguage) ?? 'en' },
    validate: {
      email: (value) => (looksLikeEmail(value) ? null : t('auth:validation.email')),
      name: (value) => (value.trim() ? null : t('auth:validation.required')),
      stateCode: (value, values) => (values.role === 'focal_point' && !value ? t('users.stateRequired') : null),
    },
  });
  const close = () => {
    form.reset();
    create.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} closeButtonProps={{ 'aria-label': t('common:action.close') }} title={t('users.createTitle')} size="lg">
      <FormStack
        onSubmit={form.onSubmit(async (values) => {
          try {
            const user = await create.mutateAsync({
              email: values.email.trim(),
              name: values.name.trim(),
              role: values.role,
              stateCode: values.role === 'focal_point' ? (values.stateCode ?? undefined) : undefined,
              language: values.language,
            });
            notify(
              user.invitation.delivered ? 'green' : 'yellow',
              user.invitation.delivered ? t('users.invitationSent', { email: user.email }) : t('users.invitationNotDelivered', { email: user.email }),
            );
            close();
          } catch (error) {
            serverErrors(form, error, ['email', 'name', 'role', 'stateCode', 'language']);
          }
        })}
      >
        <Alert color="blue" variant="light">
          {t('users.invitationHint')}
        </Alert>
        <ProblemAlert error={create.error} />
        <TextInput label={t('fields.email')} type="email" required data-autofocus {...form.getInputProps('email')} />
        <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
        <Select
          label={t('fields.role')}
          required
          allowDeselect={false}
          data={ROLES.map((role) => ({ value: role, label: t(`common:roles.${role}`) }))}
          {...form.getInputProps('role')}
          comboboxProps={{ withinPortal: true }}
        />
        {form.values.role === 'focal_point' && <StateSelect label={t('fields.state')} required {...form.getInputProps('stateCode')} comboboxProps={{ withinPortal: true }} />}
        <Select
          label={t('fields.language')}
          description={t('users.languageHint')}
          allowDeselect={false}
          data={UI_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }))}
          {...form.getInputProps('language')}
          comboboxProps={{ withinPortal: true }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('users.sendInvitation')}
          </Button>
        </Group>
      </FormStack>
    </Modal>
  );
}
