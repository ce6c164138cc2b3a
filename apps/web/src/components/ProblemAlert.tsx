import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { asProblem } from '@/lib/problem';
import { useProblemText } from '@/lib/use-problem-text';

/** An API failure in the user's language (by its code), with the request id support can look up, and a retry. */
export function ProblemAlert({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  if (!error) return null;
  const problem = asProblem(error);
  return (
    <Alert color="red" variant="light" title={title ?? t('state.errorTitle')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{problemText(problem)}</Text>
        {problem.requestId && (
          <Text size="xs" c="dimmed">
            {t('state.requestId')}: <span className="mono">{problem.requestId}</span>
          </Text>
        )}
        {onRetry && (
          <Group>
            <Button size="xs" variant="filled" color="red.9" onClick={onRetry}>
              {t('action.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
