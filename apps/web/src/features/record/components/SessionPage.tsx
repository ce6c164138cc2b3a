import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';

/** Placeholder: the page is being built. */
export function SessionPage() {
  const { t } = useTranslation('record');
  return (
    <RequirePermission permission="catalogue:write">
      <Stack>
        <PageHeader title={t('session.title')} />
        <Alert color="blue" role="status">
          {t('placeholder')}
        </Alert>
      </Stack>
    </RequirePermission>
  );
}
