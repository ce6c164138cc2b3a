import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useCompilationExport, type CompilationFormat } from '../api/use-compilation-export';
import type { FiguresQuery } from '../api/use-overview';
import { useOverviewExport, type OverviewFormat } from '../api/use-overview-export';
import { useSessionDocument, type SessionDocumentFormat } from '../api/use-session-document';

const OVERVIEW: OverviewFormat[] = ['csv', 'xlsx', 'pdf'];
const SESSION: SessionDocumentFormat[] = ['docx', 'pdf', 'md'];
const COMPILATION: CompilationFormat[] = ['pdf', 'docx', 'xlsx', 'md'];

/** The figures and documents as files: in the interface language, with the page's moment and counting rule. */
export function ExportsPanel({ cycleId, query }: { cycleId: string; query: FiguresQuery }) {
  const { t, i18n } = useTranslation('dashboard');
  const lang = i18n.language || 'en';
  const overview = useOverviewExport(cycleId);
  const session = useSessionDocument(cycleId);
  const compilation = useCompilationExport();
  const row = <F extends string>(id: string, label: string, formats: F[], pending: F | undefined, run: (format: F) => void) => (
    <Group gap="xs" align="center" role="group" aria-labelledby={id}>
      <Text size="sm" fw={500} id={id} miw={180}>
        {label}
      </Text>
      {formats.map((format) => (
        <Button key={format} size="xs" variant="default" loading={pending === format} onClick={() => run(format)} aria-label={t('exports.download', { what: label, format: format.toUpperCase() })}>
          {format.toUpperCase()}
        </Button>
      ))}
    </Group>
  );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="exports-title">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="exports-title">
            {t('exports.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('exports.hint')}
          </Text>
        </div>
        {row('exports-overview', t('exports.overview'), OVERVIEW, overview.isPending ? overview.variables?.format : undefined, (format) => overview.mutate({ format, lang, query }))}
        {row('exports-session', t('exports.sessionDocument'), SESSION, session.isPending ? session.variables?.format : undefined, (format) => session.mutate({ format, lang, query }))}
        {row('exports-compilation', t('exports.compilation'), COMPILATION, compilation.isPending ? compilation.variables?.format : undefined, (format) => compilation.mutate({ format, lang }))}
        <ProblemAlert error={overview.error ?? session.error ?? compilation.error} />
      </Stack>
    </Paper>
  );
}
