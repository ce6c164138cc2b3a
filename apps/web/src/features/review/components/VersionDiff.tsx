import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { diffWords } from 'diff';
import { useTranslation } from 'react-i18next';
import type { ReportVersion } from '@/features/reports/api/use-report-history';
import { languageName } from './RecommendationText';

type Content = ReportVersion['content'];

/** Marked by more than colour: underlined / struck through, and named for screen readers. */
const INS = { textDecoration: 'underline', textDecorationThickness: 2, background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-text)' } as const;
const DEL = { textDecoration: 'line-through', background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-text)' } as const;

/** A word-level difference: insertions underlined, deletions struck through, each also named for screen readers. */
export function WordDiff({ before, after, lang }: { before: string; after: string; lang?: string }) {
  const { t } = useTranslation(['review', 'labels']);
  return (
    <Text size="sm" lang={lang} dir="auto" style={{ whiteSpace: 'pre-wrap' }} data-testid="word-diff">
      {diffWords(before, after).map((part, i, parts) =>
        part.added ? (
          <ins key={i} style={INS}>
            <span className="visually-hidden">{t('diff.insertedStart')}</span>
            {part.value}
            <span className="visually-hidden">{t('diff.insertedEnd')}</span>
          </ins>
        ) : part.removed ? (
          <del key={i} style={DEL}>
            <span className="visually-hidden">{t('diff.deletedStart')}</span>
            {part.value}
            <span className="visually-hidden">{t('diff.deletedEnd')}</span>
            {/* A replaced word: keep the old and the new apart. */}
            {parts[i + 1]?.added && !/\s$/.test(part.value) ? ' ' : null}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </Text>
  );
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** What changed from the previous submitted version to this one, field by field (unchanged fields are left out). */
export function VersionDiff({ previous, current, previousNumber, currentNumber }: { previous: Content; current: Content; previousNumber: number; currentNumber: number }) {
  const { t, i18n } = useTranslation(['review', 'labels']);
  const rows: { field: string; node: React.ReactNode }[] = [];
  const status = (s: string | null) => (s ? t(`status.${s}`, { ns: 'labels' }) : '—');
  const bool = (b: boolean) => (b ? t('answer.yes') : t('answer.no'));

  if (!same(previous.implementationStatus, current.implementationStatus)) {
    rows.push({ field: t('answer.status'), node: <WordDiff before={status(previous.implementationStatus)} after={status(current.implementationStatus)} /> });
  }
  const languages = [...new Set([...Object.keys(previous.narrative ?? {}), ...Object.keys(current.narrative ?? {})])].sort();
  for (const lang of languages) {
    const before = previous.narrative?.[lang] ?? '';
    const after = current.narrative?.[lang] ?? '';
    if (before !== after) rows.push({ field: t('diff.narrativeIn', { language: languageName(lang, i18n.language) }), node: <WordDiff before={before} after={after} lang={lang} /> });
  }
  const measures = (c: Content) => (c.measures ?? []).map((m) => `${t(`measure.${m.type}`, { ns: 'labels' })}: ${m.description}`).join('\n');
  if (!same(previous.measures, current.measures)) rows.push({ field: t('answer.measures'), node: <WordDiff before={measures(previous)} after={measures(current)} /> });
  const links = (c: Content) => (c.evidence ?? []).map((e) => `${e.title} <${e.url}>`).join('\n');
  if (!same(previous.evidence, current.evidence)) rows.push({ field: t('answer.links'), node: <WordDiff before={links(previous)} after={links(current)} /> });
  const files = (c: Content) => (c.files ?? []).map((f) => f.fileName).join('\n');
  if (files(previous) !== files(current)) rows.push({ field: t('answer.files'), node: <WordDiff before={files(previous)} after={files(current)} /> });
  if (!same(previous.challenges, current.challenges)) rows.push({ field: t('answer.challenges'), node: <WordDiff before={previous.challenges ?? ''} after={current.challenges ?? ''} /> });
  if (previous.assistanceNeeded !== current.assistanceNeeded) rows.push({ field: t('answer.assistanceNeeded'), node: <WordDiff before={bool(previous.assistanceNeeded)} after={bool(current.assistanceNeeded)} /> });
  if (!same(previous.assistanceType, current.assistanceType)) {
    const type = (a: string | null) => (a ? t(`assistance.${a}`, { ns: 'labels' }) : '—');
    rows.push({ field: t('answer.assistanceType'), node: <WordDiff before={type(previous.assistanceType)} after={type(current.assistanceType)} /> });
  }
  if (!same(previous.assistanceDetails, current.assistanceDetails)) rows.push({ field: t('answer.assistanceDetails'), node: <WordDiff before={previous.assistanceDetails ?? ''} after={current.assistanceDetails ?? ''} /> });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="review-diff-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="review-diff-title">
          {t('diff.title', { previous: previousNumber, current: currentNumber })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('diff.legend')}
        </Text>
        {rows.length === 0 ? (
          <Text size="sm">{t('diff.none')}</Text>
        ) : (
          <div className="table-scroll">
            <Table verticalSpacing="xs">
              <Table.Caption className="visually-hidden">{t('diff.title', { previous: previousNumber, current: currentNumber })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('diff.field')}</Table.Th>
                  <Table.Th scope="col">{t('diff.change')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.field}>
                    <Table.Th scope="row" style={{ verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                      {row.field}
                    </Table.Th>
                    <Table.Td>{row.node}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
