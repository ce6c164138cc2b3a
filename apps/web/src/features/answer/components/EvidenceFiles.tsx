import { Anchor, Button, Fieldset, FileButton, Group, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEvidenceFile, EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES_PER_REPORT } from '@contracts';
import { ProblemAlert } from '@/components/ProblemAlert';
import { apiFetch } from '@/lib/api-client';
import { saveBlob } from '@/lib/download';
import { useFormat } from '@/lib/format';
import { useProblemText } from '@/lib/use-problem-text';
import { ApiProblem } from '@/lib/problem';
import { removeEvidence } from '../api/use-report-actions';
import { fetchReport, type Report } from '../api/use-report';
import { uploadEvidence } from '../api/use-upload-evidence';

type Key = { cycleId: string; stateCode: string; recommendationId: string };

/**
 * Evidence files: type and size checked here by the same rule as the server's (libs/contracts), then uploaded with
 * progress; a draft's files can be removed. The report must exist first (`ensureSaved` saves it when new).
 */
export function EvidenceFiles({ reportKey, report, disabled, ensureSaved, onReport }: { reportKey: Key; report: Report; disabled: boolean; ensureSaved: () => Promise<boolean>; onReport: (report: Report) => void }) {
  const { t } = useTranslation('answer');
  const problemText = useProblemText();
  const format = useFormat();
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [message, setMessage] = useState<{ color: 'green' | 'red'; text: string } | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const megabytes = format.number(EVIDENCE_MAX_BYTES / (1024 * 1024));

  const attach = async (file: File | null) => {
    if (!file) return;
    setProblem(null);
    const check = checkEvidenceFile(file);
    if (check !== 'ok') {
      setMessage({ color: 'red', text: t('files.refused', { name: file.name, reason: problemText(new ApiProblem(0, check, '')) }) });
      return;
    }
    setMessage(null);
    if (!(await ensureSaved())) {
      setMessage({ color: 'red', text: t('files.saveFirst') });
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    try {
      const uploaded = await uploadEvidence(reportKey, file, (fraction) => setProgress({ name: file.name, fraction }));
      onReport(uploaded.report);
      setMessage({ color: 'green', text: t('files.uploaded', { name: uploaded.fileName }) });
    } catch (error) {
      setProblem(error);
    } finally {
      setProgress(null);
    }
  };

  const remove = async (fileId: string, name: string) => {
    if (!report.id) return;
    setProblem(null);
    try {
      await removeEvidence(report.id, fileId);
      onReport(await fetchReport(reportKey));
      setMessage({ color: 'green', text: t('files.removed', { name }) });
    } catch (error) {
      setProblem(error);
    }
  };

  const download = async (fileId: string, name: string) => {
    if (!report.id) return;
    try {
      const response = await apiFetch(`/api/reports/${report.id}/evidence/${fileId}`);
      saveBlob(await response.blob(), name);
    } catch (error) {
      setProblem(error);
    }
  };

  return (
    <Fieldset legend={t('files.legend')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed" id="evidence-files-hint">
          {t('files.hint', { size: megabytes, count: EVIDENCE_MAX_FILES_PER_REPORT })}
        </Text>
        {report.files.length === 0 ? (
          <Text size="sm">{t('files.empty')}</Text>
        ) : (
          <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
            {report.files.map((file) => (
              <Group component="li" key={file.id} justify="space-between" gap="xs" wrap="nowrap">
                <Anchor component="button" type="button" size="sm" onClick={() => void download(file.id, file.fileName)} style={{ overflowWrap: 'anywhere', textAlign: 'start' }}>
                  {file.fileName}
                </Anchor>
                <Group gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed">
                    {format.number(Math.max(1, Math.round(file.size / 1024)))} kB
                  </Text>
                  {!disabled && (
                    <Button size="compact-xs" variant="subtle" color="red" aria-label={t('files.remove', { name: file.fileName })} onClick={() => void remove(file.id, file.fileName)}>
                      {t('files.removeShort')}
                    </Button>
                  )}
                </Group>
              </Group>
            ))}
          </Stack>
        )}
        {progress && (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">{t('files.uploading', { name: progress.name, percent: format.number(Math.round(progress.fraction * 100)) })}</Text>
            <Progress value={progress.fraction * 100} aria-label={t('files.uploading', { name: progress.name, percent: format.number(Math.round(progress.fraction * 100)) })} />
          </Stack>
        )}
        <div role="status" aria-live="polite">
          {message && (
            <Text size="sm" c={message.color === 'red' ? 'red.9' : 'teal.9'} data-testid="evidence-message">
              {message.text}
            </Text>
          )}
        </div>
        <ProblemAlert error={problem} />
        {!disabled && (
          <Group>
            <FileButton onChange={(file) => void attach(file)} accept={EVIDENCE_ACCEPT} disabled={progress !== null || report.files.length >= EVIDENCE_MAX_FILES_PER_REPORT}>
              {(props) => (
                <Button {...props} size="xs" variant="light" aria-describedby="evidence-files-hint">
                  {t('files.choose')}
                </Button>
              )}
            </FileButton>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}
