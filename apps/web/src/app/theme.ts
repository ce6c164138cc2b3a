import { Alert, createTheme, type CSSVariablesResolver } from '@mantine/core';

/** UN blue, one shade darker than Mantine's default so text on it passes WCAG AA contrast (4.5:1). */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: 8,
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  headings: { fontWeight: '650' },
  focusRing: 'always',
  components: {
    // A light alert's coloured title is below 4.5:1 on its tinted background: titles take the text colour.
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
});

/** Mantine's "dimmed" grey (gray.6) is 3.3:1 on white: one shade darker passes WCAG AA (4.5:1) on white and gray.0. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7] },
  dark: {},
});
