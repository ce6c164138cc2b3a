import { Anchor, Card, Group, Paper, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useCurrentUser } from '@/lib/me-context';
import { useCycles, type Cycle } from '@/features/cycles/api/use-cycles';
import { stateName, useStates } from '@/features/admin/api/use-states';
import { useNotifications } from '@/features/notifications/api/use-notifications';
import { useNotificationText } from '@/features/notifications/components/notification-text';
import { progressOf, useQuestionnaire, type QuestionnaireRow } from '../api/use-questionnaire';
import { CycleProgress, Deadline } from './CycleBits';
import { AnchorLink, ButtonLink } from './links';
import './workspace.css';

export function WorkspaceHomePage() {
  return (
    <RequirePermission permission="reports:write">
      <Home />
    </RequirePermission>
  );
}

function Home() {
  const { t, i18n } = useTranslation(['workspace', 'labels', 'errors']);
  const me = useCurrentUser();
  const cycles = useCycles();
  const states = useStates();
  const state = states.data?.find((s) => s.code === me.stateCode);
  const open = cycles.data?.filter((c) => c.status === 'open') ?? [];
  const closed = cycles.data?.filter((c) => c.status === 'closed') ?? [];
  return (
    <Stack>
      <PageHeader title={t('home.title')} description={me.stateCode ? t('home.description', { state: stateName(state, i18n.language, me.stateCode) }) : undefined} />
      {cycles.isPending ? (
        <FullPageLoader inline />
      ) : cycles.isError ? (
        <QueryError error={cycles.error} onRetry={() => void cycles.refetch()} />
      ) : (
        <>
          <section aria-labelledby="open-cycles">
            <Title order={2} size="h3" id="open-cycles" mb="sm">
              {t('home.openCycles')}
            </Title>
            {open.length === 0 ? (
              <EmptyState title={t('home.noOpenCycle')} hint={t('home.noOpenCycleHint')} />
            ) : (
              <Stack>
                {open.map((cycle) => (
                  <OpenCycleCard key={cycle.id} cycle={cycle} stateCode={me.stateCode} />
                ))}
              </Stack>
            )}
          </section>
          <UnreadNotifications />
          <section aria-labelledby="earlier-cycles">
            <Title order={2} size="h3" id="earlier-cycles" mb="sm">
              {t('home.earlierCycles')}
            </Title>
            {closed.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('home.noEarlierCycle')}
              </Text>
            ) : (
              <List spacing="xs">
                {closed.map((cycle) => (
                  <ClosedCycleItem key={cycle.id} cycle={cycle} />
                ))}
              </List>
            )}
          </section>
        </>
      )}
    </Stack>
  );
}

const ATTENTION_SHOWN = 5;

