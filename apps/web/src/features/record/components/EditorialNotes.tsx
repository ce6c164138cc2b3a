import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@contracts';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import type { RecommendationDetail } from '../api/use-recommendation';
import { dirOf } from './record-format';

/**
 * What the importer changed in the source's words of this recommendation (issue 19: never silent), each with why,
 * in which language version, and the words before and after.
 */
export function EditorialNotes({ notes }: { notes: RecommendationDetail['editorialNotes'] }) {
  const { t } = useTranslation('record');
  if (!notes.length) return null;
  return (
    <Paper withBorder p="md" data-testid="editorial-notes">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('editorialNotes.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('editorialNotes.hint')}
        </Text>
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('editorialNotes.why')}</Table.Th>
                <Table.Th>{t('editorialNotes.language')}</Table.Th>
                <Table.Th>{t('editorialNotes.from')}</Table.Th>
                <Table.Th>{t('editorialNotes.to')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {notes.map((n, i) => (
                <Table.Tr key={`${n.language}-${i}`}>
                  <Table.Td>{t(`editorialNotes.kinds.${n.kind}`)}</Table.Td>
                  <Table.Td>{LANGUAGE_NAMES[n.language as UiLanguage]}</Table.Td>
                  <Table.Td lang={n.language} dir={dirOf(n.language)}>
                    <del>{n.from}</del>
                  </Table.Td>
                  <Table.Td lang={n.language} dir={dirOf(n.language)}>
                    {n.to ? <ins>{n.to}</ins> : <Text span size="sm" c="dimmed">{t('editorialNotes.removed')}</Text>}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
