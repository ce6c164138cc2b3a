import { Badge, Box, Group, List, Paper, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { PreviewRow, WorkbookPreview } from '../api/workbook-upload';

type Filter = 'all' | 'change' | 'invalid' | 'conflict';
const OUTCOME_COLOR: Record<PreviewRow['outcome'], string> = { change: 'blue', unchanged: 'gray', invalid: 'red', conflict: 'orange' };
const SHORT = 160;

/** A changed value as a person reads it: labels for codes, yes/no, the text's opening words. */
function useValueText() {
  const { t } = useTranslation(['offline', 'labels']);
  return (field: string, value: string | boolean | null) => {
    if (value === null || value === '') return t('preview.empty');
    if (typeof value === 'boolean') return value ? t('preview.yes') : t('preview.no');
    if (field === 'implementationStatus') return t(`status.${value}`, { ns: 'labels' });
    if (field === 'assistanceType') return t(`assistance.${value}`, { ns: 'labels' });
    return value.length > SHORT ? `${value.slice(0, SHORT)}…` : value;
  };
}

/** What a row will change (old → new), or why it cannot (each cell and its problem), or its conflict. */
function RowDetails({ row }: { row: PreviewRow }) {
  const { t, i18n } = useTranslation(['offline', 'labels']);
  const valueText = useValueText();
  const arrow = i18n.dir() === 'rtl' ? '←' : '→';
  return (
    <>
      {row.problems.length > 0 ? (
        <List size="sm" spacing={2} c="red.9">
          {row.problems.map((p) => (
            <List.Item key={`${p.cell}-${p.code}`}>
              <span className="mono">{t('cell', { cell: p.cell })}</span> {t(`problems.${p.code}`)}
            </List.Item>
          ))}
        </List>
      ) : (
        <Stack gap={2}>
          {row.outcome === 'conflict' && (
            <Text size="sm" c="orange.9">
              {t('preview.conflictHint', { file: row.fileVersion ?? '—', current: row.currentVersion ?? '—' })}
            </Text>
          )}
          {row.changes.length > 0 && (
            <List size="sm" spacing={2}>
              {row.changes.map((c) => (
                <List.Item key={c.field}>
                  <strong>{t(`fields.${c.field}`)}</strong>: <bdi>{valueText(c.field, c.from)}</bdi> {arrow} <bdi>{valueText(c.field, c.to)}</bdi>
                </List.Item>
              ))}
            </List>
          )}
        </Stack>
      )}
    </>
  );
}

/** The preview's rows, filtered: what each will change (old → new), each problem with its cell, each conflict. */
export function PreviewTable({ preview }: { preview: WorkbookPreview }) {
  const { t } = useTranslation(['offline', 'labels']);
  const format = useFormat();
  const { counts } = preview;
  const [filter, setFilter] = useState<Filter>(counts.invalid ? 'invalid' : counts.conflict ? 'conflict' : 'change');
  const rows = filter === 'all' ? preview.rows : preview.rows.filter((r) => r.outcome === filter);
  const option = (value: Filter, label: string, count: number) => ({ value, label: `${label} (${format.number(count)})` });

  return (
    <Stack gap="sm">
      <Text size="sm" role="status">
        {t('preview.summary', {
          change: format.number(counts.change),
          unchanged: format.number(counts.unchanged),
          invalid: format.number(counts.invalid),
          conflict: format.number(counts.conflict),
        })}
      </Text>
      <div className="table-scroll">
        <SegmentedControl
          aria-label={t('preview.filter')}
          value={filter}
          onChange={(v) => setFilter(v as Filter)}
          data={[
            option('change', t('preview.changes'), counts.change),
            option('invalid', t('preview.invalid'), counts.invalid),
            option('conflict', t('preview.conflicts'), counts.conflict),
            option('all', t('preview.all'), preview.rows.length),
          ]}
        />
      </div>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('preview.none')}
        </Text>
      ) : (
        <>
          {/* On a phone: one card per row; from "sm": the table. */}
          <Stack gap="xs" hiddenFrom="sm" data-testid="preview-cards">
            {rows.map((row) => (
              <Paper key={row.row} withBorder p="sm" data-outcome={row.outcome}>
                <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                  <Text size="sm" fw={600}>
                    {t('preview.row')} {format.number(row.row)} · {row.reference ?? '—'}
                  </Text>
                  <Badge color={OUTCOME_COLOR[row.outcome]} variant="dot" style={{ flexShrink: 0 }}>
                    {t(`outcome.${row.outcome}`)}
                  </Badge>
                </Group>
                <RowDetails row={row} />
              </Paper>
            ))}
          </Stack>
          <Box visibleFrom="sm" className="table-scroll" tabIndex={0} role="region" aria-label={t('preview.caption')}>
            <Table withTableBorder verticalSpacing="xs" data-testid="preview-rows">
              <Table.Caption className="visually-hidden">{t('preview.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('preview.row')}</Table.Th>
                  <Table.Th scope="col">{t('preview.reference')}</Table.Th>
                  <Table.Th scope="col">{t('preview.outcome')}</Table.Th>
                  <Table.Th scope="col">{t('preview.details')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.row} data-outcome={row.outcome}>
                    <Table.Td>{format.number(row.row)}</Table.Td>
                    <Table.Td>{row.reference ?? '—'}</Table.Td>
                    <Table.Td>
                      <Badge color={OUTCOME_COLOR[row.outcome]} variant="dot">
                        {t(`outcome.${row.outcome}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <RowDetails row={row} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Box>
        </>
      )}
    </Stack>
  );
}
