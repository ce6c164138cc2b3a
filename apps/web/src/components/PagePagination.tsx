import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page controls of a long list, each control named in the user's language; nothing when everything fits on one. */
export function PagePagination({ total, pageSize, page, onChange }: { total: number; pageSize: number; page: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  if (total <= pageSize) return null;
  return (
    <Pagination
      total={Math.ceil(total / pageSize)}
      value={page}
      onChange={onChange}
      getControlProps={(control) => ({ 'aria-label': t(`common:pagination.${control}`) })}
      getItemProps={(item) => ({ 'aria-label': t('common:pagination.page', { page: item }) })}
    />
  );
}
