import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFieldNames, diffFields } from '#audit';
import { assertIfMatch, CommonError, ifNoneMatchHits, isoTimestampSql, pageOf, pageOffset, type FieldError, type Page } from '#common';
import { openingWords, recommendationSearchSql, recommendationTextIn, searchTermsOf, tableStamp, type SearchTerm } from '#catalogue';
import { reportAccess, type ReportActor, type ReportViewer } from './access.js';
import type {
  BulkReportItemDto,
  CommentDto,
  QuestionnaireQuery,
  RecommendationContextDto,
  ReportContentDto,
  ReportDto,
  ReportRowDto,
  ReviewDto,
  ReviewQueueItemDto,
  ReviewQueueQuery,
  HistoryDto,
  HistoryReviewDto,
} from './dto/report.dto.js';
import { ImplementationReport } from './entities/implementation-report.entity.js';
import { ReportReview } from './entities/report-review.entity.js';
import { ReportVersion } from './entities/report-version.entity.js';
import { ReportingCycle } from './entities/reporting-cycle.entity.js';
import { CONTENT_FIELDS, contentOf, contentProblems, EMPTY_CONTENT, mergeContent, submitBlockers } from './report-content.js';
import { nextState, type FromState, type WorkflowAction, type WorkflowActor } from '#contracts';
import { ReportError } from './reporting-errors.js';
import { findReportForUpdate, type ReportKey } from './report-locks.js';
import { CITED_SQL, EvidenceService, type EvidenceFileDto } from './evidence.service.js';
import { NotificationsService, type Outbox } from '#notifications';
import { lateNow, stateDeadline } from './deadlines.js';

export type { ReportKey } from './report-locks.js';

export interface SavedReport {
  report: ReportDto;
  created: boolean;
}

/** Only the assembler calls it: every answer with a report carries its files and the last return comment. */
const toDto = (r: ImplementationReport, files: EvidenceFileDto[], lastReturnComment: string | null): ReportDto => ({
  id: r.id,
  cycleId: r.cycleId,
  stateCode: r.stateCode,
  recommendationId: r.recommendationId,
  workflowState: r.workflowState,
  ...contentOf(r),
  secretariatAssessment: r.secretariatAssessment,
  carriedFromId: r.carriedFromId,
  submissions: r.submissions,
  late: r.late,
  version: r.version,
  updatedAt: r.updatedAt.toISOString(),
  lastReturnComment,
  files,
});

/** A report the State has not saved yet: an empty draft to start from (no id, no version, so no ETag). */
const notStarted = (key: ReportKey): ReportDto => ({
  id: null,
  ...key,
  workflowState: 'not_started',
  ...EMPTY_CONTENT,
  secretariatAssessment: null,
  carriedFromId: null,
  submissions: 0,
  late: false,
  version: null,
  updatedAt: null,
  lastReturnComment: null,
  files: [],
});

/**
 * The secretariat's comment on the current submission when it returned it (a returned report, or one the State has
 * edited since, until it submits again). `ir` is implementation_reports.
 */
const LAST_RETURN_COMMENT_SQL = `(SELECT rv.comment FROM report_reviews rv
   WHERE rv.report_id = ir.id AND rv.kind = 'return' AND rv.version_number = ir.submissions AND ir.submissions > 0
   ORDER BY rv.created_at DESC, rv.id DESC LIMIT 1)`;

/** What a row says of its recommendation; `r` recommendations, `s` sessions, `sec` sections, `p` the parent. */
const CONTEXT_SELECT = `r.reference, r.text, s.number AS session, sec.key AS "sectionKey", sec.heading AS "sectionHeading", p.text AS "parentText"`;
const CONTEXT_JOINS = `JOIN sessions s ON s.id = r.session_id LEFT JOIN sections sec ON sec.id = r.section_id LEFT JOIN recommendations p ON p.id = r.parent_id`;

interface ContextRow {
  reference: string;
  text: Record<string, string>;
  session: number;
  sectionKey: string | null;
  sectionHeading: Record<string, string> | null;
  parentText: Record<string, string> | null;
}

