import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string> = { submitted: 'blue', under_review: 'grape', accepted: 'green', returned: 'orange', draft: 'gray', not_started: 'gray' };

/** A report's workflow state in words (the labels namespace); the colour only repeats them. */
export function WorkflowBadge({ state }: { state: string }) {
  const { t } = useTranslation('labels');
  return (
    <Badge color={COLOURS[state] ?? 'gray'} variant="dot" tt="none" style={{ overflow: 'visible', maxWidth: 'none' }} styles={{ label: { overflow: 'visible' } }}>
      {t(`workflow.${state}`)}
    </Badge>
  );
}
