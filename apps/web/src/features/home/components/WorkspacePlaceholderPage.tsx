import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';

/** The focal point's and the secretariat's workspaces land here until their own pages are built (issues 16 and 17). */
export function WorkspacePlaceholderPage({ kind }: { kind: 'focalPoint' | 'secretariat' }) {
  const { t } = useTranslation('home');
  return (
    <RequirePermission permission={kind === 'focalPoint' ? 'reports:write' : 'reports:review'}>
      <Stack maw={720}>
        <PageHeader title={t(`placeholder.${kind}.title`)} />
        <Alert color="blue" role="status">
          {t(`placeholder.${kind}.body`)}
        </Alert>
      </Stack>
    </RequirePermission>
  );
}
