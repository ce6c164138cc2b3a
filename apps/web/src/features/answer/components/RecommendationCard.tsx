import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@contracts';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import type { ReportRow } from '../api/use-questionnaire-rows';

/** The recommendation answered: reference, session and section, the parent's opening words, the text (its language marked when it is not the reader's). */
export function RecommendationCard({ row, uiLanguage }: { row: ReportRow; uiLanguage: string }) {
  const { t } = useTranslation('answer');
  const textLanguage = row.textLanguage ?? undefined;
  const fallback = textLanguage && textLanguage !== uiLanguage;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recommendation-heading">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id="recommendation-heading">
            {t('recommendation.heading')}
          </Title>
          <Group gap={6}>
            <Badge variant="outline" color="gray">
              {t('recommendation.session', { number: row.session })}
            </Badge>
            {row.section && (
              <Badge variant="outline" color="gray">
                {t('recommendation.section', { key: row.section.key })}
              </Badge>
            )}
          </Group>
        </Group>
        {row.section?.heading && (
          <Text size="sm" c="dimmed" lang={textLanguage}>
            {row.section.heading}
          </Text>
        )}
        {row.parentOpening && (
          <Text size="sm" fs="italic" lang={textLanguage}>
            {t('recommendation.parent', { text: row.parentOpening })}
          </Text>
        )}
        {fallback && (
          <Text size="xs" fw={600} bg="yellow.1" px={8} py={2} style={{ borderRadius: 4, alignSelf: 'flex-start' }}>
            {t('recommendation.fallback', { language: LANGUAGE_NAMES[textLanguage as UiLanguage] ?? textLanguage })}
          </Text>
        )}
        <Text lang={textLanguage} dir={textLanguage === 'ar' ? 'rtl' : textLanguage ? 'ltr' : undefined} style={{ whiteSpace: 'pre-wrap' }}>
          {row.text ?? '—'}
        </Text>
      </Stack>
    </Paper>
  );
}
