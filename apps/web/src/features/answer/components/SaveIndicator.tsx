import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveStatus } from '../use-autosave';

/**
 * The save state, always visible and announced politely ("Saved 10:42", "Saving…", "Not saved — retry"). The live
 * region holds only the short text, so a screen reader is not told about every keystroke.
 */
export function SaveIndicator({ status, savedAt, onRetry, hasReport }: { status: SaveStatus; savedAt: Date | null; onRetry: () => void; hasReport: boolean }) {
  const { t, i18n } = useTranslation('answer');
  const time = savedAt ? new Intl.DateTimeFormat(i18n.language, { hour: '2-digit', minute: '2-digit' }).format(savedAt) : '';
  const text =
    status === 'saving' || status === 'pending'
      ? t('save.saving')
      : status === 'error'
        ? t('save.error')
        : status === 'blocked'
          ? t('save.blocked')
          : status === 'conflict'
            ? t('save.conflict')
            : savedAt && hasReport
              ? t('save.saved', { time })
              : t('save.never');
  // Colours that keep 4.5:1 on white (Mantine's green 9 does not).
  const color = status === 'error' || status === 'conflict' ? 'red.9' : status === 'blocked' ? 'red.9' : status === 'saved' || (status === 'idle' && hasReport) ? 'teal.9' : 'dimmed';
  return (
    <Group gap="xs" wrap="nowrap" data-save-status={status}>
      <Text size="sm" fw={600} c={color} role="status" aria-live="polite" aria-atomic="true" data-testid="save-state">
        {text}
      </Text>
      {status === 'error' && (
        <Button size="compact-xs" variant="outline" color="red" onClick={onRetry}>
          {t('save.retry')}
        </Button>
      )}
    </Group>
  );
}
