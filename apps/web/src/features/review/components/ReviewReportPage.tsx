import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';

/** Placeholder: the page is being built. */
export function ReviewReportPage() {
  const { t } = useTranslation('review');
  return (
    <RequirePermission permission="reports:review">
      <Stack>
        <PageHeader title={t('report.title')} />
        <Alert color="blue" role="status">
          {t('placeholder')}
        </Alert>
      </Stack>
    </RequirePermission>
  );
}
