import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';

/** Placeholder: the page is being built. */
export function NewCyclePage() {
  const { t } = useTranslation('cycles');
  return (
    <RequirePermission permission="cycles:manage">
      <Stack>
        <PageHeader title={t('create.title')} />
        <Alert color="blue" role="status">
          {t('placeholder')}
        </Alert>
      </Stack>
    </RequirePermission>
  );
}
