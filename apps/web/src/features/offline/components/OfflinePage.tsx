import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';

/** Placeholder: the page is being built. */
export function OfflinePage() {
  const { t } = useTranslation('offline');
  return (
    <RequirePermission permission="reports:write">
      <Stack>
        <PageHeader title={t('offline.title')} />
        <Alert color="blue" role="status">
          {t('placeholder')}
        </Alert>
      </Stack>
    </RequirePermission>
  );
}
