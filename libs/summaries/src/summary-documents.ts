/**
 * Each summary as a printable document (title block, bar charts, tables) for CSV, XLSX and PDF, in the document's
 * language: every code is printed as its label (libs/exports labels), every date with its year. Pure mapping from the
 * JSON the API answers, so every format shows the very same figures.
 */
import { labels, type DocLanguage, type ExportChart, type ExportColumn, type ExportDocument, type ExportMeta, type ExportTable, type Labels } from '#exports';
import { IMPLEMENTATION_STATUSES } from '#contracts';
import { STATUS_BUCKETS, type NonReportingDto, type OverviewDto, type RecommendationSummaryDto, type StateProfileDto, type StatusDistribution, type TrendsDto } from './dto/summary.dto.js';

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60) || 'summary';

/** `-zh` etc. after the base name, none for English. */
const langSuffix = (lang: DocLanguage) => (lang === 'en' ? '' : `-${lang}`);

const statusColumns = (l: Labels): ExportColumn[] => STATUS_BUCKETS.map((b) => ({ key: b, header: l.status(b), kind: 'number', width: 12 }));

function distributionTable(l: Labels, d: StatusDistribution): ExportTable {
  const total = STATUS_BUCKETS.reduce((n, b) => n + d[b], 0);
  return {
    name: l.t('statusDistribution'),
    columns: [
      { key: 'status', header: l.t('status'), width: 24 },
      { key: 'count', header: l.t('count'), kind: 'number', width: 10 },
      { key: 'share', header: l.t('share'), kind: 'percent', width: 10 },
    ],
    rows: STATUS_BUCKETS.map((b) => ({ status: l.status(b), count: d[b], share: total ? d[b] / total : 0 })),
  };
}

/**
 * The six answers as bars, each with its count and its share of the answers; "No information" kept apart in a note
 * with its share of all pairs, so that it does not flatten the bars.
 */
function distributionChart(l: Labels, title: string, d: StatusDistribution): ExportChart {
  const answers = IMPLEMENTATION_STATUSES.reduce((n, s) => n + d[s], 0);
  const total = answers + d.no_information;
  return {
    title,
    bars: IMPLEMENTATION_STATUSES.map((s) => ({ label: l.status(s), value: d[s], share: answers ? d[s] / answers : 0 })),
    note: l.t('noInformationNote', { count: l.number(d.no_information), total: l.number(total), share: l.percent(total ? d.no_information / total : 0) }),
  };
}

const baseMeta = (l: Labels, s: { cycle: { name: string; opensOn: string; closesOn: string }; asOf: string; counting: 'accepted' | 'accepted_and_submitted' }): ExportMeta[] => [
  { label: l.t('cycle'), value: `${s.cycle.name}: ${l.date(s.cycle.opensOn)} – ${l.date(s.cycle.closesOn)}` },
  { label: l.t('asOf'), value: l.dateTime(s.asOf) },
  { label: l.t('counting'), value: l.counting(s.counting) },
];

/** A "Note" column for the group tables, only in a document with suppression (a focal point's). */
function noteColumn(
  l: Labels,
  s: { suppression: { minOtherStates: number } | null },
): { columns: ExportColumn[]; note: (g: { suppressed: boolean; suppressedReason: string | null }) => Record<string, string> } {
  if (!s.suppression) return { columns: [], note: () => ({}) };
  const text = l.t('suppressed', { n: s.suppression.minOtherStates });
  return {
    columns: [{ key: 'note', header: l.t('note'), width: 30 }],
    note: (g) => ({ note: g.suppressed ? (g.suppressedReason === 'COMPLEMENT' ? l.t('suppressedComplement') : text) : '' }),
  };
}

/** Under a table of States: which of them are "Other / not assigned" (none: no note). */
export function unassignedNote(l: Labels, states: { name: string; regionalGroup: string | null }[]): string | undefined {
  const none = states.filter((st) => !st.regionalGroup).map((st) => st.name);
  return none.length ? l.noneGroupNote(none) : undefined;
}

/** A table standing for a suppressed one: its name and why, no figure. */
function suppressedTable(l: Labels, name: string, why: string): ExportTable {
  return { name, columns: [{ key: 'note', header: l.t('note'), width: 60 }], rows: [{ note: why }] };
}

