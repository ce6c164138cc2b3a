import { DirectionProvider, MantineProvider, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useEffect } from 'react';
import { setNonce } from 'get-nonce';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '@/lib/i18n';
import { queryClient } from './query-client';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';

/** Mantine's direction follows the interface language (Arabic right-to-left). */
function DirectionSync() {
  const { setDirection } = useDirection();
  useEffect(() => {
    const sync = (language: string) => setDirection(i18n.dir(language) === 'rtl' ? 'rtl' : 'ltr');
    sync(i18n.language);
    i18n.on('languageChanged', sync);
    return () => i18n.off('languageChanged', sync);
  }, [setDirection]);
  return null;
}

/** The API serves index.html with a fresh nonce; Mantine puts it on the <style> elements it writes (see webCsp). */
const styleNonce = document.querySelector('meta[name="csp-nonce"]')?.getAttribute('content') ?? undefined;
const getStyleNonce = () => styleNonce ?? '';
// The scroll lock of modals (react-remove-scroll) writes its own <style>; it takes the nonce from get-nonce.
if (styleNonce) setNonce(styleNonce);

export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <DirectionProvider initialDirection={i18n.dir(i18n.language) === 'rtl' ? 'rtl' : 'ltr'} detectDirection={false}>
        <DirectionSync />
        <MantineProvider theme={theme} defaultColorScheme="light" getStyleNonce={getStyleNonce} cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="top-center" />
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
