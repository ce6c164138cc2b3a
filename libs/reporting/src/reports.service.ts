import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, changedFieldNames, diffFields } from '#audit';
import { assertIfMatch, CommonError, etagFor, isoTimestampSql, pageOf, pageOffset, type FieldError, type Page } from '#common';
import { reportAccess, type ReportActor } from './access.js';
import type { BulkReportItemDto, CommentDto, ReportContentDto, ReportDto, ReportRowDto, ReviewDto, ReviewQueueQuery } from './dto/report.dto.js';
import { ImplementationReport, type ReportContent } from './entities/implementation-report.entity.js';
import { ReportReview } from './entities/report-review.entity.js';
import { ReportVersion } from './entities/report-version.entity.js';
import { ReportingCycle } from './entities/reporting-cycle.entity.js';
import { CONTENT_FIELDS, contentOf, contentProblems, EMPTY_CONTENT, mergeContent } from './report-content.js';
import { nextState, type FromState, type WorkflowAction, type WorkflowActor } from './report-workflow.js';
import { ReportError } from './reporting-errors.js';
import { findReportForUpdate, type ReportKey } from './report-locks.js';
import { EvidenceService, type EvidenceFileDto } from './evidence.service.js';
import { NotificationsService, type Outbox } from '#notifications';

export type { ReportKey } from './report-locks.js';

export interface SavedReport {
  report: ReportDto;
  created: boolean;
}

export interface HistoryDto {
  report: { id: string; workflowState: string; stateCode: string; recommendationId: string; cycleId: string };
  versions: { number: number; content: ReportContent; late: boolean; submittedBy: string | null; submittedAt: string }[];
  reviews: { kind: string; versionNumber: number; comment: string | null; assessment: unknown; authorId: string | null; authorRole: string; createdAt: string }[];
}

const toDto = (r: ImplementationReport, files: EvidenceFileDto[] = []): ReportDto => ({
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
  files,
});

const today = () => new Date().toISOString().slice(0, 10);