export function overviewDocument(s: OverviewDto, lang: DocLanguage = 'en'): ExportDocument {
  const l = labels(lang);
  const hidden = s.suppression ? l.t('suppressed', { n: s.suppression.minOtherStates }) : l.t('suppressed', { n: 0 });
  const { columns: note, note: noteOf } = noteColumn(l, s);
  const figure = (v: number | undefined) => (v === undefined ? hidden : l.number(v));
  const title = `${l.t('overviewTitle')}: ${s.cycle.name}`;
  const noneNote = s.byRegionalGroup.some((g) => !g.regionalGroup) ? l.noneGroupNote(s.unassignedStates.map((st) => st.name)) : undefined;
  const regions = s.byRegionalGroup.filter((g) => !g.suppressed && g.responseRate !== null && (g.expected ?? 0) > 0);
  const charts: ExportChart[] = [];
  if (s.statusDistribution) charts.push(distributionChart(l, l.t('statusDistribution'), s.statusDistribution));
  if (regions.length)
    charts.push({
      title: l.t('responseRateByGroup'),
      format: 'percent',
      bars: regions.map((g) => ({ label: l.region(g.regionalGroup), value: g.responseRate ?? 0, detail: `${g.reporting ?? 0}/${g.expected ?? 0}` })),
      note: regions.some((g) => !g.regionalGroup) ? noneNote : undefined,
    });
  return {
    title,
    shortTitle: title,
    lang,
    fileName: `overview-${slug(s.cycle.name)}${langSuffix(lang)}`,
    meta: [
      ...baseMeta(l, s),
      { label: l.t('recommendationsInScope'), value: l.number(s.recommendations) },
      { label: l.t('expectedStates'), value: figure(s.states?.expected) },
      { label: l.t('statesReporting'), value: figure(s.states?.reporting) },
      { label: l.t('responseRate'), value: s.states ? l.percent(s.states.responseRate) : hidden },
      { label: l.t('statesLate'), value: figure(s.states?.late) },
      { label: l.t('statesAssistance'), value: figure(s.assistance?.states) },
    ],
    tables: [
      s.statusDistribution ? distributionTable(l, s.statusDistribution) : suppressedTable(l, l.t('statusDistribution'), hidden),
      {
        name: l.t('byRegionalGroup'),
        columns: [
          { key: 'group', header: l.t('regionalGroup'), width: 28 },
          { key: 'expected', header: l.t('expected'), kind: 'number', width: 10 },
          { key: 'reporting', header: l.t('reporting'), kind: 'number', width: 10 },
          { key: 'responseRate', header: l.t('responseRate'), kind: 'percent', width: 12 },
          ...statusColumns(l),
          ...note,
        ],
        rows: s.byRegionalGroup.map((g) => ({
          group: l.region(g.regionalGroup),
          expected: g.expected,
          reporting: g.reporting,
          responseRate: g.responseRate,
          ...g.statusDistribution,
          ...noteOf(g),
        })),
        note: noneNote,
      },
      {
        name: l.t('bySession'),
        columns: [
          { key: 'session', header: l.t('session'), kind: 'number', width: 9 },
          { key: 'startDate', header: l.t('date'), kind: 'date', width: 14 },
          { key: 'recommendations', header: l.t('recommendations'), kind: 'number', width: 15 },
          { key: 'reports', header: l.t('reports'), kind: 'number', width: 10 },
          ...statusColumns(l),
          ...note,
        ],
        rows: s.bySession.map((g) => ({ session: g.session, startDate: g.startDate, recommendations: g.recommendations, reports: g.reports, ...g.statusDistribution, ...noteOf(g) })),
      },
      {
        name: l.t('byTheme'),
        columns: [
          { key: 'theme', header: l.t('theme'), width: 36 },
          { key: 'recommendations', header: l.t('recommendations'), kind: 'number', width: 15 },
          { key: 'reports', header: l.t('reports'), kind: 'number', width: 10 },
          ...statusColumns(l),
          ...note,
        ],
        rows: s.byTheme.map((g) => ({ theme: g.name, recommendations: g.recommendations, reports: g.reports, ...g.statusDistribution, ...noteOf(g) })),
      },
      {
        name: l.t('assistanceAsked'),
        columns: [
          { key: 'type', header: l.t('assistanceType'), width: 28 },
          { key: 'reports', header: l.t('reports'), kind: 'number', width: 10 },
        ],
        rows: s.assistance ? Object.entries(s.assistance.byType).map(([type, reports]) => ({ type: l.assistance(type), reports })) : [{ type: hidden, reports: null }],
      },
    ],
    charts,
  };
}

