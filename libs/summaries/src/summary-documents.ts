/**
 * Each summary as a printable document (tables + bar charts) for CSV, XLSX and PDF. Pure mapping from the JSON the API
 * answers, so every format shows the very same figures.
 */
import type { ExportChart, ExportColumn, ExportDocument, ExportTable } from '#exports';
import { STATUS_BUCKETS, type NonReportingDto, type OverviewDto, type RecommendationSummaryDto, type StateProfileDto, type StatusDistribution, type TrendsDto } from './dto/summary.dto.js';

const STATUS_LABELS: Record<(typeof STATUS_BUCKETS)[number], string> = {
  not_started: 'Not started',
  planned: 'Planned',
  in_progress: 'In progress',
  partially_implemented: 'Partially implemented',
  fully_implemented: 'Fully implemented',
  not_applicable: 'Not applicable',
  no_information: 'No information',
};

const COUNTING_LABELS = { accepted: 'Accepted reports only', accepted_and_submitted: 'Accepted, submitted and under-review reports' };

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60) || 'summary';

const statusColumns: ExportColumn[] = STATUS_BUCKETS.map((b) => ({ key: b, header: STATUS_LABELS[b], kind: 'number', width: 12 }));

function distributionTable(name: string, d: StatusDistribution): ExportTable {
  const total = STATUS_BUCKETS.reduce((n, b) => n + d[b], 0);
  return {
    name,
    columns: [
      { key: 'status', header: 'Status', width: 24 },
      { key: 'count', header: 'Count', kind: 'number', width: 10 },
      { key: 'share', header: 'Share', kind: 'percent', width: 10 },
    ],
    rows: STATUS_BUCKETS.map((b) => ({ status: STATUS_LABELS[b], count: d[b], share: total ? d[b] / total : 0 })),
  };
}

const distributionChart = (title: string, d: StatusDistribution): ExportChart => ({ title, bars: STATUS_BUCKETS.map((b) => ({ label: STATUS_LABELS[b], value: d[b] })) });

const baseMeta = (s: { cycle: { name: string; opensOn: string; closesOn: string }; asOf: string; counting: keyof typeof COUNTING_LABELS }) => [
  { label: 'Cycle', value: `${s.cycle.name} (${s.cycle.opensOn} – ${s.cycle.closesOn})` },
  { label: 'As of', value: s.asOf },
  { label: 'Counting', value: COUNTING_LABELS[s.counting] },
];

/** What a suppressed figure reads as in every format (its cells stay empty). */
export const SUPPRESSED_TEXT = 'suppressed';
const suppressedNote = (minOtherStates: number) => `${SUPPRESSED_TEXT}: fewer than ${minOtherStates} other States`;

/** A "Note" column for the group tables, only in a document with suppression (a focal point's). */
function noteColumn(s: { suppression: { minOtherStates: number } | null }): { columns: ExportColumn[]; note: (g: { suppressed: boolean; suppressedReason: string | null }) => Record<string, string> } {
  if (!s.suppression) return { columns: [], note: () => ({}) };
  const text = suppressedNote(s.suppression.minOtherStates);
  return {
    columns: [{ key: 'note', header: 'Note', width: 30 }],
    note: (g) => ({ note: g.suppressed ? (g.suppressedReason === 'COMPLEMENT' ? `${SUPPRESSED_TEXT}: would reveal a smaller group` : text) : '' }),
  };
}

