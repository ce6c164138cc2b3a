import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import type { Permission } from '@contracts';
import { useCan } from '@/lib/me-context';

/** A page only some roles may open: others see why, not a broken page (the API refuses them anyway). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { t } = useTranslation();
  const can = useCan(permission);
  if (!can)
    return (
      <Alert color="yellow" title={t('forbidden.title')} role="alert">
        {t('forbidden.hint')}
      </Alert>
    );
  return <>{children}</>;
}
