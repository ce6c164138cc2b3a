/**
 * "Implementation of the recommendations adopted by the Working Group": the start of the secretariat's session
 * document, from a cycle's overview for a chosen asOf. A UN report's shape: a note by the Secretariat, chapters with
 * Roman numerals, numbered paragraphs (Word's own numbering), headings by session and by theme, tables of figures,
 * and an annex listing the States that reported. Pure: overview data in, text document out.
 */
import { labels, type DocLanguage, type ExportTable, type Labels, type TextBlock, type TextDocument } from '#exports';
import { IMPLEMENTATION_STATUSES } from '#contracts';
import { STATUS_BUCKETS, type OverviewDto, type StatusDistribution } from './dto/summary.dto.js';
import { unassignedNote } from './summary-documents.js';

export interface ReportingState {
  code: string;
  names: Record<string, string>;
  regionalGroup: string | null;
  reports: number;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

const answers = (d: StatusDistribution | null) => (d ? IMPLEMENTATION_STATUSES.reduce((n, s) => n + d[s], 0) : 0);

function statusTable(l: Labels, name: string, first: { key: string; header: string }, rows: { label: string; recommendations: number; d: StatusDistribution | null }[]): ExportTable {
  return {
    name,
    columns: [
      { key: first.key, header: first.header },
      { key: 'recommendations', header: l.t('recommendations'), kind: 'number' },
      { key: 'answers', header: l.t('answers'), kind: 'number' },
      ...STATUS_BUCKETS.map((b) => ({ key: b, header: l.status(b), kind: 'number' as const })),
    ],
    rows: rows.map((r) => ({ [first.key]: r.label, recommendations: r.recommendations, answers: answers(r.d), ...(r.d ?? {}) })),
  };
}

export function sessionDocument(o: OverviewDto, reporting: ReportingState[], lang: DocLanguage = 'en'): TextDocument {
  const l = labels(lang);
  const blocks: TextBlock[] = [];
  let chapter = 0;
  const heading = (text: string) => blocks.push({ kind: 'heading', level: 1, text: `${ROMAN[chapter++]}. ${text}` });
  const para = (text: string) => blocks.push({ kind: 'paragraph', text, numbered: true });
  const d = o.statusDistribution;
  const n = (v: number | null | undefined) => l.number(v ?? 0);

  heading(l.t('introduction'));
  para(l.t('introText', { cycle: o.cycle.name, asOf: l.dateTime(o.asOf), recs: n(o.recommendations) }));
  if (o.states) {
    para(
      l.t('overallText', {
        expected: n(o.states.expected),
        reporting: n(o.states.reporting),
        rate: l.percent(o.states.responseRate),
        late: n(o.states.late),
        assistance: n(o.assistance?.states),
      }),
    );
  }
  if (d) {
    para(
      l.t('statusText', {
        answers: n(answers(d)),
        full: n(d.fully_implemented),
        partial: n(d.partially_implemented),
        progress: n(d.in_progress + d.planned),
      }),
    );
    blocks.push({
      kind: 'table',
      table: {
        name: l.t('statusDistribution'),
        columns: [
          { key: 'status', header: l.t('status') },
          { key: 'count', header: l.t('count'), kind: 'number' },
          { key: 'share', header: l.t('share'), kind: 'percent' },
        ],
        rows: STATUS_BUCKETS.map((b) => ({ status: l.status(b), count: d[b], share: answers(d) + d.no_information ? d[b] / (answers(d) + d.no_information) : 0 })),
      },
    });
  }
  blocks.push({
    kind: 'table',
    table: {
      name: l.t('responseRateByGroup'),
      columns: [
        { key: 'group', header: l.t('regionalGroup') },
        { key: 'expected', header: l.t('expected'), kind: 'number' },
        { key: 'reporting', header: l.t('reporting'), kind: 'number' },
        { key: 'rate', header: l.t('responseRate'), kind: 'percent' },
      ],
      rows: o.byRegionalGroup.map((g) => ({ group: l.region(g.regionalGroup), expected: g.expected, reporting: g.reporting, rate: g.responseRate })),
      note: o.byRegionalGroup.some((g) => !g.regionalGroup) ? l.noneGroupNote(o.unassignedStates.map((st) => st.name)) : undefined,
    },
  });

  heading(l.t('figuresBySession'));
  for (const s of o.bySession) {
    blocks.push({ kind: 'heading', level: 2, text: `${l.t('sessionN', { n: s.session })}${s.startDate ? ` (${l.date(s.startDate)})` : ''}` });
    para(l.t('sessionText', { recs: n(s.recommendations), n: s.session, reports: n(s.reports) }));
  }
  blocks.push({
    kind: 'table',
    table: statusTable(
      l,
      l.t('bySession'),
      { key: 'session', header: l.t('session') },
      o.bySession.map((s) => ({ label: l.t('sessionN', { n: s.session }), recommendations: s.recommendations, d: s.statusDistribution })),
    ),
  });

  heading(l.t('figuresByTheme'));
  for (const t of o.byTheme) {
    blocks.push({ kind: 'heading', level: 2, text: t.name });
    para(l.t('themeText', { recs: n(t.recommendations), reports: n(t.reports) }));
  }
  blocks.push({
    kind: 'table',
    table: statusTable(
      l,
      l.t('byTheme'),
      { key: 'theme', header: l.t('theme') },
      o.byTheme.map((t) => ({ label: t.name, recommendations: t.recommendations, d: t.statusDistribution })),
    ),
  });

  heading(l.t('conclusions'));
  para(l.t('conclusionsText'));

  const named = reporting.map((s) => ({ ...s, name: s.names[lang] || s.names.en || s.code }));
  const annex: ExportTable = {
    name: l.t('annexTitle'),
    columns: [
      { key: 'name', header: l.t('state') },
      { key: 'group', header: l.t('regionalGroup') },
      { key: 'reports', header: l.t('reports'), kind: 'number' },
    ],
    rows: named.map((s) => ({ name: s.name, group: l.region(s.regionalGroup), reports: s.reports })),
    note: unassignedNote(l, named),
  };
  return {
    overline: `${l.t('workingGroup')} — ${l.t('sessionDocNote')}`,
    title: l.t('sessionDocTitle'),
    shortTitle: l.t('sessionDocShort'),
    lang,
    fileName: `session-document-${o.cycle.name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, '-')
      .slice(0, 60)}${lang === 'en' ? '' : `-${lang}`}`,
    meta: [
      { label: l.t('cycle'), value: `${o.cycle.name}: ${l.date(o.cycle.opensOn)} – ${l.date(o.cycle.closesOn)}` },
      { label: l.t('asOf'), value: l.dateTime(o.asOf) },
      { label: l.t('counting'), value: l.counting(o.counting) },
    ],
    blocks,
    tables: [annex],
    tableHeadings: { 0: l.t('annex') },
  };
}
