import { Paper, Text } from '@mantine/core';

/** The empty state: says there is nothing, and what to do about it. */
export function EmptyState({ title, hint }: { title: string; hint?: string }) {
  return (
    <Paper withBorder p="lg" ta="center" bg="gray.0">
      <Text fw={600}>{title}</Text>
      {hint && (
        <Text size="sm" c="dimmed" mt={4}>
          {hint}
        </Text>
      )}
    </Paper>
  );
}
