import { Alert, Badge, Button, FileInput, Group, List, Modal, Paper, SegmentedControl, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { diffWords } from 'diff';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { RequirePermission } from '@/components/Forbidden';
import { PageHeader } from '@/components/PageHeader';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useFormat } from '@/lib/format';
import { useApplyImport, type ImportResult } from '../api/use-apply-import';
import { useImportPreview, type ImportPreview, type ImportSource } from '../api/use-import-preview';
import { dirOf } from './record-format';

type Paragraph = ImportPreview['record']['paragraphs'][number];
type Show = 'changed' | 'new' | 'unchanged' | 'all';
const KNOWN_WARNINGS = [
  'DUPLICATE_ATTENDANCE',
  'DUPLICATE_NUMBER',
  'DUPLICATE_SECTION',
  'EMPTY_RECOMMENDATION',
  'EMPTY_SECTION',
  'NO_RECOMMENDATIONS_CHAPTER',
  'NUMBERING_GAP',
  'ORPHAN_ITEM',
  'PLACEHOLDER',
  'REPEATED_REPORT',
  'SESSION_NUMBER_CONFLICT',
  'STRAY_ENGLISH_WORD',
  'UNKNOWN_ADDRESSEE',
  'UNMATCHED_STATE',
  'UNNUMBERED_TEXT',
  'UNSPECIFIED_ADDRESSEE',
  'VERSION_MISSING_IN_RECORD',
];

/** Import a meeting report: a dry run shown as a diff against the record, then applied after a confirmation. */
export function ImportsPage() {
  return (
    <RequirePermission permission="catalogue:write">
      <Imports />
    </RequirePermission>
  );
}

