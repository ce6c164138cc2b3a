import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CATALOGUE_STAMP_SQL, CYCLES_STAMP_SQL, recommendationTextIn } from '#catalogue';
import { cachedRender, docLanguage, renderExport, renderTextDocument, type DocLanguage, type ExportDocument, type RenderedExport } from '#exports';
import { IMPLEMENTATION_STATUSES } from '#contracts';
import { reportAccess } from '#reporting';
import {
  STATUS_BUCKETS,
  type NonReportingDto,
  type OverviewDto,
  type RecommendationSummaryDto,
  type StateProfileDto,
  type StatusDistribution,
  type SessionDocumentQueryDto,
  type SummaryCycleDto,
  type OverviewQueryDto,
  type SummaryQueryDto,
  type SummaryTextQueryDto,
  type TrendsDto,
  type TrendsQueryDto,
} from './dto/summary.dto.js';
import { SummaryError } from './summary-errors.js';
import { nonReportingDocument, overviewDocument, recommendationDocument, stateProfileDocument, trendsDocument } from './summary-documents.js';
import {
  activeFocalPointAt,
  focalPointStateAt,
  nonReportingRollupSql,
  nonReportingSql,
  overviewRollupSql,
  overviewSql,
  recommendationSql,
  reportingStatesSql,
  stateProfileRollupSql,
  stateProfileSql,
  trendsRollupSql,
  trendsSql,
} from './summary-queries.js';
import { sessionDocument, type ReportingState } from './session-document.js';
import { enoughStates, minGroupStates, suppressGroups, type SuppressionReason } from './summary-suppression.js';

/** Who asks: secretariat (everything) or a focal point (the overall figures and its own State). */
export interface SummaryActor {
  id: string;
  role: string;
  stateCode: string | null;
}

type StatusCounts = Record<(typeof IMPLEMENTATION_STATUSES)[number], number>;

/** The statement parameters every summary query starts with ($1 cycles, $2 counted states, $3 asOf). */
export interface SummaryParams {
  cycleIds: string[];
  countedStates: string[];
  /** Passed to PostgreSQL as text: a JavaScript Date would cut the microseconds of an asOf we answered earlier. */
  asOf: string | null;
}

const ACCEPTED = ['accepted'];
const ACCEPTED_AND_SUBMITTED = ['submitted', 'under_review', 'accepted'];

const ratio = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : 0);

/** The six status counts plus "no information": the pairs nobody answered for. */
export function distribution(statuses: Partial<StatusCounts> | null | undefined, pairs: number): StatusDistribution {
  const out = Object.fromEntries(STATUS_BUCKETS.map((b) => [b, 0])) as StatusDistribution;
  let answered = 0;
  for (const s of IMPLEMENTATION_STATUSES) {
    out[s] = Number(statuses?.[s] ?? 0);
    answered += out[s];
  }
  out.no_information = Math.max(0, pairs - answered);
  return out;
}

/** The recommendation's text by the text rule (asked language, else English, else source), never null in this answer. */
function textIn(text: Record<string, string>, lang: string | undefined): { text: string; textLanguage: string | null } {
  const picked = recommendationTextIn(text, lang);
  return { text: picked.text ?? '', textLanguage: picked.textLanguage };
}

/** A State's or theme's name in the asked language, else English, else its code (the SQL's COALESCE twin). */
const nameIn = (names: Record<string, string> | null | undefined, lang: string | undefined, code: string): string =>
  (lang ? names?.[lang] : undefined) || names?.en || code;

/** The first 300 characters of a narrative: in the asked language, else English, else the first language given. */
function excerpt(narrative: Record<string, string> | null | undefined, lang?: string): string {
  if (!narrative || typeof narrative !== 'object') return '';
  const text = (lang ? narrative[lang] : undefined) ?? narrative.en ?? Object.values(narrative)[0] ?? '';
  return text.length > 300 ? `${text.slice(0, 299).trimEnd()}…` : text;
}

/** Only the secretariat sees every figure; anyone else (a focal point) gets the small-group rule. */
const restricted = (actor: SummaryActor) => actor.role !== 'secretariat';

const shown = { suppressed: false, suppressedReason: null } as const;
const hiddenAs = (reason: SuppressionReason) => ({ suppressed: true, suppressedReason: reason }) as const;

