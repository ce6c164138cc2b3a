import { Center, Container } from '@mantine/core';
import { ProblemAlert } from './ProblemAlert';

/** The error state of a page: what failed, in the user's language, and a retry — never a blank page. */
export function QueryError({ error, onRetry, fullPage = false }: { error: unknown; onRetry: () => void; fullPage?: boolean }) {
  const alert = <ProblemAlert error={error} onRetry={onRetry} />;
  if (!fullPage) return alert;
  return (
    <Center mih="100vh" px="md">
      <Container size={480} w="100%">
        {alert}
      </Container>
    </Center>
  );
}
