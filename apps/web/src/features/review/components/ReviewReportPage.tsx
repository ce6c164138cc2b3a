import { Alert, Anchor, Badge, Button, Grid, Group, List, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '@contracts';
import { RequirePermission } from '@/components/Forbidden';
import { FullPageLoader } from '@/components/FullPageLoader';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { stateName, useStates } from '@/features/admin/api/use-states';
import { useCycle } from '@/features/cycles/api/use-cycle';
import { useReportHistory, type ReportVersion } from '@/features/reports/api/use-report-history';
import { ReportTimeline } from '@/features/reports/components/ReportTimeline';
import { useFormat } from '@/lib/format';
import { asProblem } from '@/lib/problem';
import { useProblemText } from '@/lib/use-problem-text';
import { reviewReportRoute } from '../routes';
import { useEvidenceDownload } from '../api/use-evidence-download';
import { useRecommendation } from '../api/use-recommendation';
import { useReviewAction, type ReviewBody } from '../api/use-review-action';
import { nextInQueue } from '../api/use-review-queue';
import { ButtonLink } from './ButtonLink';
import { languageName, RecommendationText } from './RecommendationText';
import { VersionDiff } from './VersionDiff';
import { WorkflowBadge } from './WorkflowBadge';

export function ReviewReportPage() {
  return (
    <RequirePermission permission="reports:review">
      <Review />
    </RequirePermission>
  );
}

type Version = ReportVersion;

/** Set by "next in queue": once the next report is shown, its heading takes the focus (announced by screen readers). */
let focusHeadingOnLoad = false;

function Review() {
  const { t, i18n } = useTranslation(['review', 'labels']);
  const { reportId } = reviewReportRoute.useParams();
  const history = useReportHistory(reportId);
  const report = history.data?.report;
  const recommendation = useRecommendation(report?.recommendationId, i18n.language);
  const cycle = useCycle(report?.cycleId ?? '');
  const states = useStates();
  const format = useFormat();
  const search = reviewReportRoute.useSearch();
  const loadedId = history.data?.report.id;
  const title = recommendation.data?.reference;
  useEffect(() => {
    if (!focusHeadingOnLoad || !loadedId || !title) return;
    focusHeadingOnLoad = false;
    const heading = document.querySelector<HTMLElement>('main h1, h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [loadedId, title]);

  if (history.isPending) return <FullPageLoader inline />;
  if (history.isError) return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  const { versions, reviews } = history.data;
  const current = versions[versions.length - 1];
  const previous = versions.length > 1 ? versions[versions.length - 2] : undefined;
  const state = stateName(states.data?.find((s) => s.code === report!.stateCode), i18n.language, report!.stateCode);
  const assessment = [...reviews].reverse().find((r) => r.assessment)?.assessment ?? null;
  const rec = recommendation.data;

  return (
    <Stack>
      <PageHeader
        title={t('report.title', { state, reference: rec?.reference ?? '…' })}
        description={cycle.data?.name}
        actions={
          <>
            <ButtonLink variant="default" to="/review/queue" search={search}>
              {t('report.backToQueue')}
            </ButtonLink>
            <ButtonLink variant="default" to="/review/cycles/$cycleId/recommendations/$recommendationId" params={{ cycleId: report!.cycleId, recommendationId: report!.recommendationId }}>
              {t('report.acrossStates')}
            </ButtonLink>
          </>
        }
      />
      <Group gap="xs">
        <WorkflowBadge state={report!.workflowState} />
        {current && (
          <Text size="sm">
            {t('report.submittedVersion', { number: current.number, date: format.dateTime(current.submittedAt) })}
          </Text>
        )}
        {current?.late && (
          <Badge color="orange" variant="dot">
            {t('queue.late')}
          </Badge>
        )}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Paper withBorder p="md" component="section" aria-labelledby="review-rec-title">
              <Title order={2} size="h4" id="review-rec-title">
                {t('report.recommendation')}
              </Title>
              {recommendation.isError ? (
                <ProblemAlert error={recommendation.error} />
              ) : rec ? (
                <Stack gap={4} mt="xs">
                  <Text size="sm" fw={600}>
                    {rec.reference}
                  </Text>
                  <RecommendationText text={pickText(rec.text as Record<string, string>, rec.textLanguage)} textLanguage={rec.textLanguage} size="sm" />
                </Stack>
              ) : (
                <FullPageLoader inline />
              )}
            </Paper>
            {current ? <Answer version={current} reportId={reportId} /> : <Alert color="gray">{t('report.noVersion')}</Alert>}
            {previous && current && <VersionDiff previous={previous.content} current={current.content} previousNumber={previous.number} currentNumber={current.number} />}
            <Paper withBorder p="md">
              <ReportTimeline reportId={reportId} canComment />
            </Paper>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <Paper withBorder p="md" component="section" aria-labelledby="review-assessments-title">
              <Title order={2} size="h4" id="review-assessments-title">
                {t('report.assessments')}
              </Title>
              <Stack gap={6} mt="xs">
                <div>
                  <Text size="xs" c="dimmed">
                    {t('report.selfAssessment')}
                  </Text>
                  <Text size="sm" fw={600} data-testid="self-assessment">
                    {current?.content.implementationStatus ? t(`status.${current.content.implementationStatus}`, { ns: 'labels' }) : '—'}
                  </Text>
                </div>
                <div>
                  <Text size="xs" c="dimmed">
                    {t('report.secretariatAssessment')}
                  </Text>
                  <Text size="sm" fw={600} data-testid="secretariat-assessment">
                    {assessment ? t(`status.${assessment.status}`, { ns: 'labels' }) : t('report.noAssessment')}
                  </Text>
                  {assessment?.note && (
                    <Text size="sm" dir="auto">
                      {assessment.note}
                    </Text>
                  )}
                </div>
              </Stack>
            </Paper>
            <Actions key={reportId} reportId={reportId} workflowState={report!.workflowState} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** With ?lang= the API answers one text; take it (or the first there is). */
function pickText(text: Record<string, string>, language: string | null): string | null {
  if (language && text[language]) return text[language];
  return Object.values(text)[0] ?? null;
}

/** The State's answer as submitted (the version under review). */
function Answer({ version, reportId }: { version: Version; reportId: string }) {
  const { t, i18n } = useTranslation(['review', 'labels']);
  const download = useEvidenceDownload(reportId);
  const c = version.content;
  const narratives = Object.entries(c.narrative ?? {}).filter(([, text]) => text.trim());
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-answer-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="review-answer-title">
          {t('report.answer')}
        </Title>
        <div>
          <Title order={3} size="h6">
            {t('answer.narrative')}
          </Title>
          {narratives.length === 0 && <Text size="sm">—</Text>}
          {narratives.map(([lang, text]) => (
            <div key={lang}>
              {narratives.length > 1 || lang !== i18n.language ? (
                <Text size="xs" c="dimmed">
                  {languageName(lang, i18n.language)}
                </Text>
              ) : null}
              <Text size="sm" lang={lang} dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid={`narrative-${lang}`}>
                {text}
              </Text>
            </div>
          ))}
        </div>
        <div>
          <Title order={3} size="h6">
            {t('answer.measures')}
          </Title>
          {(c.measures ?? []).length === 0 ? (
            <Text size="sm">—</Text>
          ) : (
            <List size="sm">
              {c.measures.map((m, i) => (
                <List.Item key={i}>
                  <strong>{t(`measure.${m.type}`, { ns: 'labels' })}</strong>: <span dir="auto">{m.description}</span>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} size="h6">
            {t('answer.links')}
          </Title>
          {(c.evidence ?? []).length === 0 ? (
            <Text size="sm">—</Text>
          ) : (
            <List size="sm">
              {c.evidence.map((e, i) => (
                <List.Item key={i}>
                  <Anchor href={e.url} target="_blank" rel="noopener noreferrer">
                    {e.title}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </div>
        <div>
          <Title order={3} size="h6">
            {t('answer.files')}
          </Title>
          {(c.files ?? []).length === 0 ? (
            <Text size="sm">—</Text>
          ) : (
            <List size="sm">
              {c.files!.map((f) => (
                <List.Item key={f.id}>
                  <Anchor component="button" type="button" onClick={() => download.mutate({ fileId: f.id, fileName: f.fileName })}>
                    {t('answer.download', { name: f.fileName })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
          <ProblemAlert error={download.error} />
        </div>
        <div>
          <Title order={3} size="h6">
            {t('answer.challenges')}
          </Title>
          <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
            {c.challenges || '—'}
          </Text>
        </div>
        <div>
          <Title order={3} size="h6">
            {t('answer.assistance')}
          </Title>
          <Text size="sm">
            {c.assistanceNeeded ? t('answer.assistanceYes', { type: c.assistanceType ? t(`assistance.${c.assistanceType}`, { ns: 'labels' }) : t('assistance.unspecified', { ns: 'labels' }) }) : t('answer.assistanceNo')}
          </Text>
          {c.assistanceNeeded && c.assistanceDetails && (
            <Text size="sm" dir="auto">
              {c.assistanceDetails}
            </Text>
          )}
        </div>
      </Stack>
    </Paper>
  );
}

type Done = { decision: ReviewBody['decision'] };

/** Start review, accept with an assessment, return with a comment; after one, the result (focused) and "next in queue". */
function Actions({ reportId, workflowState }: { reportId: string; workflowState: string }) {
  const { t } = useTranslation(['review', 'labels']);
  const problemText = useProblemText();
  const action = useReviewAction(reportId);
  const search = reviewReportRoute.useSearch();
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const [note, setNote] = useState('');
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<Done | null>(null);
  const [next, setNext] = useState<string | null | undefined>(undefined);
  const [pending, setPending] = useState<ReviewBody['decision'] | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);

  const act = (decision: ReviewBody['decision']) => {
    const body: ReviewBody = { decision };
    if (decision === 'accept' && status) body.assessment = { status: status as ImplementationStatus, note: note.trim() || undefined };
    if (decision === 'return') body.comment = comment;
    setPending(decision);
    action.mutate(body, {
      onSuccess: () => {
        setDone({ decision });
        setNext(undefined);
        if (decision !== 'start_review') void nextInQueue(search, reportId).then(setNext, () => setNext(null));
      },
      onError: () => {
        if (decision === 'return') commentRef.current?.focus();
      },
      onSettled: () => setPending(null),
    });
  };
  const returnError = action.isError && action.variables?.decision === 'return' ? problemText(asProblem(action.error)) : undefined;
  const canStart = workflowState === 'submitted';
  const canDecide = workflowState === 'submitted' || workflowState === 'under_review';

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-actions-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="review-actions-title">
          {t('actions.title')}
        </Title>
        {done && (
          <Alert color="green" role="status" ref={resultRef} tabIndex={-1} data-testid="review-result" styles={{ message: { color: 'var(--mantine-color-text)' } }}>
            <Stack gap="xs">
              <Text size="sm">{t(`actions.done.${done.decision}`)}</Text>
              {done.decision !== 'start_review' &&
                (next === undefined ? null : next ? (
                  <Group>
                    <Button
                      size="xs"
                      onClick={() => {
                        focusHeadingOnLoad = true;
                        void navigate({ to: '/review/reports/$reportId', params: { reportId: next }, search });
                      }}
                    >
                      {t('actions.next')}
                    </Button>
                  </Group>
                ) : (
                  <Text size="sm">{t('actions.queueEmpty')}</Text>
                ))}
            </Stack>
          </Alert>
        )}
        {action.isError && action.variables?.decision !== 'return' && <ProblemAlert error={action.error} />}
        {!canDecide && workflowState !== 'accepted' && <Text size="sm">{t('actions.nothing')}</Text>}
        {canStart && (
          <Button variant="default" onClick={() => act('start_review')} loading={pending === 'start_review'}>
            {t('actions.startReview')}
          </Button>
        )}
        {(canDecide || workflowState === 'accepted') && (
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {workflowState === 'accepted' ? t('actions.reassess') : t('actions.acceptLegend')}
            </Text>
            <NativeSelect
              label={t('actions.assessment')}
              description={t('actions.assessmentHint')}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value)}
              data={[{ value: '', label: t('actions.noAssessment') }, ...IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`, { ns: 'labels' }) }))]}
            />
            <Textarea label={t('actions.note')} value={note} onChange={(event) => setNote(event.currentTarget.value)} autosize minRows={2} maxLength={10_000} />
            <Button onClick={() => act('accept')} loading={pending === 'accept'} disabled={workflowState === 'accepted' && !status}>
              {workflowState === 'accepted' ? t('actions.saveAssessment') : t('actions.accept')}
            </Button>
          </Stack>
        )}
        {canDecide && (
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} size="sm">
              {t('actions.returnLegend')}
            </Text>
            <Textarea
              ref={commentRef}
              label={t('actions.comment')}
              description={t('actions.commentHint')}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              error={returnError}
              autosize
              minRows={3}
              maxLength={10_000}
            />
            <Button color="red.9" variant="outline" onClick={() => act('return')} loading={pending === 'return'}>
              {t('actions.return')}
            </Button>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