@Injectable()
export class SummariesService {
  /** The least number of other States behind a figure a focal point sees (SUMMARY_MIN_GROUP_STATES, default 3). */
  private readonly minOtherStates = minGroupStates();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Read-only, and may lag the primary a little: on the read replica when READ_DATABASE_URL is set (TypeORM's
   * 'slave' mode), else on the primary. Nothing here reads its own writes.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  private async read(sql: string, params: unknown[] = []): Promise<any> {
    const runner = this.dataSource.createQueryRunner('slave');
    try {
      return await runner.query(sql, params);
    } finally {
      await runner.release();
    }
  }

  /** Pending (submitted, under-review) answers are the secretariat's to count, except in a focal point's own State's figures. */
  private assertPendingAllowed(actor: SummaryActor, query: SummaryQueryDto, ownStateOnly: boolean): void {
    if (query.include === 'submitted' && restricted(actor) && !ownStateOnly) throw new SummaryError('PENDING_FIGURES_OWN_STATE_ONLY');
  }

  /** Parses the common query into statement parameters (and refuses a future asOf). */
  params(cycleIds: string[], query: SummaryQueryDto): SummaryParams {
    const asOf = query.asOf ?? null;
    if (asOf) {
      if (new Date(asOf).getTime() > Date.now()) throw new SummaryError('AS_OF_IN_FUTURE', undefined, { errors: [{ field: 'asOf', message: 'asOf cannot be in the future' }] });
    }
    return { cycleIds, countedStates: query.include === 'submitted' ? ACCEPTED_AND_SUBMITTED : ACCEPTED, asOf };
  }