export function stateProfileDocument(s: StateProfileDto, lang: DocLanguage = 'en'): ExportDocument {
  const l = labels(lang);
  const title = l.t('stateTitle', { state: `${s.state.name} (${s.state.code})` });
  const narratives = s.items.filter((i) => i.narrativeExcerpt);
  return {
    title: `${title} — ${s.cycle.name}`,
    shortTitle: `${title} — ${s.cycle.name}`,
    lang,
    fileName: `state-${s.state.code.toLowerCase()}-${slug(s.cycle.name)}${langSuffix(lang)}`,
    meta: [
      ...baseMeta(l, s),
      { label: l.t('regionalGroup'), value: l.region(s.state.regionalGroup) },
      { label: l.t('protocol'), value: l.protocol(s.state.protocolStatus) },
      { label: l.t('applicable'), value: l.number(s.applicable) },
      { label: l.t('reported'), value: l.number(s.reported) },
      { label: l.t('accepted'), value: l.number(s.accepted) },
      { label: l.t('coverage'), value: l.percent(s.coverage) },
      { label: l.t('late'), value: l.number(s.late) },
      { label: l.t('assessmentsDiffer'), value: l.number(s.assessmentsDiffer) },
    ],
    tables: [
      distributionTable(l, s.statusDistribution),
      {
        name: l.t('recommendations'),
        columns: [
          { key: 'reference', header: l.t('reference'), width: 34 },
          { key: 'session', header: l.t('session'), kind: 'number', width: 9 },
          { key: 'status', header: l.t('selfAssessment'), width: 22 },
          { key: 'secretariat', header: l.t('secretariatAssessment'), width: 22 },
          { key: 'workflowState', header: l.t('workflow'), width: 14 },
          { key: 'lastUpdate', header: l.t('lastUpdate'), kind: 'datetime', width: 18 },
          { key: 'late', header: l.t('late'), kind: 'boolean', width: 7 },
          { key: 'assistance', header: l.t('assistance'), width: 22 },
        ],
        rows: s.items.map((i) => ({
          reference: i.reference,
          session: i.session,
          status: l.status(i.status),
          secretariat: i.secretariatStatus ? l.status(i.secretariatStatus) : '',
          workflowState: l.workflow(i.workflowState),
          lastUpdate: i.lastUpdate,
          late: i.counted ? i.late : null,
          assistance: i.assistanceNeeded ? l.assistance(i.assistanceType) : '',
        })),
      },
      {
        name: l.t('narratives'),
        columns: [
          { key: 'reference', header: l.t('reference'), width: 30 },
          { key: 'narrative', header: l.t('narrative'), width: 90 },
        ],
        rows: narratives.map((i) => ({ reference: i.reference, narrative: i.narrativeExcerpt })),
      },
      {
        name: l.t('assistanceNeeded'),
        columns: [
          { key: 'reference', header: l.t('reference'), width: 34 },
          { key: 'assistanceType', header: l.t('type'), width: 22 },
          { key: 'details', header: l.t('details'), width: 60 },
        ],
        rows: s.assistanceNeeded.map((a) => ({ reference: a.reference, assistanceType: l.assistance(a.assistanceType), details: a.details })),
      },
    ],
    charts: [distributionChart(l, `${l.t('statusDistribution')} — ${s.state.name}`, s.statusDistribution)],
  };
}

export function recommendationDocument(s: RecommendationSummaryDto, lang: DocLanguage = 'en'): ExportDocument {
  const l = labels(lang);
  const title = l.t('recommendationTitle', { reference: s.recommendation.reference });
  return {
    title: `${title} — ${s.cycle.name}`,
    shortTitle: title,
    lang,
    fileName: `recommendation-${slug(s.recommendation.reference)}${langSuffix(lang)}`,
    meta: [
      ...baseMeta(l, s),
      { label: l.t('recommendations'), value: s.recommendation.text },
      { label: l.t('statesReporting'), value: l.number(s.statesReporting) },
      { label: l.t('assessmentsDiffer'), value: l.number(s.assessmentsDiffer) },
    ],
    tables: [
      distributionTable(l, s.statusDistribution),
      {
        name: l.t('statesReporting'),
        columns: [
          { key: 'code', header: l.t('state'), width: 8 },
          { key: 'name', header: l.t('name'), width: 24 },
          { key: 'group', header: l.t('regionalGroup'), width: 22 },
          { key: 'status', header: l.t('selfAssessment'), width: 20 },
          { key: 'secretariat', header: l.t('secretariatAssessment'), width: 20 },
          { key: 'workflowState', header: l.t('workflow'), width: 14 },
          { key: 'lastUpdate', header: l.t('lastUpdate'), kind: 'datetime', width: 18 },
          { key: 'late', header: l.t('late'), kind: 'boolean', width: 7 },
        ],
        note: unassignedNote(l, s.states),
        rows: s.states.map((st) => ({
          code: st.code,
          name: st.name,
          group: l.region(st.regionalGroup),
          status: l.status(st.status),
          secretariat: st.secretariatStatus ? l.status(st.secretariatStatus) : '',
          workflowState: l.workflow(st.workflowState),
          lastUpdate: st.lastUpdate,
          late: st.late,
        })),
      },
      {
        name: l.t('narratives'),
        columns: [
          { key: 'code', header: l.t('state'), width: 8 },
          { key: 'narrative', header: l.t('narrative'), width: 100 },
        ],
        rows: s.states.filter((st) => st.narrativeExcerpt).map((st) => ({ code: `${st.name} (${st.code})`, narrative: st.narrativeExcerpt })),
      },
    ],
    charts: [distributionChart(l, l.t('statusDistribution'), s.statusDistribution)],
  };
}

