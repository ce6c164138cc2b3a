import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The loading state: a spinner with a spoken label. */
export function FullPageLoader({ inline = false }: { inline?: boolean }) {
  const { t, ready } = useTranslation('common', { useSuspense: false });
  return (
    <Center mih={inline ? 160 : '100vh'} role="status" aria-live="polite">
      <Loader aria-label={ready ? t('state.loading') : 'Loading…'} />
    </Center>
  );
}