  async overviewData(actor: SummaryActor, cycleId: string, query: OverviewQueryDto): Promise<OverviewDto> {
    this.assertPendingAllowed(actor, query, false);
    const p = this.params([cycleId], query);
    const article = query.article ?? null;
    if (article && (await this.read(`SELECT 1 FROM articles WHERE code = $1`, [article])).length === 0) throw new SummaryError('ARTICLE_NOT_FOUND');
    const limited = restricted(actor);
    type Statuses = Partial<StatusCounts> | null;
    const s = await this.run<{
      at: string;
      cycle: SummaryCycleDto | null;
      scope: number;
      total: { reports: number; accepted: number; states: number; lateStates: number; assistanceStates: number; assistanceReports: number };
      statuses: Statuses;
      regions: { regionalGroup: string | null; states: number; expected: number; reporting: number; reportingExpected: number; statuses: Statuses }[] | null;
      sessions: { number: number; startDate: string | null; recommendations: number; statuses: Statuses }[] | null;
      themes: { code: string; names: Record<string, string>; recommendations: number; statuses: Statuses }[] | null;
      assistanceByType: Record<string, number> | null;
      unassigned: { code: string; names: Record<string, string> }[] | null;
      contributors?: {
        total: string[] | null;
        regions: Record<string, string[]> | null;
        sessions: Record<string, string[]> | null;
        themes: Record<string, string[]> | null;
        assistance: Record<string, string[]> | null;
      };
    }>(
      // The rollup has no article dimension: a scope narrowed to one article is aggregated from the reports.
      article ? overviewSql(p.asOf !== null, limited, true) : (await this.fromRollup(p)) ? overviewRollupSql(p.asOf !== null, limited) : overviewSql(p.asOf !== null, limited),
      p,
      article ? [article] : [],
    );
    if (!s.cycle) throw new SummaryError('CYCLE_NOT_FOUND');
    const regions = s.regions ?? [];
    const populationSize = regions.reduce((n, g) => n + g.states, 0);
    const expected = regions.reduce((n, g) => n + g.expected, 0);
    const reportingExpected = regions.reduce((n, g) => n + g.reportingExpected, 0);
    const answers = (statuses: Statuses) => Object.values(statuses ?? {}).reduce((n: number, v) => n + Number(v ?? 0), 0);
    // For a focal point: which groups have too few other States behind them (none hidden for the secretariat).
    const own = actor.stateCode;
    const min = this.minOtherStates;
    const c = s.contributors;
    const groups = (keys: string[], of: Record<string, string[]> | null | undefined) =>
      limited ? suppressGroups(keys, new Map(Object.entries(of ?? {})), own, min) : new Map<string, SuppressionReason>();
    const overall = !limited || enoughStates(c?.total ?? [], own, min);
    const regionKey = (g: string | null) => g ?? '';
    const hiddenRegions = groups(regions.map((g) => regionKey(g.regionalGroup)), c?.regions);
    const hiddenSessions = groups((s.sessions ?? []).map((g) => String(g.number)), c?.sessions);
    const hiddenThemes = groups((s.themes ?? []).map((g) => g.code), c?.themes);
    const mark = (hidden: Map<string, SuppressionReason>, key: string) => {
      const reason = overall ? hidden.get(key) : 'FEWER_THAN_MIN_STATES';
      return reason ? hiddenAs(reason) : shown;
    };
    return {
      cycle: cycleDto(s.cycle),
      asOf: s.at,
      counting: p.countedStates === ACCEPTED ? 'accepted' : 'accepted_and_submitted',
      recommendations: s.scope,
      suppressed: !overall,
      suppression: limited ? { minOtherStates: min } : null,
      states: overall ? { expected, reporting: s.total.states, reportingExpected, responseRate: ratio(reportingExpected, expected), late: s.total.lateStates } : null,
      reports: overall ? { accepted: s.total.accepted, pending: s.total.reports - s.total.accepted } : null,
      statusDistribution: overall ? distribution(s.statuses, populationSize * s.scope) : null,
      byRegionalGroup: regions
        .map((g) => {
          const m = mark(hiddenRegions, regionKey(g.regionalGroup));
          if (m.suppressed) return { regionalGroup: g.regionalGroup, states: null, expected: null, reporting: null, responseRate: null, statusDistribution: null, ...m };
          return {
            regionalGroup: g.regionalGroup,
            states: g.states,
            expected: g.expected,
            reporting: g.reporting,
            responseRate: ratio(g.reportingExpected, g.expected),
            statusDistribution: distribution(g.statuses, g.states * s.scope),
            ...m,
          };
        })
        .sort((a, b) => (a.regionalGroup ?? '~').localeCompare(b.regionalGroup ?? '~')),
      bySession: (s.sessions ?? []).map((g) => {
        const m = mark(hiddenSessions, String(g.number));
        return {
          session: g.number,
          startDate: g.startDate,
          recommendations: g.recommendations,
          reports: m.suppressed ? null : answers(g.statuses),
          statusDistribution: m.suppressed ? null : distribution(g.statuses, populationSize * g.recommendations),
          ...m,
        };
      }),
      byTheme: (s.themes ?? []).map((g) => {
        const m = mark(hiddenThemes, g.code);
        return {
          theme: g.code,
          name: nameIn(g.names, query.lang, g.code),
          names: g.names,
          recommendations: g.recommendations,
          reports: m.suppressed ? null : answers(g.statuses),
          statusDistribution: m.suppressed ? null : distribution(g.statuses, populationSize * g.recommendations),
          ...m,
        };
      }),
      unassignedStates: (s.unassigned ?? []).map((st) => ({ code: st.code, name: nameIn(st.names, query.lang, st.code) })),
      assistance: this.assistance(limited, overall, s.total, s.assistanceByType ?? {}, c?.assistance ?? {}, own),
    };
  }

  /** Assistance asked; for a focal point, null over too few other States, and the rarely asked types summed as `suppressed`. */
  private assistance(
    limited: boolean,
    overall: boolean,
    total: { assistanceStates: number; assistanceReports: number },
    byType: Record<string, number>,
    contributors: Record<string, string[]>,
    own: string | null,
  ): OverviewDto['assistance'] {
    if (!limited) return { states: total.assistanceStates, reports: total.assistanceReports, byType };
    const min = this.minOtherStates;
    if (!overall || !enoughStates(Object.values(contributors).flat(), own, min)) return null;
    const hidden = suppressGroups(Object.keys(byType), new Map(Object.entries(contributors)), own, min);
    const out: Record<string, number> = {};
    for (const [type, n] of Object.entries(byType)) {
      const key = hidden.has(type) ? 'suppressed' : type;
      out[key] = (out[key] ?? 0) + n;
    }
    return { states: total.assistanceStates, reports: total.assistanceReports, byType: out };
  }

