import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Progress as Counts, QuestionnaireRow } from '../api/use-questionnaire';

/** Whole calendar days from today (the person's own calendar) to a `YYYY-MM-DD` date: 0 today, negative after. */
function daysUntil(date: string, now: Date): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())) / 86_400_000);
}

/** "Closes in 12 days (15 January 2027)" or "The deadline passed 3 days ago …: answers submitted now are marked late". */
export function Deadline({ closesOn, status }: { closesOn: string; status: string }) {
  const { t, i18n } = useTranslation('workspace');
  const format = useFormat();
  const [now] = useState(() => new Date());
  if (status === 'closed') return <Text size="sm">{t('deadline.closed', { date: format.date(closesOn) })}</Text>;
  const days = daysUntil(closesOn, now);
  // The closing day itself still counts ("today"); late from the day after.
  const relative = new Intl.RelativeTimeFormat(i18n.language, { numeric: 'auto' }).format(days, 'day');
  if (days < 0)
    return (
      <Text size="sm" c="red.9" fw={600}>
        {t('deadline.late', { relative, date: format.date(closesOn) })}
      </Text>
    );
  return <Text size="sm">{t('deadline.closesIn', { relative, date: format.date(closesOn) })}</Text>;
}

const SEGMENTS = [
  { key: 'accepted', color: 'green.8' },
  { key: 'submitted', color: 'blue.7' },
  { key: 'returned', color: 'orange.8' },
  { key: 'drafts', color: 'gray.6' },
] as const;

/** The questionnaire's progress: one stacked bar and the same figures as text (the bar alone says nothing to a screen reader). */
export function CycleProgress({ counts }: { counts: Counts }) {
  const { t } = useTranslation('workspace');
  const format = useFormat();
  const share = (n: number) => (counts.total ? (n / counts.total) * 100 : 0);
  return (
    <Stack gap={6}>
      <Progress.Root size="lg" aria-hidden>
        {SEGMENTS.map(({ key, color }) => (
          <Progress.Section key={key} value={share(counts[key])} color={color} />
        ))}
      </Progress.Root>
      <Text size="sm" fw={600}>
        {t('progress.answeredOf', { answered: format.number(counts.answered), total: format.number(counts.total) })}
      </Text>
      <Group gap="md" component="ul" className="workspace-legend">
        {SEGMENTS.map(({ key, color }) => (
          <Group key={key} gap={6} component="li" wrap="nowrap">
            <span className="workspace-swatch" style={{ background: `var(--mantine-color-${color.replace('.', '-')})` }} aria-hidden />
            <Text size="sm">
              {t(`progress.${key}`)}: <strong>{format.number(counts[key])}</strong>
            </Text>
          </Group>
        ))}
      </Group>
    </Stack>
  );
}

const WORKFLOW_COLOR: Record<string, string> = { not_started: 'gray', draft: 'gray', submitted: 'blue', under_review: 'indigo', accepted: 'green', returned: 'orange' };

export function WorkflowBadge({ state }: { state: string }) {
  const { t } = useTranslation('labels');
  return (
    <Badge variant="dot" color={WORKFLOW_COLOR[state] ?? 'gray'} tt="none">
      {t(`workflow.${state}`)}
    </Badge>
  );
}

/** "Original in English" when the text is not in the interface language. */
export function TextLanguageMark({ row }: { row: Pick<QuestionnaireRow, 'textLanguage'> }) {
  const { t, i18n } = useTranslation('workspace');
  if (!row.textLanguage || row.textLanguage === i18n.language) return null;
  const language = new Intl.DisplayNames([i18n.language], { type: 'language' }).of(row.textLanguage) ?? row.textLanguage;
  return (
    <Text span size="xs" c="dimmed" fs="italic" lang={i18n.language}>
      {t('row.originalIn', { language })}
    </Text>
  );
}