function OpenCycleCard({ cycle, stateCode }: { cycle: Cycle; stateCode: string | null }) {
  const { t, i18n } = useTranslation(['workspace', 'labels', 'errors']);
  const format = useFormat();
  const questionnaire = useQuestionnaire(cycle.id, stateCode, i18n.language);
  const rows = questionnaire.data?.items ?? [];
  const returned = rows.filter((r) => r.workflowState === 'returned');
  const drafts = rows.filter((r) => r.workflowState === 'draft');
  const headingId = `cycle-${cycle.id}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2}>
            <Title order={3} size="h4" id={headingId}>
              {cycle.name}
            </Title>
            <Deadline closesOn={cycle.closesOn} status={cycle.status} />
          </Stack>
          <Group gap="xs">
            <ButtonLink to="/workspace/cycles/$cycleId" params={{ cycleId: cycle.id }}>
              {t('home.openQuestionnaire')}
            </ButtonLink>
            <ButtonLink variant="default" to="/workspace/cycles/$cycleId/offline" params={{ cycleId: cycle.id }}>
              {t('home.offline')}
            </ButtonLink>
            <ButtonLink variant="default" to="/workspace/cycles/$cycleId/profile" params={{ cycleId: cycle.id }}>
              {t('home.profile')}
            </ButtonLink>
          </Group>
        </Group>
        {questionnaire.isPending ? (
          <FullPageLoader inline />
        ) : questionnaire.isError ? (
          <QueryError error={questionnaire.error} onRetry={() => void questionnaire.refetch()} />
        ) : (
          <>
            <CycleProgress counts={progressOf(rows)} />
            <Stack gap="xs">
              <Title order={4} size="h5">
                {t('home.attention')}
              </Title>
              {returned.length === 0 && drafts.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('home.nothingPending')}
                </Text>
              ) : (
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  <AttentionList cycleId={cycle.id} title={t('home.returned', { n: format.number(returned.length) })} rows={returned} workflow="returned" withComment />
                  <AttentionList cycleId={cycle.id} title={t('home.drafts', { n: format.number(drafts.length) })} rows={drafts} workflow="draft" />
                </SimpleGrid>
              )}
            </Stack>
          </>
        )}
      </Stack>
    </Card>
  );
}

function AttentionList({ cycleId, title, rows, workflow, withComment = false }: { cycleId: string; title: string; rows: QuestionnaireRow[]; workflow: string; withComment?: boolean }) {
  const { t } = useTranslation(['workspace', 'labels', 'errors']);
  const format = useFormat();
  if (rows.length === 0) return null;
  return (
    <Paper withBorder p="sm" className={withComment ? 'attention attention-returned' : 'attention'}>
      <Stack gap="xs">
        <Text fw={700} size="sm">
          {title}
        </Text>
        <List spacing={6} size="sm">
          {rows.slice(0, ATTENTION_SHOWN).map((row) => (
            <List.Item key={row.recommendationId}>
              <AnchorLink to="/workspace/cycles/$cycleId/recommendations/$recommendationId" params={{ cycleId, recommendationId: row.recommendationId }} fw={600}>
                {row.reference}
              </AnchorLink>
              {withComment && row.lastReturnComment && (
                <Text size="sm" className="questionnaire-text">
                  {t('home.comment')}: <bdi>“{row.lastReturnComment}”</bdi>
                </Text>
              )}
            </List.Item>
          ))}
        </List>
        {rows.length > ATTENTION_SHOWN && (
          <AnchorLink to="/workspace/cycles/$cycleId" params={{ cycleId }} search={{ workflow }} size="sm">
            {t('home.showAll', { n: format.number(rows.length) })}
          </AnchorLink>
        )}
      </Stack>
    </Paper>
  );
}

function UnreadNotifications() {
  const { t } = useTranslation(['workspace', 'labels', 'errors']);
  const format = useFormat();
  const notifications = useNotifications({ unreadOnly: true, limit: 5 });
  const notificationText = useNotificationText();
  return (
    <section aria-labelledby="unread-notifications">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="unread-notifications">
          {t('home.notifications')}
        </Title>
        <AnchorLink to="/notifications" size="sm">
          {t('home.allNotifications')}
        </AnchorLink>
      </Group>
      {notifications.isPending ? (
        <FullPageLoader inline />
      ) : notifications.isError ? (
        <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />
      ) : notifications.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.noNotifications')}
        </Text>
      ) : (
        <List spacing="xs" size="sm">
          {notifications.data.items.slice(0, 5).map((n) => {
            const text = notificationText(n);
            return (
              <List.Item key={n.id}>
                {text.target ? (
                  <Anchor renderRoot={(props) => <Link {...props} to={text.target!.to} params={text.target!.params} />} fw={600} size="sm">
                    {text.title}
                  </Anchor>
                ) : (
                  <Text size="sm" fw={600} span>
                    {text.title}
                  </Text>
                )}{' '}
                <Text size="xs" c="dimmed" span>
                  {format.dateTime(n.createdAt)}
                </Text>
                {text.body && <Text size="sm">{text.body}</Text>}
              </List.Item>
            );
          })}
        </List>
      )}
    </section>
  );
}

function ClosedCycleItem({ cycle }: { cycle: Cycle }) {
  const { t } = useTranslation(['workspace', 'labels', 'errors']);
  const format = useFormat();
  return (
    <List.Item>
      <AnchorLink to="/workspace/cycles/$cycleId" params={{ cycleId: cycle.id }} search={{ workflow: 'accepted' }} fw={600}>
        {cycle.name}
      </AnchorLink>{' '}
      <Text span size="sm" c="dimmed">
        {t('home.closedOn', { date: format.date(cycle.closedAt ?? cycle.closesOn) })}
      </Text>{' '}
      <AnchorLink to="/workspace/cycles/$cycleId/profile" params={{ cycleId: cycle.id }} size="sm">
        {t('home.profile')}
      </AnchorLink>
    </List.Item>
  );
}
