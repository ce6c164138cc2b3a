import { Badge, Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "French" in the interface language. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The first words of a text, cut at a word boundary. */
export function excerpt(text: string | null | undefined, max = 180): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

/**
 * A recommendation's text in the language the API picked; when that is not the reader's language the text carries
 * its own `lang` (and direction) and a marker says in which language it is shown.
 */
export function RecommendationText({ text, textLanguage, max, ...props }: { text: string | null | undefined; textLanguage: string | null | undefined; max?: number } & TextProps) {
  const { t, i18n } = useTranslation(['review', 'labels']);
  const fallback = !!textLanguage && textLanguage !== i18n.language;
  return (
    <Text {...props}>
      {fallback && (
        <Badge component="span" variant="outline" color="gray" size="sm" tt="none" me={6} style={{ verticalAlign: 'middle' }}>
          {t('text.fallback', { language: languageName(textLanguage, i18n.language) })}
        </Badge>
      )}
      <span lang={textLanguage ?? undefined} dir="auto">
        {max ? excerpt(text, max) : (text ?? '—')}
      </span>
    </Text>
  );
}