export function overviewDocument(s: OverviewDto): ExportDocument {
  const hidden = s.suppression ? suppressedNote(s.suppression.minOtherStates) : SUPPRESSED_TEXT;
  const { columns: note, note: noteOf } = noteColumn(s);
  const figure = (v: number | undefined) => (v === undefined ? hidden : String(v));
  return {
    title: `Implementation overview — ${s.cycle.name}`,
    fileName: `overview-${slug(s.cycle.name)}`,
    meta: [
      ...baseMeta(s),
      { label: 'Recommendations in scope', value: String(s.recommendations) },
      { label: 'Expected States', value: figure(s.states?.expected) },
      { label: 'States reporting', value: figure(s.states?.reporting) },
      { label: 'Response rate', value: s.states ? `${(s.states.responseRate * 100).toFixed(1)} %` : hidden },
      { label: 'States late', value: figure(s.states?.late) },
      { label: 'States asking for assistance', value: figure(s.assistance?.states) },
    ],
    tables: [
      s.statusDistribution ? distributionTable('Status distribution', s.statusDistribution) : suppressedTable('Status distribution', hidden),
      {
        name: 'By regional group',
        columns: [
          { key: 'group', header: 'Regional group', width: 28 },
          { key: 'expected', header: 'Expected', kind: 'number', width: 10 },
          { key: 'reporting', header: 'Reporting', kind: 'number', width: 10 },
          { key: 'responseRate', header: 'Response rate', kind: 'percent', width: 12 },
          ...statusColumns,
          ...note,
        ],
        rows: s.byRegionalGroup.map((g) => ({ group: g.regionalGroup ?? 'None', expected: g.expected, reporting: g.reporting, responseRate: g.responseRate, ...g.statusDistribution, ...noteOf(g) })),
      },
      {
        name: 'By session',
        columns: [
          { key: 'session', header: 'Session', kind: 'number', width: 9 },
          { key: 'startDate', header: 'Date', width: 12 },
          { key: 'recommendations', header: 'Recommendations', kind: 'number', width: 15 },
          { key: 'reports', header: 'Reports', kind: 'number', width: 10 },
          ...statusColumns,
          ...note,
        ],
        rows: s.bySession.map((g) => ({ session: g.session, startDate: g.startDate, recommendations: g.recommendations, reports: g.reports, ...g.statusDistribution, ...noteOf(g) })),
      },
      {
        name: 'By theme',
        columns: [
          { key: 'theme', header: 'Theme', width: 36 },
          { key: 'recommendations', header: 'Recommendations', kind: 'number', width: 15 },
          { key: 'reports', header: 'Reports', kind: 'number', width: 10 },
          ...statusColumns,
          ...note,
        ],
        rows: s.byTheme.map((g) => ({ theme: g.name, recommendations: g.recommendations, reports: g.reports, ...g.statusDistribution, ...noteOf(g) })),
      },
      {
        name: 'Assistance asked',
        columns: [
          { key: 'type', header: 'Type of assistance', width: 28 },
          { key: 'reports', header: 'Reports', kind: 'number', width: 10 },
        ],
        rows: s.assistance ? Object.entries(s.assistance.byType).map(([type, reports]) => ({ type, reports })) : [{ type: hidden, reports: null }],
      },
    ],
    charts: s.statusDistribution ? [distributionChart('Status distribution (all expected and reporting States)', s.statusDistribution)] : [],
  };
}

/** A table standing for a suppressed one: its name and why, no figure. */
function suppressedTable(name: string, why: string): ExportTable {
  return { name, columns: [{ key: 'note', header: 'Note', width: 60 }], rows: [{ note: why }] };
}

export function stateProfileDocument(s: StateProfileDto): ExportDocument {
  return {
    title: `${s.state.name} (${s.state.code}) — ${s.cycle.name}`,
    fileName: `state-${s.state.code.toLowerCase()}-${slug(s.cycle.name)}`,
    meta: [
      ...baseMeta(s),
      { label: 'Applicable recommendations', value: String(s.applicable) },
      { label: 'Reported', value: String(s.reported) },
      { label: 'Accepted', value: String(s.accepted) },
      { label: 'Coverage', value: `${(s.coverage * 100).toFixed(1)} %` },
      { label: 'Late', value: String(s.late) },
    ],
    tables: [
      distributionTable('Status distribution', s.statusDistribution),
      {
        name: 'Recommendations',
        columns: [
          { key: 'reference', header: 'Reference', width: 34 },
          { key: 'session', header: 'Session', kind: 'number', width: 9 },
          { key: 'status', header: 'Status', width: 22 },
          { key: 'workflowState', header: 'Workflow', width: 14 },
          { key: 'lastUpdate', header: 'Last update', width: 22 },
          { key: 'late', header: 'Late', width: 7 },
          { key: 'assistance', header: 'Assistance', width: 22 },
        ],
        rows: s.items.map((i) => ({
          reference: i.reference,
          session: i.session,
          status: STATUS_LABELS[i.status],
          workflowState: i.workflowState,
          lastUpdate: i.lastUpdate,
          late: i.late ? 'yes' : '',
          assistance: i.assistanceNeeded ? (i.assistanceType ?? 'yes') : '',
        })),
      },
      {
        name: 'Assistance needed',
        columns: [
          { key: 'reference', header: 'Reference', width: 34 },
          { key: 'assistanceType', header: 'Type', width: 22 },
          { key: 'details', header: 'Details', width: 60 },
        ],
        rows: s.assistanceNeeded.map((a) => ({ reference: a.reference, assistanceType: a.assistanceType, details: a.details })),
      },
    ],
    charts: [distributionChart(`Status distribution — ${s.state.name}`, s.statusDistribution)],
  };
}

