import { Alert, Anchor, Badge, Button, Divider, Group, List, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { memo, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '@contracts';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useCycle } from '@/features/cycles/api/use-cycle';
import { ReportTimeline } from '@/features/reports/components/ReportTimeline';
import { useFormat } from '@/lib/format';
import { useCan, useCurrentUser } from '@/lib/me-context';
import { notify } from '@/lib/notify';
import { answerRoute } from '../routes';
import { useQuestionnaireRows, type ReportRow } from '../api/use-questionnaire-rows';
import { useReport, type Report } from '../api/use-report';
import { useSubmitReport, useWithdrawReport } from '../api/use-report-actions';
import { useAutosave } from '../use-autosave';
import { AssistanceField, ChallengesField, LinksField, MeasuresField, NarrativeField, StatusField } from './AnswerFields';
import { ConflictView } from './ConflictView';
import { EvidenceFiles } from './EvidenceFiles';
import { RecommendationCard } from './RecommendationCard';
import { SaveIndicator } from './SaveIndicator';

// Re-rendered on every keystroke otherwise (the form's values live in the editor).
const Timeline = memo(ReportTimeline);
const Recommendation = memo(RecommendationCard);

type Cycle = { id: string; name: string; status: string; closesOn: string };
type Key = { cycleId: string; stateCode: string; recommendationId: string };

const LOCKED_STATES = ['submitted', 'under_review', 'accepted'];

/** A focal point answers one recommendation of the questionnaire: /workspace/cycles/$cycleId/recommendations/$recommendationId. */
export function AnswerPage() {
  return (
    <RequirePermission permission="reports:write">
      <AnswerLoader />
    </RequirePermission>
  );
}

function AnswerLoader() {
  // The code labels (statuses, measure and assistance types) are a lazy namespace too: loaded with the page's.
  const { t, i18n } = useTranslation(['answer', 'labels']);
  const { cycleId, recommendationId } = answerRoute.useParams();
  const me = useCurrentUser();
  const stateCode = me.stateCode ?? '';
  const language = (i18n.language || 'en') as UiLanguage;
  // Stable: the autosave's callbacks depend on it (a new object per render made each render save at once).
  const key = useMemo(() => ({ cycleId, stateCode, recommendationId }), [cycleId, stateCode, recommendationId]);
  const cycle = useCycle(cycleId);
  const report = useReport(key);
  const rows = useQuestionnaireRows(cycleId, stateCode, language);
  if (!me.stateCode) return <Alert color="yellow" role="alert">{t('noState')}</Alert>;
  const failed = [cycle, report, rows].find((q) => q.isError);
  if (failed) return <QueryError error={failed.error} onRetry={() => void Promise.all([cycle.refetch(), report.refetch(), rows.refetch()])} />;
  if (!cycle.data || !report.data || !rows.data) return <FullPageLoader inline />;
  const index = rows.data.findIndex((r) => r.recommendationId === recommendationId);
  if (index < 0)
    return (
      <Stack>
        <BackLink cycleId={cycleId} />
        <Alert color="yellow" role="alert">
          {t('notInScope')}
        </Alert>
      </Stack>
    );
  return (
    <AnswerEditor
      key={`${cycleId}/${stateCode}/${recommendationId}`}
      reportKey={key}
      cycle={cycle.data}
      report={report.data}
      row={rows.data[index]}
      previous={rows.data[index - 1]}
      next={rows.data[index + 1]}
      position={{ index: index + 1, total: rows.data.length }}
      language={language}
    />
  );
}

function BackLink({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('answer');
  return (
    <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/workspace/cycles/$cycleId" params={{ cycleId }} />}>
      {t('back')}
    </Anchor>
  );
}

function RecommendationLink({ cycleId, recommendationId, children }: { cycleId: string; recommendationId: string; children: ReactNode }) {
  return (
    <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/workspace/cycles/$cycleId/recommendations/$recommendationId" params={{ cycleId, recommendationId }} />}>
      {children}
    </Anchor>
  );
}

interface EditorProps {
  reportKey: Key;
  cycle: Cycle;
  report: Report;
  row: ReportRow;
  previous?: ReportRow;
  next?: ReportRow;
  position: { index: number; total: number };
  language: UiLanguage;
}

function AnswerEditor({ reportKey, cycle, report, row, previous, next, position, language }: EditorProps) {
  const { t } = useTranslation('answer');
  const format = useFormat();
  const lockedBy = cycle.status !== 'open' ? 'closed' : LOCKED_STATES.includes(report.workflowState) ? report.workflowState : null;
  const auto = useAutosave(reportKey, report, lockedBy !== null);
  const canComment = useCan('reports:comment');
  const current = auto.report;
  const disabled = lockedBy !== null || auto.theirs !== null;
  const carried = current.carriedFromId !== null && current.version === 1 && current.submissions === 0 && !auto.dirty;

  return (
    <Stack maw={960} gap="md">
      <Group justify="space-between" gap="xs">
        <BackLink cycleId={cycle.id} />
        <Text size="sm" c="dimmed">
          {t('position', { index: format.number(position.index), total: format.number(position.total) })}
        </Text>
      </Group>
      <PageHeader
        title={t('title', { reference: row.reference })}
        description={cycle.name}
        actions={
          <Badge variant="dot" color={current.workflowState === 'returned' ? 'orange' : current.workflowState === 'accepted' ? 'green' : 'blue'}>
            {t(`workflow.${current.workflowState}`, { ns: 'labels' })}
          </Badge>
        }
      />
      <Recommendation row={row} uiLanguage={language} />

      {current.lastReturnComment && current.workflowState !== 'accepted' && (
        <Alert color="orange" variant="light" title={t('returned.title')} role="note" data-testid="return-comment">
          <Stack gap={4}>
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {current.lastReturnComment}
            </Text>
            {current.workflowState === 'returned' && <Text size="sm">{t('returned.hint')}</Text>}
          </Stack>
        </Alert>
      )}
      {lockedBy && (
        <Alert color="gray" variant="light" title={t('readOnly.title')} role="note" data-testid="read-only">
          {t(`readOnly.${lockedBy}`)}
        </Alert>
      )}
      {carried && (
        <Alert color="blue" variant="light" title={t('carried.title')} role="note" data-testid="carried">
          {t('carried.hint')}
        </Alert>
      )}
      {auto.restoredAt && !auto.theirs && (
        <Alert color="blue" variant="light" title={t('restored.title')} role="status" data-testid="restored">
          <Stack gap="xs">
            <Text size="sm">{t('restored.body', { time: format.dateTime(auto.restoredAt) })}</Text>
            <Group>
              <Button size="xs" variant="default" onClick={auto.discardLocal}>
                {t('restored.discard')}
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
      {auto.theirs && <ConflictView mine={auto.values} theirs={auto.theirs} onResolve={auto.resolve} />}

      <Paper component="form" withBorder p="md" onSubmit={(event) => event.preventDefault()} aria-labelledby="answer-heading">
        <Stack gap="lg">
          <Group justify="space-between" gap="xs" className="answer-save-bar">
            <Title order={2} size="h4" id="answer-heading">
              {t('form.heading')}
            </Title>
            {lockedBy === null && <SaveIndicator status={auto.status} savedAt={auto.savedAt} hasReport={current.id !== null} onRetry={() => void auto.save()} />}
          </Group>
          <StatusField values={auto.values} update={auto.setValues} disabled={disabled} />
          <NarrativeField values={auto.values} update={auto.setValues} disabled={disabled} uiLanguage={language} />
          <MeasuresField values={auto.values} update={auto.setValues} disabled={disabled} />
          <LinksField values={auto.values} update={auto.setValues} disabled={disabled} />
          <EvidenceFiles reportKey={reportKey} report={current} disabled={disabled} ensureSaved={auto.flush} onReport={auto.replaceReport} />
          <ChallengesField values={auto.values} update={auto.setValues} disabled={disabled} />
          <AssistanceField values={auto.values} update={auto.setValues} disabled={disabled} />
          {/* The retry is the save indicator's. */}
          {auto.problem && <ProblemAlert error={auto.problem} />}
          <Divider />
          <Actions reportKey={reportKey} cycleOpen={cycle.status === 'open'} report={current} auto={auto} disabled={auto.theirs !== null} />
        </Stack>
      </Paper>

      <Group justify="space-between" gap="xs" component="nav" aria-label={t('pager')}>
        {previous ? (
          <RecommendationLink cycleId={cycle.id} recommendationId={previous.recommendationId}>
            {t('previous', { reference: previous.reference })}
          </RecommendationLink>
        ) : (
          <span />
        )}
        {next && (
          <RecommendationLink cycleId={cycle.id} recommendationId={next.recommendationId}>
            {t('next', { reference: next.reference })}
          </RecommendationLink>
        )}
      </Group>

      <Paper withBorder p="md">
        <Timeline reportId={current.id} canComment={canComment} />
      </Paper>
    </Stack>
  );
}

type Auto = ReturnType<typeof useAutosave>;

/** Submit (with a confirmation saying what goes to the secretariat) and withdraw before the review starts. */
function Actions({ reportKey, cycleOpen, report, auto, disabled }: { reportKey: Key; cycleOpen: boolean; report: Report; auto: Auto; disabled: boolean }) {
  const { t } = useTranslation('answer');
  const [confirming, setConfirming] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const submit = useSubmitReport(reportKey);
  const withdraw = useWithdrawReport(reportKey);
  if (!cycleOpen) return null;
  const canSubmit = report.workflowState === 'not_started' || report.workflowState === 'draft' || report.workflowState === 'returned';
  const missing = [
    ...(auto.values.implementationStatus === null ? [t('submit.missingStatus')] : []),
    ...(auto.values.implementationStatus === 'not_applicable' && !Object.values(auto.values.narrative).some((text) => text.trim()) ? [t('submit.missingJustification')] : []),
  ];

  const confirm = async () => {
    setSaveFailed(false);
    if (!(await auto.flush())) {
      setSaveFailed(true);
      return;
    }
    try {
      const submitted = await submit.mutateAsync();
      auto.replaceReport(submitted);
      setConfirming(false);
      notify('green', t('submit.done'));
    } catch {
      // shown in the dialog
    }
  };

  return (
    <>
      <Group gap="xs">
        {canSubmit && (
          <Button onClick={() => setConfirming(true)} disabled={disabled}>
            {report.workflowState === 'returned' || report.submissions > 0 ? t('submit.again') : t('submit.button')}
          </Button>
        )}
        {report.workflowState === 'submitted' && (
          <Button
            variant="outline"
            loading={withdraw.isPending}
            onClick={() =>
              withdraw.mutate(undefined, {
                onSuccess: (withdrawn) => {
                  auto.replaceReport(withdrawn);
                  notify('green', t('withdraw.done'));
                },
              })
            }
          >
            {t('withdraw.button')}
          </Button>
        )}
      </Group>
      {report.workflowState === 'submitted' && (
        <Text size="sm" c="dimmed">
          {t('withdraw.hint')}
        </Text>
      )}
      <ProblemAlert error={withdraw.error} />
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('submit.title')} closeButtonProps={{ 'aria-label': t('cancel') }}>
        <Stack gap="sm">
          {missing.length > 0 ? (
            <Alert color="orange" variant="light" role="alert" title={t('submit.incomplete')}>
              <List size="sm">
                {missing.map((item) => (
                  <List.Item key={item}>{item}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <Text size="sm">{t('submit.body')}</Text>
          )}
          {saveFailed && (
            <Alert color="red" variant="light" role="alert">
              {t('submit.notSaved')}
            </Alert>
          )}
          <ProblemAlert error={submit.error} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('cancel')}
            </Button>
            <Button onClick={() => void confirm()} disabled={missing.length > 0} loading={submit.isPending} data-autofocus>
              {t('submit.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