export function nonReportingDocument(s: NonReportingDto, lang: DocLanguage = 'en'): ExportDocument {
  const l = labels(lang);
  const title = `${l.t('nonReportingTitle')} — ${s.cycle.name}`;
  return {
    title,
    shortTitle: title,
    lang,
    fileName: `non-reporting-${slug(s.cycle.name)}${langSuffix(lang)}`,
    meta: [...baseMeta(l, s), { label: l.t('expectedStates'), value: l.number(s.expected) }, { label: l.t('notReporting'), value: l.number(s.states.length) }],
    tables: [
      {
        name: l.t('nonReportingTitle'),
        columns: [
          { key: 'code', header: l.t('state'), width: 8 },
          { key: 'name', header: l.t('name'), width: 32 },
          { key: 'regionalGroup', header: l.t('regionalGroup'), width: 26 },
          { key: 'protocolStatus', header: l.t('protocol'), width: 12 },
          { key: 'pendingSubmissions', header: l.t('pendingSubmissions'), kind: 'number', width: 12 },
          { key: 'activeFocalPoints', header: l.t('focalPoints'), kind: 'number', width: 12 },
        ],
        rows: s.states.map((st) => ({
          code: st.code,
          name: st.name,
          regionalGroup: l.region(st.regionalGroup),
          protocolStatus: l.protocol(st.protocolStatus),
          pendingSubmissions: st.pendingSubmissions,
          activeFocalPoints: st.activeFocalPoints,
        })),
        note: unassignedNote(l, s.states),
      },
    ],
  };
}

export function trendsDocument(s: TrendsDto, lang: DocLanguage = 'en'): ExportDocument {
  const l = labels(lang);
  const { columns: note, note: noteOf } = noteColumn(l, s);
  // The State and the theme by name (a theme's code is no word a reader knows).
  const names = s.filterNames ?? { state: null, theme: null };
  const narrowing = [
    s.filters.state ? `${l.t('state')} ${names.state ? `${names.state} (${s.filters.state})` : s.filters.state}` : '',
    s.filters.theme ? `${l.t('theme')} ${names.theme ?? s.filters.theme}` : '',
    s.filters.recommendation ? l.t('recommendations') : '',
  ]
    .filter(Boolean)
    .join(', ');
  const fileNarrowing = Object.entries(s.filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const title = `${l.t('trendsTitle')}${narrowing ? ` — ${narrowing}` : ''}`;
  return {
    title,
    shortTitle: title,
    lang,
    fileName: `trends${fileNarrowing ? `-${slug(fileNarrowing)}` : ''}${langSuffix(lang)}`,
    meta: [
      { label: l.t('asOf'), value: l.dateTime(s.asOf) },
      { label: l.t('counting'), value: l.counting(s.counting) },
    ],
    tables: [
      {
        name: l.t('cycles'),
        columns: [
          { key: 'cycle', header: l.t('cycle'), width: 30 },
          { key: 'opensOn', header: l.t('opens'), kind: 'date', width: 12 },
          { key: 'recommendations', header: l.t('recommendations'), kind: 'number', width: 15 },
          { key: 'expected', header: l.t('expected'), kind: 'number', width: 10 },
          { key: 'reporting', header: l.t('reporting'), kind: 'number', width: 10 },
          { key: 'responseRate', header: l.t('responseRate'), kind: 'percent', width: 12 },
          { key: 'late', header: l.t('late'), kind: 'number', width: 8 },
          ...statusColumns(l),
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
    charts: [],
  };
}
