import { Button, Fieldset, Group, NativeSelect, Paper, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSISTANCE_TYPES, IMPLEMENTATION_STATUSES, MEASURE_TYPES, UI_LANGUAGES, type AssistanceType, type ImplementationStatus, type MeasureType, type UiLanguage } from '@contracts';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { isHttpUrl, linkComplete, measureComplete, type AnswerValues } from '../answer-values';

export type Update = (update: (values: AnswerValues) => AnswerValues) => void;
type FieldProps = { values: AnswerValues; update: Update; disabled: boolean };

const NO_INFORMATION = 'no_information';

/** The implementation status as radio cards; "no information" is the absence of an answer, "not started" is one. */
export function StatusField({ values, update, disabled }: FieldProps) {
  const { t } = useTranslation('answer');
  const value = values.implementationStatus ?? NO_INFORMATION;
  const options = [NO_INFORMATION, ...IMPLEMENTATION_STATUSES];
  return (
    <Radio.Group
      label={t('status.legend')}
      description={t('status.description')}
      value={value}
      onChange={(next) => update((v) => ({ ...v, implementationStatus: next === NO_INFORMATION ? null : (next as ImplementationStatus) }))}
      name="implementationStatus"
    >
      <Stack gap="xs" mt="xs">
        {options.map((option) => (
          <Paper key={option} withBorder p="xs" radius="sm" style={value === option ? { borderColor: 'var(--mantine-color-blue-7)', borderWidth: 2 } : undefined}>
            <Radio value={option} disabled={disabled} label={t(`status.${option}`, { ns: 'labels' })} description={t(`status.help.${option}`)} />
          </Paper>
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** The narrative in one language at a time (the interface's by default); the other languages' texts stay visible. */
export function NarrativeField({ values, update, disabled, uiLanguage }: FieldProps & { uiLanguage: UiLanguage }) {
  const { t } = useTranslation('answer');
  const [language, setLanguage] = useState<UiLanguage>(uiLanguage);
  const others = UI_LANGUAGES.filter((l) => l !== language && values.narrative[l]?.trim());
  const needsJustification = values.implementationStatus === 'not_applicable' && !Object.values(values.narrative).some((text) => text.trim());
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('narrative.language')}
        value={language}
        onChange={(event) => setLanguage(event.currentTarget.value as UiLanguage)}
        data={UI_LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        maw={280}
      />
      <Textarea
        label={t('narrative.label', { language: LANGUAGE_NAMES[language] })}
        description={values.implementationStatus === 'not_applicable' ? t('narrative.justify') : t('narrative.description')}
        value={values.narrative[language] ?? ''}
        onChange={(event) => {
          const text = event.currentTarget.value;
          update((v) => ({ ...v, narrative: { ...v.narrative, [language]: text } }));
        }}
        lang={language}
        dir={language === 'ar' ? 'rtl' : 'ltr'}
        autosize
        minRows={5}
        maxRows={20}
        maxLength={50_000}
        disabled={disabled}
        required={values.implementationStatus === 'not_applicable'}
        error={needsJustification ? t('narrative.justificationMissing') : undefined}
        name="narrative"
      />
      {others.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('narrative.others')}
          </Text>
          {others.map((other) => (
            <Paper key={other} withBorder p="xs" bg="gray.0">
              <Group justify="space-between" gap="xs" mb={4}>
                <Text size="xs" fw={600}>
                  {LANGUAGE_NAMES[other]}
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={() => setLanguage(other)}>
                  {t('narrative.edit', { language: LANGUAGE_NAMES[other] })}
                </Button>
              </Group>
              <Text size="sm" lang={other} dir={other === 'ar' ? 'rtl' : 'ltr'} style={{ whiteSpace: 'pre-wrap' }} lineClamp={4}>
                {values.narrative[other]}
              </Text>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Measures: a typed list (type from the code labels, a description), rows added and removed. */
export function MeasuresField({ values, update, disabled }: FieldProps) {
  const { t } = useTranslation('answer');
  const set = (index: number, row: Partial<AnswerValues['measures'][number]>) =>
    update((v) => ({ ...v, measures: v.measures.map((m, i) => (i === index ? { ...m, ...row } : m)) }));
  return (
    <Fieldset legend={t('measures.legend')} disabled={disabled}>
      <Stack gap="sm">
        {values.measures.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('measures.empty')}
          </Text>
        )}
        {values.measures.map((measure, index) => (
          <Paper key={index} withBorder p="sm">
            <Stack gap="xs">
              <NativeSelect
                label={t('measures.type', { number: index + 1 })}
                value={measure.type}
                onChange={(event) => set(index, { type: event.currentTarget.value as MeasureType | '' })}
                data={[{ value: '', label: t('choose') }, ...MEASURE_TYPES.map((type) => ({ value: type, label: t(`measure.${type}`, { ns: 'labels' }) }))]}
                maw={320}
              />
              <Textarea
                label={t('measures.description', { number: index + 1 })}
                value={measure.description}
                onChange={(event) => set(index, { description: event.currentTarget.value })}
                dir="auto"
                autosize
                minRows={2}
                maxLength={5000}
              />
              {!measureComplete(measure) && (
                <Text size="xs" fs="italic">
                  {t('measures.incomplete')}
                </Text>
              )}
              <Group>
                <Button size="xs" variant="subtle" color="red" onClick={() => update((v) => ({ ...v, measures: v.measures.filter((_, i) => i !== index) }))}>
                  {t('measures.remove', { number: index + 1 })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button size="xs" variant="light" disabled={values.measures.length >= 100} onClick={() => update((v) => ({ ...v, measures: [...v.measures, { type: '', description: '' }] }))}>
            {t('measures.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

/** Evidence links: a title and an http(s) address each. */
export function LinksField({ values, update, disabled }: FieldProps) {
  const { t } = useTranslation('answer');
  const set = (index: number, row: Partial<AnswerValues['evidence'][number]>) =>
    update((v) => ({ ...v, evidence: v.evidence.map((l, i) => (i === index ? { ...l, ...row } : l)) }));
  return (
    <Fieldset legend={t('links.legend')} disabled={disabled}>
      <Stack gap="sm">
        {values.evidence.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('links.empty')}
          </Text>
        )}
        {values.evidence.map((link, index) => (
          <Paper key={index} withBorder p="sm">
            <Stack gap="xs">
              <TextInput label={t('links.title', { number: index + 1 })} dir="auto" value={link.title} onChange={(event) => set(index, { title: event.currentTarget.value })} maxLength={300} />
              <TextInput
                label={t('links.url', { number: index + 1 })}
                type="url"
                dir="ltr"
                value={link.url}
                onChange={(event) => set(index, { url: event.currentTarget.value })}
                maxLength={2000}
                error={link.url.trim() && !isHttpUrl(link.url) ? t('links.badUrl') : undefined}
              />
              {!linkComplete(link) && (
                <Text size="xs" fs="italic">
                  {t('links.incomplete')}
                </Text>
              )}
              <Group>
                <Button size="xs" variant="subtle" color="red" onClick={() => update((v) => ({ ...v, evidence: v.evidence.filter((_, i) => i !== index) }))}>
                  {t('links.remove', { number: index + 1 })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        ))}
        <Group>
          <Button size="xs" variant="light" disabled={values.evidence.length >= 50} onClick={() => update((v) => ({ ...v, evidence: [...v.evidence, { title: '', url: '' }] }))}>
            {t('links.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}

export function ChallengesField({ values, update, disabled }: FieldProps) {
  const { t } = useTranslation('answer');
  return (
    <Textarea
      label={t('challenges.label')}
      description={t('challenges.description')}
      value={values.challenges}
      dir="auto"
      onChange={(event) => {
        const text = event.currentTarget.value;
        update((v) => ({ ...v, challenges: text }));
      }}
      autosize
      minRows={3}
      maxLength={20_000}
      disabled={disabled}
    />
  );
}

/** Technical assistance: needed or not, of which type, and the details. */
export function AssistanceField({ values, update, disabled }: FieldProps) {
  const { t } = useTranslation('answer');
  return (
    <Fieldset legend={t('assistance.legend')} disabled={disabled}>
      <Stack gap="sm">
        <Radio.Group
          label={t('assistance.question')}
          value={values.assistanceNeeded ? 'yes' : 'no'}
          onChange={(next) => update((v) => ({ ...v, assistanceNeeded: next === 'yes' }))}
          name="assistanceNeeded"
        >
          <Group mt="xs">
            <Radio value="no" label={t('assistance.no')} />
            <Radio value="yes" label={t('assistance.yes')} />
          </Group>
        </Radio.Group>
        {values.assistanceNeeded && (
          <>
            <NativeSelect
              label={t('assistance.type')}
              value={values.assistanceType ?? ''}
              onChange={(event) => {
                const type = event.currentTarget.value;
                update((v) => ({ ...v, assistanceType: type ? (type as AssistanceType) : null }));
              }}
              data={[{ value: '', label: t('choose') }, ...ASSISTANCE_TYPES.map((type) => ({ value: type, label: t(`assistance.${type}`, { ns: 'labels' }) }))]}
              maw={320}
            />
            <Textarea
              label={t('assistance.details')}
              value={values.assistanceDetails}
              dir="auto"
              onChange={(event) => {
                const text = event.currentTarget.value;
                update((v) => ({ ...v, assistanceDetails: text }));
              }}
              autosize
              minRows={2}
              maxLength={20_000}
            />
          </>
        )}
      </Stack>
    </Fieldset>
  );
}