  async stateProfileData(actor: SummaryActor, cycleId: string, stateCode: string, query: SummaryTextQueryDto): Promise<StateProfileDto> {
    this.assertOwnState(actor, stateCode);
    // Its own State's figures only: a focal point may count its own pending answers.
    this.assertPendingAllowed(actor, query, true);
    const p = this.params([cycleId], query);
    const s = await this.run<{
      at: string;
      cycle: SummaryCycleDto | null;
      state: { code: string; names: Record<string, string>; regionalGroup: string | null } | null;
      scope: number;
      expected: boolean;
      protocolStatus: string;
      totals: { reported: number; accepted: number; acceptedNotApplicable: number; late: number; statuses: StatusCounts };
      items: (Omit<StateProfileDto['items'][number], 'narrativeExcerpt'> & { assistanceDetails: string | null; narrative: Record<string, string> | null })[] | null;
    }>((await this.fromRollup(p)) ? stateProfileRollupSql(p.asOf !== null) : stateProfileSql(p.asOf !== null), p, [stateCode, query.lang ?? null]);
    if (!s.cycle) throw new SummaryError('CYCLE_NOT_FOUND');
    const state = s.state;
    if (!state) throw new SummaryError('STATE_NOT_FOUND');
    const applicable = s.scope - s.totals.acceptedNotApplicable;
    const items = s.items ?? [];
    return {
      cycle: cycleDto(s.cycle),
      asOf: s.at,
      counting: p.countedStates === ACCEPTED ? 'accepted' : 'accepted_and_submitted',
      state: { code: state.code, name: nameIn(state.names, query.lang, state.code), regionalGroup: state.regionalGroup, protocolStatus: s.protocolStatus, expected: s.expected },
      applicable,
      reported: s.totals.reported,
      accepted: s.totals.accepted,
      coverage: ratio(s.totals.reported - s.totals.acceptedNotApplicable, applicable),
      late: s.totals.late,
      statusDistribution: distribution(s.totals.statuses, s.scope),
      assistanceNeeded: items
        .filter((i) => i.counted && i.assistanceNeeded)
        .map((i) => ({ recommendationId: i.recommendationId, reference: i.reference, assistanceType: i.assistanceType, details: i.assistanceDetails })),
      items: items.map((i) => ({
        recommendationId: i.recommendationId,
        reference: i.reference,
        session: i.session,
        text: i.text,
        textLanguage: i.textLanguage,
        status: i.status,
        workflowState: i.workflowState,
        counted: i.counted,
        lastUpdate: i.lastUpdate,
        late: i.late,
        assistanceNeeded: i.assistanceNeeded,
        assistanceType: i.assistanceType,
        secretariatStatus: i.secretariatStatus ?? null,
        narrativeExcerpt: i.narrative ? excerpt(i.narrative, query.lang) : null,
      })),
      assessmentsDiffer: items.filter((i) => i.counted && i.secretariatStatus && i.secretariatStatus !== i.status).length,
    };
  }

  async recommendationData(actor: SummaryActor, cycleId: string, recommendationId: string, query: SummaryTextQueryDto): Promise<RecommendationSummaryDto> {
    const cycle = await this.cycle(cycleId);
    const [rec]: { id: string; reference: string; label: string | null; text: Record<string, string>; number: number }[] = await this.read(
      `SELECT r.id, r.reference, r.label, r.text, s.number FROM recommendations r JOIN sessions s ON s.id = r.session_id WHERE r.id = $1`,
      [recommendationId],
    );
    if (!rec) throw new SummaryError('RECOMMENDATION_NOT_FOUND');
    const p = this.params([cycleId], query);
    const s = await this.run<{
      at: string;
      inScope: boolean;
      population: number;
      statuses: StatusCounts;
      states:
        | {
            code: string;
            name: string;
            regionalGroup: string | null;
            status: string;
            workflowState: string;
            lastUpdate: string;
            late: boolean;
            assistanceNeeded: boolean;
            narrative: Record<string, string> | null;
            secretariatStatus: string | null;
            reportId: string;
            fileCount: number;
          }[]
        | null;
    }>(recommendationSql(p.asOf !== null), p, [recommendationId, query.lang ?? null]);
    if (!s.inScope) throw new SummaryError('NOT_IN_SCOPE');
    const states = s.states ?? [];
    return {
      cycle,
      asOf: s.at,
      counting: p.countedStates === ACCEPTED ? 'accepted' : 'accepted_and_submitted',
      recommendation: { id: rec.id, reference: rec.reference, session: rec.number, label: rec.label, ...textIn(rec.text, query.lang) },
      statesReporting: states.length,
      statusDistribution: distribution(s.statuses, s.population),
      assessmentsDiffer: states.filter((st) => st.secretariatStatus && st.secretariatStatus !== st.status).length,
      states: states.map(({ narrative, ...rest }) => ({ ...rest, secretariatStatus: rest.secretariatStatus ?? null, narrativeExcerpt: excerpt(narrative, query.lang) })),
    };
  }

