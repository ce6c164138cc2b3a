import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The loading state: a spinner with a spoken label. The label is text inside the status region, not an aria-label
 * on the spinner (a span with no role may not carry one: axe's aria-prohibited-attr).
 */
export function FullPageLoader({ inline = false }: { inline?: boolean }) {
  const { t, ready } = useTranslation('common', { useSuspense: false });
  return (
    <Center mih={inline ? 160 : '100vh'} role="status" aria-live="polite">
      <Loader aria-hidden />
      <span className="visually-hidden">{ready ? t('state.loading') : 'Loading…'}</span>
    </Center>
  );
}
