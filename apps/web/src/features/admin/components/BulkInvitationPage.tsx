import { Alert, Badge, Button, FileInput, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { LANGUAGE_NAMES } from '@/lib/i18n';
import { saveBlob } from '@/lib/download';
import { useFormat } from '@/lib/format';
import { useBulkInvitationPreview, useBulkInvite, type BulkPreview } from '../api/use-bulk-invitations';

const MAX_BYTES = 1024 * 1024;
const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A template people can fill in a spreadsheet: the header row the API reads, and one example row. */
function downloadTemplate() {
  const csv = '\uFEFFemail,name,state,language\r\nfocal.point@example.org,Amina Diallo,KEN,en\r\n';
  saveBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), 'focal-points.csv');
}

export function BulkInvitationPage() {
  return (
    <RequirePermission permission="users:manage">
      <BulkInvitation />
    </RequirePermission>
  );
}

function BulkInvitation() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useBulkInvitationPreview();
  const invite = useBulkInvite();

  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFileError(null);
    preview.reset();
    invite.reset();
    if (!chosen) return;
    if (!/\.(csv|xlsx)$/i.test(chosen.name)) return setFileError(t('bulk.wrongType'));
    if (chosen.size > MAX_BYTES) return setFileError(t('bulk.tooBig', { size: '1 MB' }));
    preview.mutate(chosen);
  };

  const rows = preview.data?.rows ?? [];
  const withProblems = preview.data?.totals.withProblems ?? 0;
  const notDelivered = invite.data?.users.filter((user) => !user.invitation.delivered).length ?? 0;

  return (
    <Stack maw={1200}>
      <PageHeader title={t('bulk.title')} description={t('bulk.description')} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('bulk.howTitle')}
          </Title>
          <List size="sm" spacing={4}>
            <List.Item>{t('bulk.howColumns')}</List.Item>
            <List.Item>{t('bulk.howState')}</List.Item>
            <List.Item>{t('bulk.howLanguage')}</List.Item>
            <List.Item>{t('bulk.howAllOrNothing')}</List.Item>
          </List>
          <Group>
            <Button variant="default" onClick={downloadTemplate}>
              {t('bulk.template')}
            </Button>
          </Group>
          <FileInput label={t('bulk.file')} description={t('bulk.fileHint')} accept={ACCEPT} value={file} onChange={choose} clearable clearButtonProps={{ 'aria-label': t('common:action.clear') }} error={fileError} w={{ base: '100%', sm: 420 }} />
        </Stack>
      </Paper>

      {preview.isPending && (
        <Text role="status" size="sm">
          {t('bulk.checking')}
        </Text>
      )}
      <ProblemAlert error={preview.error} />

      {invite.isSuccess ? (
        <Alert color="green" role="status" title={t('bulk.doneTitle')}>
          <Stack gap="xs">
            <Text size="sm">{t('bulk.done', { count: invite.data.users.length })}</Text>
            {notDelivered > 0 && <Text size="sm">{t('bulk.notDelivered', { count: notDelivered })}</Text>}
            <Link to="/admin/users" search={{ role: 'focal_point' }}>
              {t('bulk.seeAccounts')}
            </Link>
          </Stack>
        </Alert>
      ) : (
        preview.data && (
          <Stack>
            {withProblems > 0 ? (
              <Alert color="red" role="alert" title={t('bulk.problemsTitle')}>
                {t('bulk.problems', { count: withProblems, total: rows.length })}
              </Alert>
            ) : (
              <Alert color="green" role="status" title={t('bulk.readyTitle')}>
                {t('bulk.ready', { count: rows.length })}
              </Alert>
            )}
            <PreviewTable rows={rows} />
            <ProblemAlert error={invite.error} />
            <Group>
              <Button onClick={() => file && invite.mutate(file)} loading={invite.isPending} disabled={withProblems > 0 || rows.length === 0}>
                {t('bulk.invite', { count: rows.length, formatted: format.number(rows.length) })}
              </Button>
            </Group>
          </Stack>
        )
      )}
    </Stack>
  );
}

function PreviewTable({ rows }: { rows: BulkPreview['rows'] }) {
  const { t, i18n } = useTranslation('admin');
  return (
    <div className="table-scroll">
      <Table withTableBorder verticalSpacing="xs">
        <Table.Caption className="visually-hidden">{t('bulk.previewCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('bulk.row')}</Table.Th>
            <Table.Th scope="col">{t('fields.email')}</Table.Th>
            <Table.Th scope="col">{t('fields.name')}</Table.Th>
            <Table.Th scope="col">{t('fields.state')}</Table.Th>
            <Table.Th scope="col">{t('fields.language')}</Table.Th>
            <Table.Th scope="col">{t('bulk.check')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.row} bg={row.problems.length ? 'red.0' : undefined}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{row.email ?? (row.input.email || '—')}</Table.Td>
              <Table.Td>{row.name ?? (row.input.name || '—')}</Table.Td>
              <Table.Td>{row.state ? `${row.state.names[i18n.language] ?? row.state.names.en ?? row.state.code} (${row.state.code})` : row.input.state || '—'}</Table.Td>
              <Table.Td>{row.language ? LANGUAGE_NAMES[row.language] : row.input.language || '—'}</Table.Td>
              <Table.Td>
                {row.problems.length === 0 ? (
                  <Badge color="green" variant="dot">
                    {t('bulk.ok')}
                  </Badge>
                ) : (
                  <List size="sm" spacing={2} c="red.9">
                    {row.problems.map((problem) => (
                      <List.Item key={`${problem.field}-${problem.code}`}>{t(`bulk.codes.${problem.code}`)}</List.Item>
                    ))}
                  </List>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
