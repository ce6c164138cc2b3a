import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './lib/i18n';
import { refreshSession } from './lib/api-client';

// The language catalogues and the session (the refresh cookie, if any) are fetched together before the first render,
// so a reload shows the signed-in page at once instead of flashing the sign-in form.
await Promise.all([initI18n(), refreshSession()]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
