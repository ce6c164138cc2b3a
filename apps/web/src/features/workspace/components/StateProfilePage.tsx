import { Alert, Button, Card, Group, Progress, SimpleGrid, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { FullPageLoader } from '@/components/FullPageLoader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { QueryError } from '@/components/QueryError';
import { useFormat } from '@/lib/format';
import { useCurrentUser } from '@/lib/me-context';
import { stateProfileRoute } from '../routes';
import { downloadStateProfile, PROFILE_FORMATS, useStateProfile, type ProfileFormat, type StateProfile } from '../api/use-state-profile';
import { WorkflowBadge } from './CycleBits';
import { AnchorLink, ButtonLink } from './links';
import './workspace.css';

export function StateProfilePage() {
  return (
    <RequirePermission permission="reports:write">
      <Profile />
    </RequirePermission>
  );
}

const STATUSES = ['fully_implemented', 'partially_implemented', 'in_progress', 'planned', 'not_started', 'not_applicable', 'no_information'] as const;

function Profile() {
  const { t, i18n } = useTranslation(['workspace', 'labels', 'errors']);
  const format = useFormat();
  const me = useCurrentUser();
  const { cycleId } = stateProfileRoute.useParams();
  const [includeSubmitted, setIncludeSubmitted] = useState(false);
  const profile = useStateProfile(cycleId, me.stateCode, i18n.language, includeSubmitted);
  const [downloading, setDownloading] = useState<ProfileFormat | null>(null);
  const [downloadError, setDownloadError] = useState<unknown>(null);

  const download = async (fileFormat: ProfileFormat) => {
    if (!me.stateCode) return;
    setDownloading(fileFormat);
    setDownloadError(null);
    try {
      await downloadStateProfile(cycleId, me.stateCode, i18n.language, includeSubmitted, fileFormat);
    } catch (error) {
      setDownloadError(error);
    } finally {
      setDownloading(null);
    }
  };

  const data = profile.data;
  return (
    <Stack>
      <PageHeader
        title={data ? t('profile.titleOf', { cycle: data.cycle.name }) : t('profile.title')}
        description={t('profile.description')}
        actions={
          <ButtonLink variant="default" to="/workspace/cycles/$cycleId" params={{ cycleId }}>
            {t('profile.backToQuestionnaire')}
          </ButtonLink>
        }
      />
      <Group justify="space-between" align="flex-end" gap="sm">
        <Switch label={t('profile.includeSubmitted')} checked={includeSubmitted} onChange={(event) => setIncludeSubmitted(event.currentTarget.checked)} />
        <Group gap="xs" role="group" aria-label={t('profile.exports')}>
          {PROFILE_FORMATS.map((f) => (
            <Button key={f} variant="default" size="sm" loading={downloading === f} disabled={!data} onClick={() => void download(f)}>
              {t(`profile.export.${f}`)}
            </Button>
          ))}
        </Group>
      </Group>
      <ProblemAlert error={downloadError} />
      {profile.isPending ? (
        <FullPageLoader inline />
      ) : profile.isError ? (
        <QueryError error={profile.error} onRetry={() => void profile.refetch()} />
      ) : data ? (
        <Figures profile={data} cycleId={cycleId} format={format} />
      ) : null}
    </Stack>
  );
}

function Figures({ profile, cycleId, format }: { profile: StateProfile; cycleId: string; format: ReturnType<typeof useFormat> }) {
  const { t, i18n } = useTranslation(['workspace', 'labels', 'errors']);
  const totalAnswers = STATUSES.reduce((sum, s) => sum + (profile.statusDistribution[s] ?? 0), 0);
  const figure = (label: string, value: string) => (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed">
        {t(`profile.counting.${profile.counting}`)} · {t('profile.asOf', { date: format.dateTime(profile.asOf) })}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} spacing="sm">
        {figure(t('profile.applicable'), format.number(profile.applicable))}
        {figure(t('profile.reported'), format.number(profile.reported))}
        {figure(t('profile.accepted'), format.number(profile.accepted))}
        {figure(t('profile.coverage'), new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 }).format(profile.coverage))}
        {figure(t('profile.late'), format.number(profile.late))}
      </SimpleGrid>
      <section aria-labelledby="profile-statuses">
        <Title order={2} size="h4" id="profile-statuses" mb="xs">
          {t('profile.statuses')}
        </Title>
        <div className="table-scroll">
          <Table verticalSpacing="xs">
            <Table.Caption className="visually-hidden">{t('profile.statuses')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('questionnaire.status')}</Table.Th>
                <Table.Th scope="col">{t('profile.answers')}</Table.Th>
                <Table.Th scope="col" w="40%">
                  <span className="visually-hidden">{t('profile.share')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {STATUSES.map((s) => (
                <Table.Tr key={s}>
                  <Table.Td>{t(`status.${s}`, { ns: 'labels' })}</Table.Td>
                  <Table.Td>{format.number(profile.statusDistribution[s] ?? 0)}</Table.Td>
                  <Table.Td>
                    <Progress value={totalAnswers ? ((profile.statusDistribution[s] ?? 0) / totalAnswers) * 100 : 0} aria-hidden />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      </section>
      <section aria-labelledby="profile-assistance">
        <Title order={2} size="h4" id="profile-assistance" mb="xs">
          {t('profile.assistance')}
        </Title>
        {profile.assistanceNeeded.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('profile.noAssistance')}
          </Text>
        ) : (
          <ul className="submit-all-list">
            {profile.assistanceNeeded.map((a) => (
              <li key={a.recommendationId}>
                <Text size="sm">
                  <strong>{a.reference}</strong>
                  {a.assistanceType ? ` — ${t(`assistance.${a.assistanceType}`, { ns: 'labels' })}` : ''}
                  {a.details ? `: ${a.details}` : ''}
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
      {profile.assessmentsDiffer > 0 && (
        <Alert color="blue" variant="light">
          {t('profile.assessmentsDiffer', { n: format.number(profile.assessmentsDiffer) })}
        </Alert>
      )}
      <section aria-labelledby="profile-items">
        <Title order={2} size="h4" id="profile-items" mb="xs">
          {t('profile.items')}
        </Title>
        {profile.items.length === 0 ? (
          <EmptyState title={t('questionnaire.emptyScope')} />
        ) : (
          <div className="table-scroll">
            <Table striped verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('profile.items')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('profile.reference')}</Table.Th>
                  <Table.Th scope="col">{t('questionnaire.status')}</Table.Th>
                  <Table.Th scope="col">{t('questionnaire.workflow')}</Table.Th>
                  <Table.Th scope="col">{t('profile.counted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {profile.items.map((item) => (
                  <Table.Tr key={item.recommendationId}>
                    <Table.Td>
                      <AnchorLink to="/workspace/cycles/$cycleId/recommendations/$recommendationId" params={{ cycleId, recommendationId: item.recommendationId }} size="sm">
                        {item.reference}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{t(`status.${item.status}`, { ns: 'labels' })}</Table.Td>
                    <Table.Td>{item.workflowState ? <WorkflowBadge state={item.workflowState} /> : '—'}</Table.Td>
                    <Table.Td>{item.counted ? t('profile.yes') : t('profile.no')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </section>
    </Stack>
  );
}