function Imports() {
  const { t } = useTranslation('record');
  const preview = useImportPreview();
  const apply = useApplyImport();
  const [mode, setMode] = useState<'file' | 'text'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [source, setSource] = useState<ImportSource | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const ready = mode === 'file' ? Boolean(file) : text.trim().length > 0;

  const runPreview = () => {
    const next: ImportSource = mode === 'file' ? { file: file! } : { text };
    setSource(next);
    setResult(null);
    apply.reset();
    preview.mutate(next);
  };
  const runApply = async () => {
    if (!source) return;
    try {
      setResult(await apply.mutateAsync(source));
      preview.reset();
    } catch {
      // Shown in the dialog.
    }
    setConfirming(false);
  };

  return (
    <Stack maw={1200}>
      <PageHeader title={t('imports.title')} description={t('imports.description')} />
      <Paper withBorder p="md">
        <Stack>
          <SegmentedControl
            value={mode}
            onChange={(value) => setMode(value as 'file' | 'text')}
            data={[
              { value: 'file', label: t('imports.fromFile') },
              { value: 'text', label: t('imports.fromText') },
            ]}
            w={{ base: '100%', sm: 'auto' }}
            style={{ alignSelf: 'flex-start' }}
          />
          {mode === 'file' ? (
            <FileInput
              label={t('imports.file')}
              description={t('imports.fileHint')}
              accept=".txt,.pdf,.docx,text/plain,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              value={file}
              onChange={setFile}
              clearable
              clearButtonProps={{ 'aria-label': t('common:action.clear') }}
            />
          ) : (
            <Textarea label={t('imports.text')} description={t('imports.textHint')} autosize minRows={6} maxRows={16} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          )}
          <Group>
            <Button onClick={runPreview} disabled={!ready} loading={preview.isPending}>
              {t('imports.preview')}
            </Button>
          </Group>
          <ProblemAlert error={preview.error} />
        </Stack>
      </Paper>
      {result && <ResultView result={result} />}
      {preview.data && !result && <PreviewView preview={preview.data} onApply={() => setConfirming(true)} applying={apply.isPending} />}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('imports.confirmTitle')} closeButtonProps={{ 'aria-label': t('common:action.close') }}>
        {preview.data && (
          <Stack>
            <Text size="sm">
              {t('imports.confirmText', {
                new: preview.data.record.counts.new,
                changed: preview.data.record.counts.changed,
                meeting: preview.data.record.session ?? preview.data.session?.number ?? '—',
              })}
            </Text>
            <ProblemAlert error={apply.error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('common:action.cancel')}
              </Button>
              <Button onClick={() => void runApply()} loading={apply.isPending}>
                {t('imports.apply')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

function PreviewView({ preview, onApply, applying }: { preview: ImportPreview; onApply: () => void; applying: boolean }) {
  const { t } = useTranslation('record');
  const format = useFormat();
  const { record } = preview;
  const [show, setShow] = useState<Show>(record.counts.changed ? 'changed' : record.counts.new ? 'new' : 'all');
  const paragraphs = record.paragraphs.filter((p) => show === 'all' || p.status === show);
  const nothing = record.counts.new === 0 && record.counts.changed === 0;
  return (
    <Stack>
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h4">
            {t('imports.previewTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="xs">
            <Fact label={t('fields.meeting')} value={record.session ? t('sessions.meeting', { number: record.session }) : preview.session?.number ? t('imports.newMeeting', { number: preview.session.number }) : '—'} />
            <Fact label={t('imports.language')} value={t(`languages.${preview.source.language}`)} />
            <Fact label={t('fields.reportSymbol')} value={preview.session?.reportSymbol ?? '—'} />
            <Fact label={t('imports.fileName')} value={preview.source.fileName ?? t('imports.pasted')} />
          </SimpleGrid>
          <Group gap="xs" role="status" aria-label={t('imports.countsLabel')}>
            <Badge color="blue" variant="dot" data-count="new">
              {t('imports.counts.new', { count: record.counts.new, formatted: format.number(record.counts.new) })}
            </Badge>
            <Badge color="orange" variant="dot" data-count="changed">
              {t('imports.counts.changed', { count: record.counts.changed, formatted: format.number(record.counts.changed) })}
            </Badge>
            <Badge color="gray" variant="dot" data-count="unchanged">
              {t('imports.counts.unchanged', { count: record.counts.unchanged, formatted: format.number(record.counts.unchanged) })}
            </Badge>
          </Group>
          {record.notInDocument.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('imports.notInDocument', { count: record.notInDocument.length, numbers: record.notInDocument.slice(0, 20).join(', ') })}
            </Text>
          )}
          <Warnings warnings={preview.warnings} />
          {nothing ? (
            <Alert color="green" variant="light">
              {t('imports.nothingToApply')}
            </Alert>
          ) : null}
          <Group>
            <Button onClick={onApply} loading={applying} color={nothing ? 'gray' : undefined}>
              {t('imports.applyButton')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('imports.paragraphs')}
            </Title>
            <SegmentedControl
              size="xs"
              value={show}
              onChange={(v) => setShow(v as Show)}
              data={(['changed', 'new', 'unchanged', 'all'] as const).map((v) => ({ value: v, label: t(`imports.show.${v}`) }))}
            />
          </Group>
          {paragraphs.length === 0 ? (
            <EmptyState title={t('imports.noneShown')} />
          ) : (
            paragraphs.slice(0, 200).map((p) => <ParagraphView key={p.number} paragraph={p} lang={record.language} />)
          )}
          {paragraphs.length > 200 && (
            <Text size="sm" c="dimmed">
              {t('imports.moreParagraphs', { count: paragraphs.length - 200 })}
            </Text>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {value}
      </Text>
    </div>
  );
}

function Warnings({ warnings }: { warnings: ImportPreview['warnings'] }) {
  const { t } = useTranslation('record');
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" title={t('imports.warnings', { count: warnings.length })}>
      <List size="sm" spacing={2}>
        {warnings.slice(0, 50).map((w, i) => (
          <List.Item key={`${w.code}-${i}`}>
            {KNOWN_WARNINGS.includes(w.code) ? t(`warnings.${w.code}`) : t('warnings.other')}
            {w.line ? ` ${t('imports.atLine', { line: w.line })}` : ''}
          </List.Item>
        ))}
      </List>
      {warnings.length > 50 && (
        <Text size="xs" mt={4}>
          {t('imports.moreWarnings', { count: warnings.length - 50 })}
        </Text>
      )}
    </Alert>
  );
}

/** Words added and removed: colour and underline / strike-through (never colour alone), dark text on light grounds. */
const ADDED = { background: 'var(--mantine-color-green-1)', color: 'var(--mantine-color-black)', textDecoration: 'underline' } as const;
const REMOVED = { background: 'var(--mantine-color-red-1)', color: 'var(--mantine-color-black)', textDecoration: 'line-through' } as const;

const STATUS_COLOR = { new: 'blue', changed: 'orange', unchanged: 'gray' } as const;

function ParagraphView({ paragraph: p, lang }: { paragraph: Paragraph; lang: string }) {
  const { t } = useTranslation('record');
  return (
    <Paper withBorder p="sm" data-paragraph={p.number} data-status={p.status}>
      <Group gap="xs" mb={4}>
        <Text fw={600} size="sm">
          {p.reference ?? t('imports.paragraph', { number: p.number })}
        </Text>
        <Badge size="sm" variant="dot" color={STATUS_COLOR[p.status]}>
          {t(`imports.status.${p.status}`)}
        </Badge>
      </Group>
      {p.status === 'changed' && p.recordText !== null ? (
          <Text size="sm" lang={lang} dir={dirOf(lang)} className="word-diff" style={{ whiteSpace: 'pre-wrap' }}>
            {diffWords(p.recordText, p.text).map((part, i) =>
              part.added ? (
                <ins key={i} style={ADDED}>
                  <span className="visually-hidden">{t('imports.addedWords')} </span>
                  {part.value}
                </ins>
              ) : part.removed ? (
                <del key={i} style={REMOVED}>
                  <span className="visually-hidden">{t('imports.removedWords')} </span>
                  {part.value}
                </del>
              ) : (
                <span key={i}>{part.value}</span>
              ),
            )}
          </Text>
      ) : (
        <Text size="sm" lang={lang} dir={dirOf(lang)} style={{ whiteSpace: 'pre-wrap' }}>
          {p.text}
        </Text>
      )}
    </Paper>
  );
}

function ResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation('record');
  const s = result.summary;
  return (
    <Alert color={s.status === 'applied' ? 'green' : 'blue'} variant="light" title={t(`imports.result.${s.status}`)} role="status">
      <Stack gap={4}>
        <Text size="sm">
          {t('imports.result.summary', {
            meeting: s.session ?? '—',
            created: s.recommendationsCreated + s.subItemsCreated,
            revised: s.recommendationsRevised,
          })}
        </Text>
        {s.warnings.length > 0 && <Text size="sm">{t('imports.warnings', { count: s.warnings.length })}</Text>}
      </Stack>
    </Alert>
  );
}