function contextOf(row: ContextRow, lang: string | undefined): RecommendationContextDto {
  const text = recommendationTextIn(row.text, lang);
  return {
    reference: row.reference,
    text: text.text,
    textLanguage: text.textLanguage,
    section: row.sectionKey === null ? null : { key: row.sectionKey, heading: recommendationTextIn(row.sectionHeading, text.textLanguage ?? lang).text },
    session: row.session,
    parentOpening: row.parentText ? openingWords(recommendationTextIn(row.parentText, text.textLanguage ?? lang).text) : null,
  };
}

/** The rows whose answer a focal point can still submit (or start): `incomplete` is said of these only. */
const SUBMITTABLE = new Set(['not_started', 'draft', 'returned']);

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly notifications: NotificationsService,
  ) {}

  /** One row per in-scope recommendation, a page of them; "not_started" where the State has no report (no information). */
  async listForState(actor: ReportActor, cycleId: string, stateCode: string, query: QuestionnaireQuery, only: string[] | null = null): Promise<Page<ReportRowDto>> {
    const viewer = reportAccess.state(actor, stateCode, 'read');
    await this.findCycle(this.dataSource.manager, cycleId);
    await this.assertState(stateCode);
    return this.questionnaireRows(viewer, cycleId, stateCode, query, only);
  }

  /**
   * The questionnaire as its route answers it (a focal point's most reloaded page): the validator first — its
   * statement also checks the cycle and the State (404) — then, unless `ifNoneMatch` names it, the page. Two
   * statements in all (the list's own cycle and State look-ups were two more): each round trip to PostgreSQL is a
   * large share of the request's Node CPU (issue 21's profile: the socket writes of the queries).
   */
  async questionnaire(
    actor: ReportActor,
    cycleId: string,
    stateCode: string,
    query: QuestionnaireQuery,
    ifNoneMatch: string | undefined,
  ): Promise<{ tag: string; page: Page<ReportRowDto> | null }> {
    // The validator before the rows: rows changed after it make the next request miss, never the reverse.
    const tag = await this.questionnaireTag(actor, cycleId, stateCode, query);
    if (ifNoneMatchHits(ifNoneMatch, tag)) return { tag, page: null };
    return { tag, page: await this.questionnaireRows(reportAccess.state(actor, stateCode, 'read'), cycleId, stateCode, query, null) };
  }

  private async questionnaireRows(viewer: ReportViewer, cycleId: string, stateCode: string, query: QuestionnaireQuery, only: string[] | null): Promise<Page<ReportRowDto>> {
    const visible = reportAccess.contentVisibleSql('$3', 'ir.workflow_state');
    const params: unknown[] = [cycleId, stateCode, viewer, pageOffset(query), query.limit, only];
    const terms = searchTermsOf(query.q);
    const search = terms.length ? `AND ${recommendationSearchSql('r', terms, query.lang, (v) => `$${params.push(v)}`).where}` : '';
    const rows: (ContextRow &
      Omit<ReportRowDto, keyof RecommendationContextDto | 'themes' | 'incomplete'> & { naNarrative: Record<string, string> | null; themes: { code: string; names: Record<string, string> }[]; total: string })[] = await this.dataSource.query(
      `SELECT cr.recommendation_id AS "recommendationId", ${CONTEXT_SELECT}, ir.id AS "reportId",
              COALESCE(ir.workflow_state, 'not_started') AS "workflowState",
              CASE WHEN ${visible} THEN ir.implementation_status END AS "implementationStatus",
              ir.version, ${isoTimestampSql('ir.updated_at')} AS "updatedAt", COALESCE(ir.late, false) AS late,
              ${LAST_RETURN_COMMENT_SQL} AS "lastReturnComment",
              CASE WHEN ir.id IS NOT NULL AND ${visible} THEN
                (SELECT count(*)::int FROM evidence_files f WHERE f.report_id = ir.id AND f.removed_at IS NULL AND ($3 <> 'secretariat' OR ${CITED_SQL}))
              ELSE 0 END AS "fileCount",
              CASE WHEN ${visible} AND ir.implementation_status = 'not_applicable' THEN ir.narrative END AS "naNarrative",
              COALESCE((SELECT json_agg(json_build_object('code', th.code, 'names', th.names) ORDER BY th.code)
                          FROM recommendation_themes rt JOIN themes th ON th.id = rt.theme_id WHERE rt.recommendation_id = COALESCE(r.root_id, r.id)), '[]') AS themes,
              count(*) OVER () AS total
         FROM cycle_recommendations cr
         JOIN recommendations r ON r.id = cr.recommendation_id
         ${CONTEXT_JOINS}
         LEFT JOIN implementation_reports ir ON ir.cycle_id = cr.cycle_id AND ir.recommendation_id = cr.recommendation_id AND ir.state_code = $2
        WHERE cr.cycle_id = $1 AND ($6::uuid[] IS NULL OR cr.recommendation_id = ANY($6::uuid[])) ${search}
        ORDER BY s.number, r.ordinal
        OFFSET $4 LIMIT $5`,
      params,
    );
    // Past the last page there is no row to carry the total.
    const total = rows.length ? Number(rows[0].total) : only ? 0 : await this.scopeSize(cycleId, terms, query.lang);
    const items = rows.map((row) => ({
      recommendationId: row.recommendationId,
      ...contextOf(row, query.lang),
      reportId: row.reportId,
      workflowState: row.workflowState,
      implementationStatus: row.implementationStatus,
      version: row.version,
      updatedAt: row.updatedAt,
      late: row.late,
      lastReturnComment: row.lastReturnComment,
      fileCount: row.fileCount,
      themes: row.themes.map((th) => ({ code: th.code, name: th.names[query.lang ?? 'en'] ?? th.names.en ?? th.code })),
      // What submit would refuse now, by submit's own rule; said to the State only (it alone submits).
      incomplete:
        viewer === 'secretariat' || !SUBMITTABLE.has(row.workflowState)
          ? []
          : submitBlockers({ implementationStatus: row.implementationStatus as ImplementationReport['implementationStatus'], narrative: row.naNarrative ?? {} }),
    }));
    return pageOf(items, total, query);
  }

  /**
   * A weak validator of a State's questionnaire as `actor` sees it with `query` (issue 21): it changes whenever a row
   * of any page could — a report of the State in the cycle (count and sum of their versions: every change of a
   * report, its files or its review bumps its version, and versions only grow), a recommendation of the scope or its
   * parent (their versions), a session, an import (sections come with imports). Computed in one small statement,
   * no row is built; the cycle and the State must exist (404 otherwise), as for the list.
   */
  async questionnaireTag(actor: ReportActor, cycleId: string, stateCode: string, query: QuestionnaireQuery): Promise<string> {
    const viewer = reportAccess.state(actor, stateCode, 'read');
    const [row]: { cycle: boolean; state: boolean; tag: string }[] = await this.dataSource.query(
      `SELECT EXISTS (SELECT 1 FROM reporting_cycles WHERE id = $1) AS cycle, EXISTS (SELECT 1 FROM states WHERE code = $2) AS state,
              'W/"q' || left(md5(concat_ws('|', $3::text,
                (SELECT count(*) || ':' || COALESCE(sum(ir.version), 0) FROM implementation_reports ir WHERE ir.cycle_id = $1 AND ir.state_code = $2),
                (SELECT count(*) || ':' || COALESCE(sum(r.version), 0) || ':' || COALESCE(sum(p.version), 0)
                   FROM cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id LEFT JOIN recommendations p ON p.id = r.parent_id
                  WHERE cr.cycle_id = $1),
                (SELECT max(updated_at)::text FROM sessions), (SELECT max(imported_at)::text FROM imports),
                ${tableStamp('themes')}, ${tableStamp('recommendation_themes')})), 20) || '"' AS tag`,
      [cycleId, stateCode, JSON.stringify([viewer, query.page, query.limit, query.lang ?? null, ...(query.q ? [query.q] : [])])],
    );
    if (!row.cycle) throw new ReportError('CYCLE_NOT_FOUND');
    if (!row.state) throw new ReportError('STATE_NOT_FOUND');
    return row.tag;
  }

  /** The rows of the cycle's scope (those a search finds, with `terms`). */
  private async scopeSize(cycleId: string, terms: SearchTerm[] = [], lang?: string): Promise<number> {
    const params: unknown[] = [cycleId];
    const search = terms.length ? `AND ${recommendationSearchSql('r', terms, lang, (v) => `$${params.push(v)}`).where}` : '';
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM cycle_recommendations cr JOIN recommendations r ON r.id = cr.recommendation_id WHERE cr.cycle_id = $1 ${search}`,
      params,
    );
    return row?.n ?? 0;
  }

  /**
   * The one report assembler: every answer that carries a report (get, save, submit, withdraw, review, the queue)
   * comes through here, so each has the files the viewer may see and the last return comment.
   */
  private async assemble(em: EntityManager, reports: ImplementationReport[], viewer: ReportViewer): Promise<ReportDto[]> {
    const ids = reports.map((r) => r.id);
    const files = await this.evidence.filesOfMany(ids, em, reportAccess.evidenceScope(viewer));
    const comments = new Map<string, string | null>();
    if (ids.length) {
      const rows: { id: string; comment: string | null }[] = await em.query(
        `SELECT ir.id, ${LAST_RETURN_COMMENT_SQL} AS comment FROM implementation_reports ir WHERE ir.id = ANY($1::uuid[])`,
        [ids],
      );
      for (const row of rows) comments.set(row.id, row.comment);
    }
    return reports.map((r) => toDto(r, files.get(r.id) ?? [], comments.get(r.id) ?? null));
  }

  private async assembleOne(em: EntityManager, report: ImplementationReport, viewer: ReportViewer): Promise<ReportDto> {
    const [dto] = await this.assemble(em, [report], viewer);
    return dto;
  }

  async get(actor: ReportActor, key: ReportKey): Promise<ReportDto> {
    const viewer = reportAccess.state(actor, key.stateCode, 'read');
    const report = await this.dataSource.getRepository(ImplementationReport).findOne({ where: key });
    if (!report) {
      // Not saved yet: an empty draft to start from (200, no ETag); 404 only for a cycle or recommendation not there.
      await this.assertInScope(this.dataSource.manager, key);
      return notStarted(key);
    }
    reportAccess.assertContentVisible(viewer, report);
    return this.assembleOne(this.dataSource.manager, report, viewer);
  }

  /** Saves a draft: 201 on the first save (no If-Match), then If-Match is required (428/412). */
  async save(actor: ReportActor, key: ReportKey, ifMatch: string | undefined, dto: ReportContentDto): Promise<SavedReport> {
    reportAccess.state(actor, key.stateCode, 'write');
    return this.dataSource.transaction(async (em) => {
      await this.findOpenCycle(em, key.cycleId);
      await this.assertInScope(em, key);
      return this.saveOne(em, actor, key, ifMatch, dto, '');
    });
  }

  /** A whole questionnaire in one transaction: every item is saved, or none is. */
  async saveMany(actor: ReportActor, cycleId: string, stateCode: string, items: BulkReportItemDto[], lang?: string): Promise<Page<ReportRowDto>> {
    reportAccess.state(actor, stateCode, 'write');
    const duplicates = items.map((i) => i.recommendationId).filter((id, i, all) => all.indexOf(id) !== i);
    if (duplicates.length) {
      throw new CommonError('VALIDATION_FAILED', 'A recommendation appears twice in the batch.', {
        errors: duplicates.map((id) => ({ field: `items.${items.findIndex((i) => i.recommendationId === id)}.recommendationId`, message: `recommendationId ${id} appears twice` })),
      });
    }
    await this.dataSource.transaction(async (em) => {
      await this.findOpenCycle(em, cycleId);
      for (const [index, { recommendationId, ifMatch, ...content }] of items.entries()) {
        const key = { cycleId, stateCode, recommendationId };
        await this.assertInScope(em, key, `items.${index}.recommendationId`);
        await this.saveOne(em, actor, key, ifMatch, content, `items.${index}.`);
      }
    });
    // The saved items' rows, all on one page.
    return this.listForState(actor, cycleId, stateCode, { page: 1, limit: items.length, lang }, items.map((i) => i.recommendationId));
  }

  async submit(actor: ReportActor, key: ReportKey): Promise<ReportDto> {
    reportAccess.state(actor, key.stateCode, 'write');
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.findOpenCycle(em, key.cycleId);
      const report = await this.lockByKey(em, key);
      const move = this.allow(report.workflowState, 'submit', 'focal_point');
      if (move.noop) return this.assembleOne(em, report, 'focal_point');
      const [blocker] = submitBlockers(report);
      if (blocker === 'INCOMPLETE_REPORT') {
        throw new ReportError('INCOMPLETE_REPORT', undefined, { errors: [{ field: 'implementationStatus', message: 'implementationStatus is required to submit' }] });
      }
      if (blocker) throw new ReportError('JUSTIFICATION_REQUIRED', undefined, { errors: contentProblems(contentOf(report)) });
      // The State's own deadline (an extension the secretariat granted, else the cycle's): see deadlines.ts.
      const late = lateNow(await stateDeadline(em, cycle.id, key.stateCode));
      const number = report.submissions + 1;
      // The version cites the files attached at submission (their rows are never deleted, only hidden).
      const files = await this.evidence.filesOf(report.id, em);
      await em.insert(ReportVersion, { reportId: report.id, number, content: { ...contentOf(report), files }, late, submittedBy: actor.id });
      await em.update(
        ImplementationReport,
        { id: report.id },
        { workflowState: move.to, submissions: number, submittedAt: new Date(), late, version: report.version + 1 },
      );
      await this.audit.record(
        { actor, action: 'report.submitted', entity: 'report', entityId: report.id, metadata: { changedFields: ['workflowState'], version: number, late } },
        em,
      );
      return this.assembleOne(em, await this.lockByKey(em, key), 'focal_point');
    });
  }

  async withdraw(actor: ReportActor, key: ReportKey): Promise<ReportDto> {
    reportAccess.state(actor, key.stateCode, 'write');
    return this.dataSource.transaction(async (em) => {
      await this.findOpenCycle(em, key.cycleId);
      const report = await this.lockByKey(em, key);
      const move = this.allow(report.workflowState, 'withdraw', 'focal_point');
      await em.update(ImplementationReport, { id: report.id }, { workflowState: move.to, version: report.version + 1 });
      await this.audit.record(
        { actor, action: 'report.withdrawn', entity: 'report', entityId: report.id, metadata: { changedFields: ['workflowState'] } },
        em,
      );
      return this.assembleOne(em, await this.lockByKey(em, key), 'focal_point');
    });
  }

  /** Secretariat: open for review, accept or return (with a comment), optionally with its own assessment. */
  async review(actor: ReportActor, reportId: string, dto: ReviewDto): Promise<ReportDto> {
    if (actor.role !== 'secretariat') throw new ReportError('NOT_YOUR_MOVE');
    const { report } = await this.dataSource.transaction(async (em) => {
      const report = await this.lockById(em, reportId);
      const result = nextState(report.workflowState, dto.decision, 'secretariat', dto.comment);
      if (!result.ok) {
        if (result.reason === 'COMMENT_REQUIRED') throw new ReportError('COMMENT_REQUIRED', undefined, { errors: [{ field: 'comment', message: 'comment is required to return a report' }] });
        throw new ReportError(result.reason, `A ${report.workflowState} report cannot be given "${dto.decision}".`);
      }
      if (result.transition.noop && !dto.assessment && !dto.comment) return { report: await this.assembleOne(em, report, 'secretariat'), outbox: [] as Outbox };
      const assessment = dto.assessment ? { status: dto.assessment.status, note: dto.assessment.note ?? null } : report.secretariatAssessment;
      await em.update(ImplementationReport, { id: report.id }, { workflowState: result.transition.to, secretariatAssessment: assessment, version: report.version + 1 });
      await em.insert(ReportReview, {
        reportId: report.id,
        versionNumber: report.submissions,
        kind: dto.decision,
        comment: dto.comment?.trim() || null,
        assessment: dto.assessment ? assessment : null,
        authorId: actor.id,
        authorRole: actor.role,
      });
      await this.audit.record(
        {
          actor,
          action: `report.${dto.decision === 'start_review' ? 'review_started' : dto.decision === 'accept' ? 'accepted' : 'returned'}`,
          entity: 'report',
          entityId: report.id,
          metadata: {
            changedFields: changedFieldNames(
              { workflowState: report.workflowState, secretariatAssessment: report.secretariatAssessment },
              { workflowState: result.transition.to, secretariatAssessment: assessment },
              ['workflowState', 'secretariatAssessment'],
            ),
          },
        },
        em,
      );
      const outbox: Outbox =
        dto.decision === 'start_review' || result.transition.noop
          ? []
          : await this.notifications.notifyState(em, report.stateCode, await this.reviewNotice(em, report, dto));
      return { report: await this.assembleOne(em, await this.lockById(em, report.id), 'secretariat'), outbox };
    });
    return report;
  }

  private async reviewNotice(em: EntityManager, report: ImplementationReport, dto: ReviewDto) {
    const [rec]: { reference: string }[] = await em.query(`SELECT reference FROM recommendations WHERE id = $1`, [report.recommendationId]);
    const accepted = dto.decision === 'accept';
    return {
      kind: accepted ? 'report.accepted' : 'report.returned',
      title: `${accepted ? 'Accepted' : 'Returned'}: your report on ${rec?.reference ?? 'a recommendation'}`,
      body: accepted
        ? `The secretariat accepted ${report.stateCode}'s report on ${rec?.reference}.`
        : `The secretariat returned ${report.stateCode}'s report on ${rec?.reference} with this comment:\n\n${dto.comment?.trim()}`,
      // What the web app words the notice from, in the reader's language (title and body are the mail's English).
      data: { reportId: report.id, cycleId: report.cycleId, recommendationId: report.recommendationId, stateCode: report.stateCode, reference: rec?.reference ?? null, comment: accepted ? null : (dto.comment?.trim() ?? null) },
    };
  }

  async comment(actor: ReportActor, reportId: string, dto: CommentDto): Promise<HistoryReviewDto> {
    return this.dataSource.transaction(async (em) => {
      const report = await this.lockById(em, reportId);
      const viewer = reportAccess.state(actor, report.stateCode, 'read');
      reportAccess.assertHistoryVisible(viewer, report);
      const review = em.create(ReportReview, {
        reportId,
        versionNumber: report.submissions,
        kind: 'comment',
        comment: dto.body.trim(),
        assessment: null,
        authorId: actor.id,
        authorRole: actor.role,
      });
      await em.save(review);
      await this.audit.record({ actor, action: 'report.commented', entity: 'report', entityId: reportId, metadata: { reviewId: review.id } }, em);
      const [author] = await this.userNames(em, [actor.id]);
      return { kind: review.kind, versionNumber: review.versionNumber, comment: review.comment, assessment: null, authorId: review.authorId, authorName: author?.[1] ?? null, authorRole: review.authorRole, createdAt: review.createdAt.toISOString() };
    });
  }

  /** Every submitted version with its content, and every review and comment. Drafts are not versions. */
  async history(actor: ReportActor, reportId: string): Promise<HistoryDto> {
    const report = await this.dataSource.getRepository(ImplementationReport).findOne({ where: { id: reportId } });
    if (!report) throw new ReportError('REPORT_NOT_FOUND');
    const viewer = reportAccess.state(actor, report.stateCode, 'read');
    reportAccess.assertHistoryVisible(viewer, report);
    const [versions, reviews] = await Promise.all([
      this.dataSource.getRepository(ReportVersion).find({ where: { reportId }, order: { number: 'ASC' } }),
      this.dataSource.getRepository(ReportReview).find({ where: { reportId }, order: { createdAt: 'ASC' } }),
    ]);
    const names = new Map(await this.userNames(this.dataSource.manager, [...versions.map((v) => v.submittedBy), ...reviews.map((r) => r.authorId)]));
    const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return {
      report: { id: report.id, workflowState: report.workflowState, stateCode: report.stateCode, recommendationId: report.recommendationId, cycleId: report.cycleId },
      versions: versions.map((v) => ({ number: v.number, content: v.content, late: v.late, submittedBy: v.submittedBy, submittedByName: nameOf(v.submittedBy), submittedAt: v.submittedAt.toISOString() })),
      reviews: reviews.map((r) => ({
        kind: r.kind,
        versionNumber: r.versionNumber,
        comment: r.comment,
        assessment: (r.assessment as HistoryReviewDto['assessment']) ?? null,
        authorId: r.authorId,
        authorName: nameOf(r.authorId),
        authorRole: r.authorRole,
        createdAt: r.createdAt.toISOString(),
      })),
    };
  }

  /** The names of the people who wrote a history's entries (a history names who submitted and who reviewed). */
  private async userNames(em: EntityManager, ids: (string | null)[]): Promise<[string, string][]> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return [];
    const rows: { id: string; name: string }[] = await em.query('SELECT id, name FROM users WHERE id = ANY($1::uuid[])', [wanted]);
    return rows.map((r) => [r.id, r.name]);
  }

  /** Submitted and under-review reports, oldest submission first, each with what it is about. */
  async queue(query: ReviewQueueQuery): Promise<Page<ReviewQueueItemDto>> {
    const qb = this.dataSource
      .getRepository(ImplementationReport)
      .createQueryBuilder('r')
      .where(`r.workflow_state IN ('submitted', 'under_review')`);
    if (query.cycle) qb.andWhere('r.cycle_id = :cycle', { cycle: query.cycle });
    if (query.state) qb.andWhere('r.state_code = :state', { state: query.state.toUpperCase() });
    if (query.group) qb.andWhere('EXISTS (SELECT 1 FROM states st WHERE st.code = r.state_code AND st.regional_group = :group)', { group: query.group });
    if (query.session) {
      qb.andWhere('EXISTS (SELECT 1 FROM recommendations rec JOIN sessions s ON s.id = rec.session_id WHERE rec.id = r.recommendation_id AND s.number = :session)', { session: query.session });
    }
    if (query.theme) {
      qb.andWhere('EXISTS (SELECT 1 FROM recommendation_themes rt JOIN themes t ON t.id = rt.theme_id WHERE rt.recommendation_id = r.recommendation_id AND t.code = :theme)', { theme: query.theme });
    }
    if (query.late !== undefined) qb.andWhere('r.late = :late', { late: query.late });
    // The files the secretariat sees: those a submitted version cites (as the rows' fileCount).
    if (query.withFiles !== undefined) {
      qb.andWhere(`${query.withFiles ? '' : 'NOT '}EXISTS (SELECT 1 FROM evidence_files f WHERE f.report_id = r.id AND f.removed_at IS NULL AND ${CITED_SQL})`);
    }
    qb.orderBy('r.submitted_at', 'ASC').addOrderBy('r.id').offset(pageOffset(query)).limit(query.limit);
    const [reports, total] = await qb.getManyAndCount();
    const dtos = await this.assemble(this.dataSource.manager, reports, 'secretariat');
    const contexts = new Map<string, ContextRow>();
    if (reports.length) {
      const rows: (ContextRow & { id: string })[] = await this.dataSource.query(
        `SELECT r.id, ${CONTEXT_SELECT} FROM recommendations r ${CONTEXT_JOINS} WHERE r.id = ANY($1::uuid[])`,
        [[...new Set(reports.map((r) => r.recommendationId))]],
      );
      for (const row of rows) contexts.set(row.id, row);
    }
    return pageOf(
      dtos.map((dto, i) => ({
        ...dto,
        ...contextOf(contexts.get(dto.recommendationId)!, query.lang),
        fileCount: dto.files.length,
        submittedAt: (reports[i].submittedAt ?? reports[i].updatedAt).toISOString(),
      })),
      total,
      query,
    );
  }

  /** Attaches an evidence file and answers with it and the report it changed (files and new version included). */
  async attachEvidence(actor: ReportActor, key: ReportKey, file: { buffer: Buffer; originalname: string } | undefined): Promise<EvidenceFileDto & { report: ReportDto }> {
    const stored = await this.evidence.upload(actor, key, file);
    return { ...stored, report: await this.get(actor, key) };
  }

  private async saveOne(em: EntityManager, actor: ReportActor, key: ReportKey, ifMatch: string | undefined, dto: ReportContentDto, prefix: string): Promise<SavedReport> {
    const existing = await findReportForUpdate(em, key);
    const from: FromState = existing?.workflowState ?? 'none';
    const move = this.allow(from, 'save', 'focal_point');
    const before = existing ? contentOf(existing) : EMPTY_CONTENT;
    const after = mergeContent(before, dto);
    const problems: FieldError[] = contentProblems(after, prefix);
    if (problems.length) throw new ReportError('JUSTIFICATION_REQUIRED', undefined, { errors: problems });
    if (!existing) {
      // Nothing exists, so nothing can match a conditional request.
      if (ifMatch !== undefined && ifMatch.trim() !== '') throw new CommonError('PRECONDITION_FAILED');
      const rows: { id: string }[] = await em.query(
        `INSERT INTO implementation_reports (cycle_id, state_code, recommendation_id, workflow_state, implementation_status, narrative,
                measures, evidence, challenges, assistance_needed, assistance_details, assistance_type, submissions, late, version)
         VALUES ($1, $2, $3, 'draft', $4, $5, $6, $7, $8, $9, $10, $11, 0, false, 1)
         ON CONFLICT ON CONSTRAINT "UQ_implementation_reports_cycle_state_recommendation" DO NOTHING RETURNING id`,
        [
          key.cycleId,
          key.stateCode,
          key.recommendationId,
          after.implementationStatus,
          JSON.stringify(after.narrative),
          JSON.stringify(after.measures),
          JSON.stringify(after.evidence),
          after.challenges,
          after.assistanceNeeded,
          after.assistanceDetails,
          after.assistanceType,
        ],
      );
      // A concurrent first save won: this one saw no ETag of the report it would overwrite.
      if (rows.length === 0) throw new CommonError('PRECONDITION_FAILED');
      await this.audit.record({ actor, action: 'report.created', entity: 'report', entityId: rows[0].id, metadata: { changedFields: changedFieldNames(EMPTY_CONTENT, after, CONTENT_FIELDS) } }, em);
      return { report: await this.assembleOne(em, await this.lockByKey(em, key), 'focal_point'), created: true };
    }
    assertIfMatch(ifMatch, existing.version);
    const changes = diffFields(before, after, CONTENT_FIELDS);
    if (Object.keys(changes).length === 0 && existing.workflowState === move.to) return { report: await this.assembleOne(em, existing, 'focal_point'), created: false };
    const previousState = existing.workflowState;
    // save() bumps the @VersionColumn (the ETag) and updatedAt.
    await em.save(Object.assign(existing, after, { workflowState: move.to }));
    await this.audit.record(
      {
        actor,
        action: 'report.saved',
        entity: 'report',
        entityId: existing.id,
        // Which fields changed, never their values: the audit trail is read by the secretariat and admins.
        metadata: { changedFields: [...Object.keys(changes), ...(previousState === move.to ? [] : ['workflowState'])].sort() },
      },
      em,
    );
    return { report: await this.assembleOne(em, await this.lockByKey(em, key), 'focal_point'), created: false };
  }

  private allow(from: FromState, action: WorkflowAction, actor: WorkflowActor) {
    const result = nextState(from, action, actor);
    if (!result.ok) {
      throw new ReportError(result.reason === 'COMMENT_REQUIRED' ? 'COMMENT_REQUIRED' : result.reason, `A ${from === 'none' ? 'missing' : from} report cannot be "${action}" here.`);
    }
    return result.transition;
  }

  private async findCycle(em: EntityManager, cycleId: string): Promise<ReportingCycle> {
    const cycle = await em.findOne(ReportingCycle, { where: { id: cycleId } });
    if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
    return cycle;
  }

  /** Reports can be written only while the cycle is open; the row lock keeps a concurrent close from slipping in. */
  private async findOpenCycle(em: EntityManager, cycleId: string): Promise<ReportingCycle> {
    const cycle = await em.findOne(ReportingCycle, { where: { id: cycleId }, lock: { mode: 'pessimistic_read' } });
    if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
    reportAccess.assertCycleOpen(cycle);
    return cycle;
  }

  private async assertState(stateCode: string): Promise<void> {
    const [row] = await this.dataSource.query(`SELECT 1 FROM states WHERE code = $1`, [stateCode]);
    if (!row) throw new ReportError('STATE_NOT_FOUND');
  }

  private async assertInScope(em: EntityManager, key: ReportKey, field = 'recommendationId'): Promise<void> {
    const [row] = await em.query(`SELECT 1 FROM cycle_recommendations WHERE cycle_id = $1 AND recommendation_id = $2`, [key.cycleId, key.recommendationId]);
    if (!row) {
      await this.findCycle(em, key.cycleId);
      throw new ReportError('NOT_IN_SCOPE', undefined, { errors: [{ field, message: 'recommendation is not in this cycle' }] });
    }
  }

  private async lockByKey(em: EntityManager, key: ReportKey): Promise<ImplementationReport> {
    const report = await findReportForUpdate(em, key);
    if (!report) {
      await this.assertInScope(em, key);
      throw new ReportError('REPORT_NOT_FOUND', 'The State has not started this report (no information).');
    }
    return report;
  }

  private async lockById(em: EntityManager, id: string): Promise<ImplementationReport> {
    const report = await em.getRepository(ImplementationReport).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :id', { id }).getOne();
    if (!report) throw new ReportError('REPORT_NOT_FOUND');
    return report;
  }
}