  async nonReportingData(actor: SummaryActor, cycleId: string, query: SummaryQueryDto): Promise<NonReportingDto> {
    const cycle = await this.cycle(cycleId);
    const p = this.params([cycleId], query);
    const sql = (await this.fromRollup(p)) ? nonReportingRollupSql(p.asOf !== null) : nonReportingSql(p.asOf !== null);
    type Row = Omit<NonReportingDto['states'][number], 'hasPendingSubmission' | 'focalPoints' | 'lastRemindedAt'>;
    const s = await this.run<{ at: string; expected: number; states: Row[] | null }>(sql, p, [query.lang ?? null]);
    const states = s.states ?? [];
    // Whom a reminder reached and when it last went, both at the figures' moment (so an asOf reproduces them).
    const contacts: { code: string; focalPoints: NonReportingDto['states'][number]['focalPoints'] | null; lastRemindedAt: string | null }[] = states.length
      ? await this.read(
          `SELECT c.code,
                  (SELECT json_agg(json_build_object('name', u.name, 'email', u.email, 'language', u.language) ORDER BY u.name, u.email)
                     FROM users u WHERE ${activeFocalPointAt('u')} AND ${focalPointStateAt('u')} = c.code) AS "focalPoints",
                  (SELECT to_char(max(n.created_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') FROM notifications n JOIN users u ON u.id = n.user_id
                    WHERE n.kind = 'cycle.deadline' AND n.data->>'cycleId' = $2::text AND COALESCE(n.data->>'stateCode', u.state_code) = c.code
                      AND n.created_at <= $3::timestamptz) AS "lastRemindedAt"
             FROM unnest($1::text[]) AS c(code)`,
          [states.map((st) => st.code), cycleId, s.at],
        )
      : [];
    const byCode = new Map(contacts.map((c) => [c.code, c]));
    return {
      cycle,
      asOf: s.at,
      counting: p.countedStates === ACCEPTED ? 'accepted' : 'accepted_and_submitted',
      expected: s.expected,
      states: states.map((st) => ({
        ...st,
        hasPendingSubmission: st.pendingSubmissions > 0,
        focalPoints: byCode.get(st.code)?.focalPoints ?? [],
        lastRemindedAt: byCode.get(st.code)?.lastRemindedAt ?? null,
      })),
    };
  }