@Injectable()
export class ReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly evidence: EvidenceService,
    private readonly notifications: NotificationsService,
  ) {}

  /** One row per in-scope recommendation; "not_started" where the State has no report (no information). */
  async listForState(actor: ReportActor, cycleId: string, stateCode: string): Promise<ReportRowDto[]> {
    const viewer = reportAccess.state(actor, stateCode, 'read');
    await this.findCycle(this.dataSource.manager, cycleId);
    await this.assertState(stateCode);
    return this.dataSource.query(
      `SELECT cr.recommendation_id AS "recommendationId", r.reference, ir.id AS "reportId",
              COALESCE(ir.workflow_state, 'not_started') AS "workflowState",
              CASE WHEN ${reportAccess.contentVisibleSql('$3', 'ir.workflow_state')} THEN ir.implementation_status END AS "implementationStatus",
              ir.version, ${isoTimestampSql('ir.updated_at')} AS "updatedAt", COALESCE(ir.late, false) AS late
         FROM cycle_recommendations cr
         JOIN recommendations r ON r.id = cr.recommendation_id
         JOIN sessions s ON s.id = r.session_id
         LEFT JOIN implementation_reports ir ON ir.cycle_id = cr.cycle_id AND ir.recommendation_id = cr.recommendation_id AND ir.state_code = $2
        WHERE cr.cycle_id = $1
        ORDER BY s.number, r.ordinal`,
      [cycleId, stateCode, viewer],
    );
  }

  async get(actor: ReportActor, key: ReportKey): Promise<ReportDto> {
    const viewer = reportAccess.state(actor, key.stateCode, 'read');
    const report = await this.dataSource.getRepository(ImplementationReport).findOne({ where: key });
    if (!report) {
      await this.assertInScope(this.dataSource.manager, key);
      throw new ReportError('REPORT_NOT_FOUND', 'The State has not started this report (no information).');
    }
    reportAccess.assertContentVisible(viewer, report);
    return toDto(report, await this.evidence.filesOf(report.id, this.dataSource.manager, reportAccess.evidenceScope(viewer)));
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
  async saveMany(actor: ReportActor, cycleId: string, stateCode: string, items: BulkReportItemDto[]): Promise<ReportRowDto[]> {
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
    return this.listForState(actor, cycleId, stateCode);
  }

  async submit(actor: ReportActor, key: ReportKey): Promise<ReportDto> {
    reportAccess.state(actor, key.stateCode, 'write');
    return this.dataSource.transaction(async (em) => {
      const cycle = await this.findOpenCycle(em, key.cycleId);
      const report = await this.lockByKey(em, key);
      const move = this.allow(report.workflowState, 'submit', 'focal_point');
      if (move.noop) return toDto(report);
      if (!report.implementationStatus) {
        throw new ReportError('INCOMPLETE_REPORT', undefined, { errors: [{ field: 'implementationStatus', message: 'implementationStatus is required to submit' }] });
      }
      const problems = contentProblems(contentOf(report));
      if (problems.length) throw new ReportError('JUSTIFICATION_REQUIRED', undefined, { errors: problems });
      const late = today() > cycle.closesOn;
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
      return toDto(await this.lockByKey(em, key));
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
      return toDto(await this.lockByKey(em, key));
    });
  }

  /** Secretariat: open for review, accept or return (with a comment), optionally with its own assessment. */
  async review(actor: ReportActor, reportId: string, dto: ReviewDto): Promise<ReportDto> {
    if (actor.role !== 'secretariat') throw new ReportError('NOT_YOUR_MOVE');
    const { report, outbox } = await this.dataSource.transaction(async (em) => {
      const report = await this.lockById(em, reportId);
      const result = nextState(report.workflowState, dto.decision, 'secretariat', dto.comment);
      if (!result.ok) {
        if (result.reason === 'COMMENT_REQUIRED') throw new ReportError('COMMENT_REQUIRED', undefined, { errors: [{ field: 'comment', message: 'comment is required to return a report' }] });
        throw new ReportError(result.reason, `A ${report.workflowState} report cannot be given "${dto.decision}".`);
      }
      if (result.transition.noop && !dto.assessment && !dto.comment) return { report: toDto(report), outbox: [] as Outbox };
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
      return { report: toDto(await this.lockById(em, report.id)), outbox };
    });
    await this.notifications.deliver(outbox);
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
      data: { reportId: report.id, cycleId: report.cycleId, recommendationId: report.recommendationId, stateCode: report.stateCode },
    };
  }

  async comment(actor: ReportActor, reportId: string, dto: CommentDto): Promise<HistoryDto['reviews'][number]> {
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
      return { kind: review.kind, versionNumber: review.versionNumber, comment: review.comment, assessment: null, authorId: review.authorId, authorRole: review.authorRole, createdAt: review.createdAt.toISOString() };
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
    return {
      report: { id: report.id, workflowState: report.workflowState, stateCode: report.stateCode, recommendationId: report.recommendationId, cycleId: report.cycleId },
      versions: versions.map((v) => ({ number: v.number, content: v.content, late: v.late, submittedBy: v.submittedBy, submittedAt: v.submittedAt.toISOString() })),
      reviews: reviews.map((r) => ({ kind: r.kind, versionNumber: r.versionNumber, comment: r.comment, assessment: r.assessment, authorId: r.authorId, authorRole: r.authorRole, createdAt: r.createdAt.toISOString() })),
    };
  }

  /** Submitted and under-review reports, oldest submission first. */
  async queue(query: ReviewQueueQuery): Promise<Page<ReportDto>> {
    const qb = this.dataSource
      .getRepository(ImplementationReport)
      .createQueryBuilder('r')
      .where(`r.workflow_state IN ('submitted', 'under_review')`);
    if (query.cycle) qb.andWhere('r.cycle_id = :cycle', { cycle: query.cycle });
    if (query.state) qb.andWhere('r.state_code = :state', { state: query.state.toUpperCase() });
    qb.orderBy('r.submitted_at', 'ASC').addOrderBy('r.id').offset(pageOffset(query)).limit(query.limit);
    const [items, total] = await qb.getManyAndCount();
    return pageOf(items.map((r) => toDto(r)), total, query);
  }

  etag(report: ReportDto): string {
    return etagFor(report.version);
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
      return { report: toDto(await this.lockByKey(em, key)), created: true };
    }
    assertIfMatch(ifMatch, existing.version);
    const changes = diffFields(before, after, CONTENT_FIELDS);
    if (Object.keys(changes).length === 0 && existing.workflowState === move.to) return { report: toDto(existing), created: false };
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
    return { report: toDto(await this.lockByKey(em, key)), created: false };
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
