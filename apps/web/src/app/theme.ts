import { createTheme } from '@mantine/core';

/** UN blue, one shade darker than Mantine's default so text on it passes WCAG AA contrast (4.5:1). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'always',
});