export function recommendationDocument(s: RecommendationSummaryDto): ExportDocument {
  return {
    title: `${s.recommendation.reference} — ${s.cycle.name}`,
    fileName: `recommendation-${slug(s.recommendation.reference)}`,
    meta: [...baseMeta(s), { label: 'Recommendation', value: s.recommendation.text }, { label: 'States reporting', value: String(s.statesReporting) }],
    tables: [
      distributionTable('Status distribution', s.statusDistribution),
      {
        name: 'States',
        columns: [
          { key: 'code', header: 'State', width: 8 },
          { key: 'name', header: 'Name', width: 28 },
          { key: 'status', header: 'Status', width: 22 },
          { key: 'workflowState', header: 'Workflow', width: 14 },
          { key: 'narrativeExcerpt', header: 'Narrative (excerpt)', width: 70 },
        ],
        rows: s.states.map((st) => ({ code: st.code, name: st.name, status: STATUS_LABELS[st.status as keyof typeof STATUS_LABELS] ?? st.status, workflowState: st.workflowState, narrativeExcerpt: st.narrativeExcerpt })),
      },
    ],
    charts: [distributionChart('Status distribution', s.statusDistribution)],
  };
}

export function nonReportingDocument(s: NonReportingDto): ExportDocument {
  return {
    title: `States with nothing accepted — ${s.cycle.name}`,
    fileName: `non-reporting-${slug(s.cycle.name)}`,
    meta: [...baseMeta(s), { label: 'Expected States', value: String(s.expected) }, { label: 'Not reporting', value: String(s.states.length) }],
    tables: [
      {
        name: 'Non-reporting States',
        columns: [
          { key: 'code', header: 'State', width: 8 },
          { key: 'name', header: 'Name', width: 32 },
          { key: 'regionalGroup', header: 'Regional group', width: 26 },
          { key: 'protocolStatus', header: 'Protocol', width: 12 },
          { key: 'pendingSubmissions', header: 'Pending submissions', kind: 'number', width: 12 },
          { key: 'activeFocalPoints', header: 'Focal points', kind: 'number', width: 12 },
        ],
        rows: s.states.map((st) => ({ ...st })),
      },
    ],
  };
}

export function trendsDocument(s: TrendsDto): ExportDocument {
  const { columns: note, note: noteOf } = noteColumn(s);
  const narrowing = Object.entries(s.filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return {
    title: `Trends across cycles${narrowing ? ` — ${narrowing}` : ''}`,
    fileName: `trends${narrowing ? `-${slug(narrowing)}` : ''}`,
    meta: [
      { label: 'As of', value: s.asOf },
      { label: 'Counting', value: COUNTING_LABELS[s.counting] },
    ],
    tables: [
      {
        name: 'Cycles',
        columns: [
          { key: 'cycle', header: 'Cycle', width: 30 },
          { key: 'opensOn', header: 'Opens', width: 12 },
          { key: 'recommendations', header: 'Recommendations', kind: 'number', width: 15 },
          { key: 'expected', header: 'Expected', kind: 'number', width: 10 },
          { key: 'reporting', header: 'Reporting', kind: 'number', width: 10 },
          { key: 'responseRate', header: 'Response rate', kind: 'percent', width: 12 },
          { key: 'late', header: 'Late', kind: 'number', width: 8 },
          ...statusColumns,
          ...note,
        ],
        rows: s.cycles.map((c) => ({
          cycle: c.cycle.name,
          opensOn: c.cycle.opensOn,
          recommendations: c.recommendations,
          expected: c.expected,
          reporting: c.reporting,
          responseRate: c.responseRate,
          late: c.late,
          ...c.statusDistribution,
          ...noteOf(c),
        })),
      },
    ],
  };
}
