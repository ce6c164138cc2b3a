import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { stateName, useStates } from '../api/use-states';

/** A searchable State picker, names in the interface language (codes searchable too). */
export function StateSelect(props: Omit<SelectProps, 'data'>) {
  const { i18n, t } = useTranslation('admin');
  const states = useStates();
  const collator = useMemo(() => new Intl.Collator(i18n.language), [i18n.language]);
  const data = useMemo(
    () =>
      (states.data ?? [])
        .map((state) => ({ value: state.code, label: `${stateName(state, i18n.language)} (${state.code})` }))
        .sort((a, b) => collator.compare(a.label, b.label)),
    [states.data, i18n.language, collator],
  );
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage={states.isPending ? t('common:state.loading') : t('states.none')}
      error={states.isError ? t('states.loadFailed') : props.error}
      {...props}
      data={data}
    />
  );
}
