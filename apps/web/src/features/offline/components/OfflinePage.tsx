import { Alert, Button, FileInput, Group, Modal, NativeSelect, Paper, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UI_LANGUAGES } from '@contracts';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useCycle } from '@/features/cycles/api/use-cycle';
import { asProblem } from '@/lib/problem';
import { LANGUAGE_NAMES, isUiLanguage } from '@/lib/i18n';
import { useCurrentUser } from '@/lib/me-context';
import { useFormat } from '@/lib/format';
import { offlineRoute } from '../routes';
import { useQuestionnaireDownload, type QuestionnaireFormat } from '../api/use-questionnaire-download';
import { useWorkbookApply } from '../api/use-workbook-apply';
import { useWorkbookPreview } from '../api/use-workbook-preview';
import { MAX_WORKBOOK_BYTES } from '../api/workbook-upload';
import { PreviewTable } from './PreviewTable';

const ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function OfflinePage() {
  return (
    <RequirePermission permission="reports:write">
      <Offline />
    </RequirePermission>
  );
}

function Offline() {
  const { t } = useTranslation('offline');
  const { cycleId } = offlineRoute.useParams();
  const me = useCurrentUser();
  const cycle = useCycle(cycleId);
  const stateCode = me.stateCode ?? '';

  return (
    <Stack maw={1200}>
      <PageHeader title={t('title')} description={t('description')} />
      {cycle.data && (
        <Text fw={600} mt={-8}>
          {cycle.data.name}
        </Text>
      )}
      {cycle.isPending ? (
        <Skeleton height={160} />
      ) : cycle.isError ? (
        <QueryError error={cycle.error} onRetry={() => void cycle.refetch()} />
      ) : (
        <>
          <DownloadPanel cycleId={cycleId} stateCode={stateCode} />
          {cycle.data.status === 'open' ? (
            <UploadPanel cycleId={cycleId} stateCode={stateCode} />
          ) : (
            <Alert color="yellow" role="status">
              {t('cycleClosed')}
            </Alert>
          )}
        </>
      )}
    </Stack>
  );
}