  async trendsData(actor: SummaryActor, query: TrendsQueryDto): Promise<TrendsDto> {
    const state = query.state?.toUpperCase() ?? null;
    if (actor.role !== 'secretariat' && state !== null) this.assertOwnState(actor, state);
    // Narrowed to its own State, every figure is the focal point's own; otherwise they are over other States too.
    const ownOnly = state !== null && state === actor.stateCode;
    this.assertPendingAllowed(actor, query, ownOnly);
    const limited = restricted(actor) && !ownOnly;
    const filterNames: TrendsDto['filterNames'] = { state: null, theme: null };
    if (state) {
      const [row]: { names: Record<string, string> }[] = await this.read(`SELECT names FROM states WHERE code = $1`, [state]);
      if (!row) throw new SummaryError('STATE_NOT_FOUND');
      filterNames.state = nameIn(row.names, query.lang, state);
    }
    if (query.recommendation) {
      const [row] = await this.read(`SELECT 1 FROM recommendations WHERE id = $1`, [query.recommendation]);
      if (!row) throw new SummaryError('RECOMMENDATION_NOT_FOUND');
    }
    if (query.theme) {
      const [row]: { names: Record<string, string> }[] = await this.read(`SELECT names FROM themes WHERE code = $1`, [query.theme]);
      if (!row) throw new SummaryError('THEME_NOT_FOUND');
      filterNames.theme = nameIn(row.names, query.lang, query.theme);
    }
    // Cycles that existed at the time, oldest first.
    const cycles: SummaryCycleDto[] = (
      await this.read(
        `SELECT id, name, status, opens_on AS "opensOn", closes_on AS "closesOn" FROM reporting_cycles
          WHERE created_at <= COALESCE($1::timestamptz, now()) ORDER BY opens_on, created_at`,
        [query.asOf ?? null],
      )
    ).map(cycleDto);
    const p = this.params(
      cycles.map((c) => c.id),
      query,
    );
    const s = await this.run<{
      at: string;
      cycles:
        | { cycle_id: string; scope: number; population: number; expected: number; reporting: number; reporting_expected: number; late: number; reports: number; statuses: StatusCounts; contributors?: string[] | null }[]
        | null;
    }>(
      // The rollup has no per-recommendation cells: narrowed to one recommendation, its reports are read instead.
      !query.recommendation && (await this.fromRollup(p)) ? trendsRollupSql(p.asOf !== null, limited) : trendsSql(p.asOf !== null, limited, !!query.recommendation),
      p,
      [query.recommendation ?? null, state, query.theme ?? null],
    );
    const points = new Map((s.cycles ?? []).map((c) => [c.cycle_id, c]));
    return {
      asOf: s.at,
      counting: p.countedStates === ACCEPTED ? 'accepted' : 'accepted_and_submitted',
      suppression: limited ? { minOtherStates: this.minOtherStates } : null,
      filters: { recommendation: query.recommendation ?? null, state, theme: query.theme ?? null },
      filterNames,
      cycles: cycles.map((cycle) => {
        const c = points.get(cycle.id)!;
        if (limited && !enoughStates(c.contributors ?? [], actor.stateCode, this.minOtherStates)) {
          const none = { expected: null, reporting: null, responseRate: null, late: null, reports: null, statusDistribution: null };
          return { cycle, recommendations: Number(c.scope), ...none, ...hiddenAs('FEWER_THAN_MIN_STATES') };
        }
        return {
          ...shown,
          cycle,
          recommendations: Number(c.scope),
          expected: Number(c.expected),
          reporting: Number(c.reporting),
          responseRate: ratio(Number(c.reporting_expected), Number(c.expected)),
          late: Number(c.late),
          reports: Number(c.reports),
          statusDistribution: distribution(c.statuses, Number(c.population) * Number(c.scope)),
        };
      }),
    };
  }

  /** JSON, or the same figures as CSV/XLSX/PDF (`?format=`). */
  async overview(actor: SummaryActor, cycleId: string, query: OverviewQueryDto): Promise<OverviewDto | RenderedExport> {
    return this.output(actor, ['overview', cycleId, query.article ?? ''], [cycleId], query, () => this.overviewData(actor, cycleId, query), overviewDocument);
  }

  /** JSON, or the same figures as CSV/XLSX/PDF (`?format=`). */
  async stateProfile(actor: SummaryActor, cycleId: string, stateCode: string, query: SummaryTextQueryDto): Promise<StateProfileDto | RenderedExport> {
    return this.output(actor, ['state', cycleId, stateCode], [cycleId], query, () => this.stateProfileData(actor, cycleId, stateCode, query), stateProfileDocument);
  }

  /** JSON, or the same figures as CSV/XLSX/PDF (`?format=`). */
  async recommendation(actor: SummaryActor, cycleId: string, recommendationId: string, query: SummaryTextQueryDto): Promise<RecommendationSummaryDto | RenderedExport> {
    return this.output(actor, ['recommendation', cycleId, recommendationId], [cycleId], query, () => this.recommendationData(actor, cycleId, recommendationId, query), recommendationDocument);
  }

  /** JSON, or the same figures as CSV/XLSX/PDF (`?format=`). */
  async nonReporting(actor: SummaryActor, cycleId: string, query: SummaryQueryDto): Promise<NonReportingDto | RenderedExport> {
    return this.output(actor, ['non-reporting', cycleId], [cycleId], query, () => this.nonReportingData(actor, cycleId, query), nonReportingDocument);
  }

  /** JSON, or the same figures as CSV/XLSX/PDF (`?format=`). */
  async trends(actor: SummaryActor, query: TrendsQueryDto): Promise<TrendsDto | RenderedExport> {
    const what = ['trends', query.recommendation ?? '', query.state?.toUpperCase() ?? '', query.theme ?? ''];
    return this.output(actor, what, null, query, () => this.trendsData(actor, query), trendsDocument);
  }

