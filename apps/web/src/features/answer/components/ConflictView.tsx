import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { useFormat } from '@/lib/format';
import type { UiLanguage } from '@contracts';
import type { Report } from '../api/use-report';
import { differingFields, fieldId, merge, valuesOf, type AnswerValues, type ConflictField } from '../answer-values';

/**
 * Another focal point of the State saved this answer while this person was typing (412). Both versions field by
 * field — yours / theirs — and a choice per field; keep all mine, take all theirs, or a mix. Nothing is saved until
 * the person decides, and what they typed stays on this device meanwhile.
 */
export function ConflictView({ mine, theirs, onResolve }: { mine: AnswerValues; theirs: Report; onResolve: (merged: AnswerValues) => void }) {
  const { t } = useTranslation('answer');
  const format = useFormat();
  const theirValues = useMemo(() => valuesOf(theirs), [theirs]);
  const fields = useMemo(() => differingFields(mine, theirValues), [mine, theirValues]);
  const [keepMine, setKeepMine] = useState<Set<string>>(() => new Set(fields.map(fieldId)));

  const choose = (id: string, mineChosen: boolean) =>
    setKeepMine((current) => {
      const next = new Set(current);
      if (mineChosen) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Alert color="orange" variant="light" title={t('conflict.title')} role="alert" data-testid="conflict">
      <Stack gap="md">
        <Text size="sm">{t('conflict.body', { time: format.dateTime(theirs.updatedAt) })}</Text>
        {fields.length === 0 && <Text size="sm">{t('conflict.same')}</Text>}
        {fields.map((field) => {
          const id = fieldId(field);
          const label = fieldLabel(t, field);
          return (
            <Paper key={id} withBorder p="sm" data-conflict-field={id}>
              <Title order={3} size="h5" mb="xs" id={`conflict-${id}`}>
                {label}
              </Title>
              <Radio.Group value={keepMine.has(id) ? 'mine' : 'theirs'} onChange={(value) => choose(id, value === 'mine')} name={`conflict-${id}`} aria-labelledby={`conflict-${id}`}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Stack gap={4}>
                    <Radio value="mine" label={t('conflict.keepMine')} />
                    <FieldValue field={field} values={mine} />
                  </Stack>
                  <Stack gap={4}>
                    <Radio value="theirs" label={t('conflict.takeTheirs')} />
                    <FieldValue field={field} values={theirValues} />
                  </Stack>
                </SimpleGrid>
              </Radio.Group>
            </Paper>
          );
        })}
        <Group gap="xs">
          <Button onClick={() => onResolve(merge(mine, theirValues, keepMine))}>{t('conflict.apply')}</Button>
          <Button variant="default" onClick={() => onResolve(merge(mine, theirValues, new Set(fields.map(fieldId))))}>
            {t('conflict.allMine')}
          </Button>
          <Button variant="default" onClick={() => onResolve(theirValues)}>
            {t('conflict.allTheirs')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

type T = ReturnType<typeof useTranslation<'answer'>>['t'];

function fieldLabel(t: T, field: ConflictField): string {
  if (field.kind === 'narrative') return t('fields.narrative', { language: LANGUAGE_NAMES[field.language as UiLanguage] ?? field.language });
  return t(`fields.${field.name}`);
}

/** One side of a field, as text. */
function FieldValue({ field, values }: { field: ConflictField; values: AnswerValues }) {
  const { t } = useTranslation('answer');
  const empty = (
    <Text size="sm" c="dimmed" fs="italic">
      {t('conflict.empty')}
    </Text>
  );
  const box = (content: string, lang?: string) => (
    <Paper p="xs" bg="gray.0" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      <Text size="sm" lang={lang} dir={lang === 'ar' ? 'rtl' : lang ? 'ltr' : 'auto'}>
        {content}
      </Text>
    </Paper>
  );
  if (field.kind === 'narrative') return values.narrative[field.language]?.trim() ? box(values.narrative[field.language], field.language) : empty;
  switch (field.name) {
    case 'implementationStatus':
      return box(t(`status.${values.implementationStatus ?? 'no_information'}`, { ns: 'labels' }));
    case 'measures':
      return values.measures.length ? box(values.measures.map((m) => `• ${m.type ? t(`measure.${m.type}`, { ns: 'labels' }) : '—'}: ${m.description}`).join('\n')) : empty;
    case 'evidence':
      return values.evidence.length ? box(values.evidence.map((l) => `• ${l.title} — ${l.url}`).join('\n')) : empty;
    case 'assistanceNeeded':
      return box(values.assistanceNeeded ? t('assistance.yes') : t('assistance.no'));
    case 'assistanceType':
      return values.assistanceType ? box(t(`assistance.${values.assistanceType}`, { ns: 'labels' })) : empty;
    case 'challenges':
    case 'assistanceDetails':
      return values[field.name].trim() ? box(values[field.name]) : empty;
  }
}