function DownloadPanel({ cycleId, stateCode }: { cycleId: string; stateCode: string }) {
  const { t, i18n } = useTranslation('offline');
  const [lang, setLang] = useState<string>(isUiLanguage(i18n.language) ? i18n.language : 'en');
  const download = useQuestionnaireDownload(cycleId, stateCode);
  const [pending, setPending] = useState<QuestionnaireFormat | null>(null);
  const get = (format: QuestionnaireFormat) => {
    setPending(format);
    download.mutate({ format, lang }, { onSettled: () => setPending(null) });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offline-download">
      <Stack gap="sm">
        <Title order={2} size="h4" id="offline-download">
          {t('download.title')}
        </Title>
        <Text size="sm">{t('download.hint')}</Text>
        <NativeSelect
          label={t('download.language')}
          value={lang}
          onChange={(e) => setLang(e.currentTarget.value)}
          data={UI_LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
          w={{ base: '100%', sm: 260 }}
        />
        <Group gap="sm">
          <Button onClick={() => get('xlsx')} loading={pending === 'xlsx'} disabled={pending !== null && pending !== 'xlsx'}>
            {t('download.xlsx')}
          </Button>
          <Button variant="default" onClick={() => get('pdf')} loading={pending === 'pdf'} disabled={pending !== null && pending !== 'pdf'}>
            {t('download.pdf')}
          </Button>
          <Button variant="default" onClick={() => get('docx')} loading={pending === 'docx'} disabled={pending !== null && pending !== 'docx'}>
            {t('download.docx')}
          </Button>
        </Group>
        <ProblemAlert error={download.error} />
      </Stack>
    </Paper>
  );
}

function UploadPanel({ cycleId, stateCode }: { cycleId: string; stateCode: string }) {
  const { t } = useTranslation('offline');
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const preview = useWorkbookPreview(cycleId, stateCode);
  const apply = useWorkbookApply(cycleId, stateCode);

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    preview.reset();
    apply.reset();
    if (!chosen) return;
    if (!/\.xlsx$/i.test(chosen.name)) return setFileError(t('upload.wrongType'));
    if (chosen.size > MAX_WORKBOOK_BYTES) return setFileError(t('upload.tooBig', { size: format.number(5) }));
    preview.mutate(chosen);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files?.[0];
    if (dropped) choose(dropped);
  };
  const confirmApply = () => {
    setConfirming(false);
    if (!file) return;
    apply.mutate(file, {
      // Refused as a whole (a conflict saved online meanwhile, or a row that became invalid): show the rows again.
      onError: (error) => {
        const code = asProblem(error).code;
        if (code === 'WORKBOOK_CONFLICT' || code === 'WORKBOOK_INVALID') preview.mutate(file);
      },
    });
  };

  const counts = preview.data?.counts;
  const ready = counts && counts.invalid === 0 && counts.conflict === 0 && counts.change > 0;

  return (
    <>
      <Paper withBorder p="md" component="section" aria-labelledby="offline-upload">
        <Stack gap="sm">
          <Title order={2} size="h4" id="offline-upload">
            {t('upload.title')}
          </Title>
          <div
            className="offline-dropzone"
            data-dragging={dragging || undefined}
            onDragOver={(e) => {
              e.preventDefault();
              setDragging(true);
            }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
            style={{
              border: `2px dashed var(--mantine-color-${dragging ? 'blue-6' : 'gray-5'})`,
              borderRadius: 'var(--mantine-radius-md)',
              padding: 'var(--mantine-spacing-md)',
              background: dragging ? 'var(--mantine-color-blue-0)' : undefined,
            }}
          >
            <Stack gap="xs">
              <Text size="sm">{t('upload.drop')}</Text>
              <FileInput
                label={t('upload.file')}
                description={t('upload.fileHint', { size: format.number(5) })}
                accept={ACCEPT}
                value={file}
                onChange={choose}
                clearable
                clearButtonProps={{ 'aria-label': t('common:action.clear') }}
                error={fileError}
                w={{ base: '100%', sm: 420 }}
              />
            </Stack>
          </div>
        </Stack>
      </Paper>

      {preview.isPending && (
        <Text role="status" size="sm">
          {t('upload.checking')}
        </Text>
      )}
      <ProblemAlert error={preview.error} />

      {apply.isSuccess ? (
        <Applied result={apply.data} cycleId={cycleId} onAgain={() => choose(null)} />
      ) : (
        preview.data &&
        counts && (
          <Paper withBorder p="md" component="section" aria-labelledby="offline-preview">
            <Stack gap="sm">
              <Title order={2} size="h4" id="offline-preview">
                {t('preview.title')}
              </Title>
              {counts.invalid > 0 || counts.conflict > 0 ? (
                <Alert color="red" role="alert" title={t('preview.refusedTitle')}>
                  <Stack gap={4}>
                    {counts.invalid > 0 && <Text size="sm">{t('preview.invalidAlert', { count: format.number(counts.invalid) })}</Text>}
                    {counts.conflict > 0 && <Text size="sm">{t('preview.conflictAlert', { count: format.number(counts.conflict) })}</Text>}
                  </Stack>
                </Alert>
              ) : counts.change === 0 ? (
                <Alert color="blue" role="status">
                  {t('preview.nothing')}
                </Alert>
              ) : (
                <Alert color="green" role="status" title={t('preview.readyTitle')}>
                  {t('preview.readyAlert', { count: format.number(counts.change) })}
                </Alert>
              )}
              <PreviewTable preview={preview.data} />
              <ProblemAlert error={apply.error} />
              <Group>
                <Button onClick={() => setConfirming(true)} loading={apply.isPending} disabled={!ready}>
                  {t('apply.button', { count: format.number(counts.change) })}
                </Button>
              </Group>
            </Stack>
          </Paper>
        )
      )}

      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('apply.confirmTitle')} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
        <Stack>
          <Text size="sm">{t('apply.confirm', { count: format.number(counts?.change ?? 0) })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('apply.cancel')}
            </Button>
            <Button onClick={confirmApply}>{t('apply.ok')}</Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function Applied({ result, cycleId, onAgain }: { result: NonNullable<ReturnType<typeof useWorkbookApply>['data']>; cycleId: string; onAgain: () => void }) {
  const { t } = useTranslation(['offline', 'labels']);
  const format = useFormat();
  const rows = result.rows?.items ?? [];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="offline-done">
      <Stack gap="sm">
        <Alert color="green" role="status" title={t('apply.doneTitle')}>
          {t('apply.done', { count: format.number(result.applied) })}
        </Alert>
        <Title order={2} size="h4" id="offline-done">
          {t('apply.saved')}
        </Title>
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('apply.saved')}>
          <Table withTableBorder verticalSpacing="xs" data-testid="applied-rows">
            <Table.Caption className="visually-hidden">{t('apply.saved')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('preview.reference')}</Table.Th>
                <Table.Th scope="col">{t('fields.implementationStatus')}</Table.Th>
                <Table.Th scope="col">{t('apply.workflow')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.recommendationId}>
                  <Table.Td>{row.reference}</Table.Td>
                  <Table.Td>{row.implementationStatus ? t(`status.${row.implementationStatus}`, { ns: 'labels' }) : '—'}</Table.Td>
                  <Table.Td>{t(`workflow.${row.workflowState}`, { ns: 'labels' })}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
        <Group>
          <Button renderRoot={(props) => <Link to="/workspace/cycles/$cycleId" params={{ cycleId }} {...props} />}>
            {t('apply.open')}
          </Button>
          <Button variant="default" onClick={onAgain}>
            {t('apply.again')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