  /**
   * The session document ("Implementation of the recommendations adopted by the Working Group") for a cycle and an
   * asOf: the overview's figures and the States that reported, as an editable Word document (or PDF, Markdown).
   */
  async sessionDocument(actor: SummaryActor, cycleId: string, query: SessionDocumentQueryDto): Promise<RenderedExport> {
    const format = query.format ?? 'docx';
    const figures = { include: query.include, asOf: query.asOf, lang: query.lang };
    return this.cachedDocument(actor, ['session-document', cycleId], [cycleId], figures, format, async (lang) => {
      const overview = await this.overviewData(actor, cycleId, figures);
      const p = this.params([cycleId], figures);
      const reporting = await this.run<{ states: ReportingState[] | null }>(reportingStatesSql(p.asOf !== null), p);
      return renderTextDocument(sessionDocument(overview, reporting.states ?? [], lang), format);
    });
  }

  /**
   * The data as JSON, or rendered: from the cache when nothing it depends on changed (the key holds what document, who
   * asks — a focal point's figures are suppressed —, the query, and the stamps of the catalogue and of the cycles),
   * else rendered under the user's render limit (429 TOO_MANY_RENDERS beyond it). A refused request renders nothing,
   * so a refusal is never cached.
   */
  async output<T>(
    actor: SummaryActor,
    what: string[],
    cycleIds: string[] | null,
    query: SummaryQueryDto,
    data: () => Promise<T>,
    document: (data: T, lang: DocLanguage) => ExportDocument,
  ): Promise<T | RenderedExport> {
    const format = query.format;
    if (!format || format === 'json') return data();
    return this.cachedDocument(actor, what, cycleIds, query, format, async (lang) => renderExport(document(await data(), lang), format));
  }

  /** A rendered document through the cache (see `output`), for any format. */
  async cachedDocument(
    actor: SummaryActor,
    what: string[],
    cycleIds: string[] | null,
    query: { include?: string; asOf?: string; lang?: string },
    format: string,
    render: (lang: DocLanguage) => Promise<RenderedExport>,
  ): Promise<RenderedExport> {
    const lang = docLanguage(query.lang);
    const key = async () => {
      const [{ stamp: catalogue }]: { stamp: string }[] = await this.dataSource.query(CATALOGUE_STAMP_SQL);
      const [{ stamp: cycles }]: { stamp: string }[] = await this.dataSource.query(CYCLES_STAMP_SQL, [cycleIds]);
      return ['summary', ...what, actor.role, actor.stateCode ?? '', query.include ?? '', query.asOf ?? '', lang, format, catalogue, cycles].join('|');
    };
    return cachedRender(key, actor.id, () => render(lang), () => new SummaryError('TOO_MANY_RENDERS'));
  }

  /**
   * Whether the rollup answers: always for "now"; as of a time, when its history reaches back that far (the epoch: the
   * migration's backfill). Before it, the summaries are computed from the reports' state-change history as before.
   */
  private async fromRollup(p: SummaryParams): Promise<boolean> {
    if (p.asOf === null) return true;
    const [row]: { covered: boolean }[] = await this.dataSource.query(`SELECT $1::timestamptz >= started_at AS covered FROM summary_rollup_epoch`, [p.asOf]);
    return row?.covered === true;
  }

  /** Runs one summary statement (one snapshot) and returns its JSON document. */
  private async run<T>(sql: string, p: SummaryParams, extra: unknown[] = []): Promise<T> {
    const [row]: { summary: T }[] = await this.read(sql, [p.cycleIds, p.countedStates, p.asOf, ...extra]);
    return row.summary;
  }

  private async cycle(id: string): Promise<SummaryCycleDto> {
    const [row] = await this.read(`SELECT id, name, status, opens_on AS "opensOn", closes_on AS "closesOn" FROM reporting_cycles WHERE id = $1`, [id]);
    if (!row) throw new SummaryError('CYCLE_NOT_FOUND');
    return cycleDto(row);
  }

  /** A State's figures: the secretariat any State, a focal point its own — the reports' access policy decides. */
  private assertOwnState(actor: SummaryActor, stateCode: string): void {
    reportAccess.state(actor, stateCode, 'read');
  }
}

function cycleDto(row: { id: string; name: string; status: string; opensOn: string | Date; closesOn: string | Date }): SummaryCycleDto {
  const day = (d: string | Date) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10));
  return { id: row.id, name: row.name, status: row.status, opensOn: day(row.opensOn), closesOn: day(row.closesOn) };
}
