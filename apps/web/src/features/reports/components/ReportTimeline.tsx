import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { ProblemAlert } from '@/components/ProblemAlert';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useAddComment } from '../api/use-add-comment';
import { useReportHistory, type ReportHistory } from '../api/use-report-history';

type Entry =
  | { at: string; kind: 'submitted'; version: ReportHistory['versions'][number] }
  | { at: string; kind: 'review'; review: ReportHistory['reviews'][number] };

/** Versions and reviews in one line of time, oldest first (a review shares its moment with nothing else). */
function entriesOf(history: ReportHistory): Entry[] {
  const entries: Entry[] = [
    ...history.versions.map((version) => ({ at: version.submittedAt, kind: 'submitted' as const, version })),
    ...history.reviews.map((review) => ({ at: review.createdAt, kind: 'review' as const, review })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/**
 * A report's history as its readers need it: each submitted version, each review (accepted with the secretariat's
 * assessment, returned with its comment) and each comment, with who and when; and a box to reply with a comment.
 * Used by the focal point's answer page and the secretariat's review page.
 */
export function ReportTimeline({ reportId, canComment = false, headingLevel = 2 }: { reportId: string | null; canComment?: boolean; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('reports');
  const history = useReportHistory(reportId);
  const headingId = useId();
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={headingLevel} size="h4" id={headingId}>
        {t('timeline.title')}
      </Title>
      {reportId === null ? (
        <EmptyState title={t('timeline.empty')} hint={t('timeline.emptyHint')} />
      ) : history.isPending ? (
        <Stack gap="xs" aria-busy="true" aria-label={t('timeline.loading')}>
          <Skeleton height={18} width="40%" />
          <Skeleton height={18} width="70%" />
        </Stack>
      ) : history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} />
      ) : (
        <TimelineEntries history={history.data} />
      )}
      {canComment && reportId !== null && <CommentBox reportId={reportId} />}
    </Stack>
  );
}

function TimelineEntries({ history }: { history: ReportHistory }) {
  // The labels namespace words the assessment's status; asking for it here loads it.
  const { t } = useTranslation(['reports', 'labels']);
  const format = useFormat();
  const entries = entriesOf(history);
  if (!entries.length) return <EmptyState title={t('timeline.empty')} hint={t('timeline.emptyHint')} />;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1}>
      {entries.map((entry) => {
        if (entry.kind === 'submitted') {
          const { version } = entry;
          return (
            <Timeline.Item key={`v${version.number}`} title={t('timeline.submitted', { number: version.number })}>
              <Text size="sm" c="dimmed">
                {format.dateTime(version.submittedAt)}
                {version.submittedByName ? ` · ${version.submittedByName}` : ''}
              </Text>
              {version.late && (
                <Badge color="orange" variant="dot" mt={4}>
                  {t('timeline.late')}
                </Badge>
              )}
            </Timeline.Item>
          );
        }
        const { review } = entry;
        return (
          <Timeline.Item key={`${review.kind}-${review.createdAt}`} title={t(`timeline.kind.${review.kind}`)}>
            <Text size="sm" c="dimmed">
              {format.dateTime(review.createdAt)}
              {review.authorName ? ` · ${review.authorName}` : ''} · {t(`timeline.role.${review.authorRole}`)}
            </Text>
            {review.assessment && (
              <Text size="sm" mt={4}>
                {t('timeline.assessment', { status: t(`status.${review.assessment.status}`, { ns: 'labels' }) })}
                {review.assessment.note ? ` — ${review.assessment.note}` : ''}
              </Text>
            )}
            {review.comment && (
              <Paper withBorder p="xs" mt={4} bg="gray.0">
                {/* A comment is in its writer's language, whatever the page's direction. */}
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {review.comment}
                </Text>
              </Paper>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}

function CommentBox({ reportId }: { reportId: string }) {
  const { t } = useTranslation('reports');
  const addComment = useAddComment(reportId);
  const [body, setBody] = useState('');
  const submit = async () => {
    if (!body.trim()) return;
    await addComment.mutateAsync(body.trim());
    setBody('');
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit().catch(() => undefined);
      }}
    >
      <Stack gap="xs">
        <Textarea label={t('comment.label')} description={t('comment.hint')} value={body} onChange={(event) => setBody(event.currentTarget.value)} autosize minRows={2} maxLength={10_000} />
        {addComment.isError && <ProblemAlert error={addComment.error} />}
        <Group>
          <Button type="submit" variant="light" loading={addComment.isPending} disabled={!body.trim()}>
            {t('comment.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
