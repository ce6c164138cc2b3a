import { Alert, Button, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextState, type FromState } from '@contracts';
import { asProblem } from '@/lib/problem';
import { useProblemText } from '@/lib/use-problem-text';
import { useFormat } from '@/lib/format';
import { workspaceKeys } from '../api/keys';
import type { QuestionnaireRow } from '../api/use-questionnaire';
import { useSubmitReport } from '../api/use-submit-report';

type Failure = { row: QuestionnaireRow; message: string };

/**
 * Submit all: first what will be submitted (complete drafts and returned answers) and what will not, and why (the
 * server's own rule, carried by each row as `incomplete`); then each is submitted in turn, with progress and the
 * failures in the user's language. Nothing is sent before the confirmation.
 */
export function SubmitAllModal({ opened, onClose, cycleId, stateCode, rows }: { opened: boolean; onClose: () => void; cycleId: string; stateCode: string; rows: QuestionnaireRow[] }) {
  const { t } = useTranslation(['workspace', 'labels', 'errors']);
  const format = useFormat();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const submit = useSubmitReport(cycleId, stateCode);
  const [phase, setPhase] = useState<'confirm' | 'running' | 'done'>('confirm');
  const [done, setDone] = useState(0);
  const [failures, setFailures] = useState<Failure[]>([]);
  const [batch, setBatch] = useState<QuestionnaireRow[]>([]);

  const pending = rows.filter((r) => r.workflowState === 'draft' || r.workflowState === 'returned' || r.workflowState === 'not_started');
  // The workflow's own rule: a draft can be submitted; a returned answer must be changed (saved) first.
  const canSubmit = (r: QuestionnaireRow) => r.workflowState !== 'not_started' && nextState(r.workflowState as FromState, 'submit', 'focal_point').ok;
  const ready = pending.filter((r) => canSubmit(r) && r.incomplete.length === 0);
  const incomplete = pending.filter((r) => !ready.includes(r));

  const close = () => {
    if (phase === 'running') return;
    setPhase('confirm');
    setDone(0);
    setFailures([]);
    onClose();
  };

  const run = async () => {
    const list = ready;
    setBatch(list);
    setPhase('running');
    setDone(0);
    setFailures([]);
    const failed: Failure[] = [];
    for (const row of list) {
      try {
        await submit.mutateAsync(row.recommendationId);
      } catch (error) {
        failed.push({ row, message: problemText(asProblem(error)) });
        setFailures([...failed]);
      }
      setDone((n) => n + 1);
    }
    await queryClient.invalidateQueries({ queryKey: workspaceKeys.questionnaires });
    setPhase('done');
  };

  const reason = (row: QuestionnaireRow) =>
    row.workflowState === 'returned' && row.incomplete.length === 0
      ? t('submitAll.returnedNeedsEdit')
      : row.workflowState === 'not_started' || row.incomplete.length === 0 ? t('codes.INCOMPLETE_REPORT', { ns: 'errors' }) : row.incomplete.map((code) => t(`codes.${code}`, { ns: 'errors' })).join(' ');

  return (
    <Modal opened={opened} onClose={close} title={t('submitAll.title')} size="lg" closeButtonProps={{ 'aria-label': t('common:action.close') }} closeOnClickOutside={phase !== 'running'} closeOnEscape={phase !== 'running'} withCloseButton={phase !== 'running'}>
      {phase === 'confirm' ? (
        <Stack>
          {ready.length === 0 ? (
            <Alert color="gray" variant="light" title={t('submitAll.nothing')}>
              {t('submitAll.nothingHint')}
            </Alert>
          ) : (
            <section aria-labelledby="submit-ready">
              <Title order={3} size="h5" id="submit-ready" mb={4}>
                {t('submitAll.ready', { n: format.number(ready.length) })}
              </Title>
              {/* A scrollable region is focusable, so the keyboard can scroll it (WCAG 2.1.1). */}
              <div className="submit-all-scroll" tabIndex={0} role="region" aria-labelledby="submit-ready">
                <ul className="submit-all-list" data-testid="submit-ready">
                  {ready.map((row) => (
                    <li key={row.recommendationId}>
                      <Text size="sm">{row.reference}</Text>
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          )}
          {incomplete.length > 0 && (
            <section aria-labelledby="submit-incomplete">
              <Title order={3} size="h5" id="submit-incomplete" mb={4}>
                {t('submitAll.incomplete', { n: format.number(incomplete.length) })}
              </Title>
              <div className="submit-all-scroll" tabIndex={0} role="region" aria-labelledby="submit-incomplete">
                <ul className="submit-all-list" data-testid="submit-incomplete">
                  {incomplete.map((row) => (
                    <li key={row.recommendationId}>
                      <Text size="sm">
                        <strong>{row.reference}</strong> — {reason(row)}
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
            </section>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button onClick={() => void run()} disabled={ready.length === 0}>
              {t('submitAll.confirm', { n: format.number(ready.length) })}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Progress value={batch.length ? (done / batch.length) * 100 : 100} aria-label={t('submitAll.progressLabel')} animated={phase === 'running'} />
          <Text size="sm" role="status">
            {phase === 'running'
              ? t('submitAll.running', { done: format.number(done), total: format.number(batch.length) })
              : t('submitAll.finished', { submitted: format.number(batch.length - failures.length), total: format.number(batch.length) })}
          </Text>
          {failures.length > 0 && (
            <Alert color="red" variant="light" title={t('submitAll.failed', { n: format.number(failures.length) })} role="alert">
              <ul className="submit-all-list">
                {failures.map((f) => (
                  <li key={f.row.recommendationId}>
                    <Text size="sm">
                      <strong>{f.row.reference}</strong> — {f.message}
                    </Text>
                  </li>
                ))}
              </ul>
            </Alert>
          )}
          {phase === 'done' && (
            <Group justify="flex-end">
              <Button onClick={close}>{t('common:action.close')}</Button>
            </Group>
          )}
        </Stack>
      )}
    </Modal>
  );
}
