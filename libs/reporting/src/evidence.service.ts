import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { uploadedFileName } from '#common';
import { reportAccess, type ReportActor } from './access.js';
import { EvidenceFile } from './entities/evidence-file.entity.js';
import { ImplementationReport } from './entities/implementation-report.entity.js';
import { ReportingCycle } from './entities/reporting-cycle.entity.js';
import { evidenceFileName, detectEvidenceType } from './file-type.js';
import { loadEvidenceEnv, type EvidenceEnv } from './evidence.config.js';
import { EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES_PER_REPORT, nextState } from '#contracts';
import { ReportError } from './reporting-errors.js';
import { findReportForUpdate, type ReportKey } from './report-locks.js';

/** The limits are declared in libs/contracts, where the web app reads them too (checked before an upload). */
export const MAX_EVIDENCE_BYTES = EVIDENCE_MAX_BYTES;
export const MAX_FILES_PER_REPORT = EVIDENCE_MAX_FILES_PER_REPORT;

export interface EvidenceFileDto {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

/** Whether a submitted version of the report cites the file (versions keep the metadata of the files attached). */
export const CITED_SQL = `EXISTS (SELECT 1 FROM report_versions v WHERE v.report_id = f.report_id AND v.content->'files' @> jsonb_build_array(jsonb_build_object('id', f.id::text)))`;

export const toFileDto = (f: EvidenceFile): EvidenceFileDto => ({
  id: f.id,
  fileName: f.fileName,
  contentType: f.contentType,
  size: f.size,
  sha256: f.sha256,
  uploadedAt: f.uploadedAt.toISOString(),
});

@Injectable()
export class EvidenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.quota = loadEvidenceEnv();
  }

  private readonly quota: EvidenceEnv;

  /** Attaches a file to a draft (or returned) report; checks name, size and type before anything is stored. */
  async upload(actor: ReportActor, key: ReportKey, file: { buffer: Buffer; originalname: string } | undefined): Promise<EvidenceFileDto> {
    reportAccess.state(actor, key.stateCode, 'write');
    if (!file) throw new ReportError('NO_FILE');
    if (file.buffer.length > MAX_EVIDENCE_BYTES) throw new ReportError('FILE_TOO_LARGE');
    const kind = detectEvidenceType(file.buffer);
    if (!kind) throw new ReportError('UNSUPPORTED_EVIDENCE_TYPE');
    // Stored under the detected type's extension, without control or bidi characters.
    const fileName = evidenceFileName(uploadedFileName(file.originalname), kind);
    if (!fileName) throw new ReportError('INVALID_FILE_NAME', undefined, { errors: [{ field: 'file', message: 'file name must be a plain name' }] });
    return this.dataSource.transaction(async (em) => {
      const cycle = await em.findOne(ReportingCycle, { where: { id: key.cycleId }, lock: { mode: 'pessimistic_read' } });
      if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
      reportAccess.assertCycleOpen(cycle);
      const report = await this.lockReport(em, key);
      const move = nextState(report.workflowState, 'save', 'focal_point');
      if (!move.ok) throw new ReportError('INVALID_TRANSITION', `Files can be added to a draft, not to a ${report.workflowState} report.`);
      const count = await em.count(EvidenceFile, { where: { reportId: report.id, removedAt: IsNull() } });
      if (count >= MAX_FILES_PER_REPORT) throw new ReportError('TOO_MANY_FILES');
      await this.assertQuota(em, report, file.buffer.length);
      const stored = em.create(EvidenceFile, {
        reportId: report.id,
        fileName,
        contentType: kind.contentType,
        size: file.buffer.length,
        sha256: createHash('sha256').update(file.buffer).digest('hex'),
        data: file.buffer,
        uploadedBy: actor.id,
      });
      await em.save(stored);
      // Adding evidence edits the report: its ETag changes and a returned report becomes a draft again.
      await em.update(ImplementationReport, { id: report.id }, { workflowState: move.transition.to, version: report.version + 1 });
      await this.audit.record(
        { actor, action: 'report.evidence_added', entity: 'report', entityId: report.id, metadata: { fileId: stored.id, contentType: kind.contentType, size: stored.size } },
        em,
      );
      return toFileDto(stored);
    });
  }

  async download(actor: ReportActor, reportId: string, fileId: string): Promise<{ file: EvidenceFileDto; data: Buffer }> {
    const report = await this.dataSource.getRepository(ImplementationReport).findOne({ where: { id: reportId } });
    if (!report) throw new ReportError('REPORT_NOT_FOUND');
    const viewer = reportAccess.state(actor, report.stateCode, 'read');
    const qb = this.dataSource
      .getRepository(EvidenceFile)
      .createQueryBuilder('f')
      .addSelect('f.data')
      .where('f.id = :fileId AND f.report_id = :reportId', { fileId, reportId });
    // The secretariat reads a file only when a submitted version cites it: not one added to a returned report since.
    // A missing and an uncited file answer alike, so the secretariat cannot probe a draft's files.
    const scope = reportAccess.evidenceScope(viewer);
    if (scope === 'cited') qb.andWhere(CITED_SQL);
    const file = await qb.getOne();
    if (!file) throw scope === 'cited' ? new ReportError('DRAFT_NOT_VISIBLE', 'No submitted version cites this file.') : new ReportError('FILE_NOT_FOUND');
    return { file: toFileDto(file), data: file.data };
  }

  async remove(actor: ReportActor, reportId: string, fileId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const report = await em.getRepository(ImplementationReport).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :reportId', { reportId }).getOne();
      if (!report) throw new ReportError('REPORT_NOT_FOUND');
      reportAccess.state(actor, report.stateCode, 'write');
      const cycle = await em.findOne(ReportingCycle, { where: { id: report.cycleId } });
      reportAccess.assertCycleOpen(cycle);
      const move = nextState(report.workflowState, 'save', 'focal_point');
      if (!move.ok) throw new ReportError('INVALID_TRANSITION', `Files can be removed from a draft, not from a ${report.workflowState} report.`);
      // A file no submitted version cites is deleted (it would otherwise count against the quotas for ever); a cited
      // one is only hidden, for the versions that cite it.
      const [row]: { cited: boolean; size: number }[] = await em.query(
        `SELECT ${CITED_SQL} AS cited, f.size FROM evidence_files f WHERE f.id = $1 AND f.report_id = $2 AND f.removed_at IS NULL`,
        [fileId, reportId],
      );
      if (!row) throw new ReportError('FILE_NOT_FOUND');
      if (row.cited) await em.update(EvidenceFile, { id: fileId }, { removedAt: new Date() });
      else await em.delete(EvidenceFile, { id: fileId });
      await em.update(ImplementationReport, { id: report.id }, { workflowState: move.transition.to, version: report.version + 1 });
      await this.audit.record(
        { actor, action: 'report.evidence_removed', entity: 'report', entityId: report.id, metadata: { fileId, size: row.size, purged: !row.cited } },
        em,
      );
    });
  }

  /** Files currently attached (removed ones are kept for the versions that cite them), within the viewer's scope. */
  async filesOf(reportId: string, em: EntityManager = this.dataSource.manager, scope: 'all' | 'cited' = 'all'): Promise<EvidenceFileDto[]> {
    const qb = em.getRepository(EvidenceFile).createQueryBuilder('f').where('f.report_id = :reportId AND f.removed_at IS NULL', { reportId });
    if (scope === 'cited') qb.andWhere(CITED_SQL);
    const files = await qb.orderBy('f.uploaded_at', 'ASC').addOrderBy('f.id', 'ASC').getMany();
    return files.map(toFileDto);
  }

  /** filesOf for many reports at once (a page of the review queue), by report id. */
  async filesOfMany(reportIds: string[], em: EntityManager = this.dataSource.manager, scope: 'all' | 'cited' = 'all'): Promise<Map<string, EvidenceFileDto[]>> {
    const byReport = new Map<string, EvidenceFileDto[]>(reportIds.map((id) => [id, []]));
    if (reportIds.length === 0) return byReport;
    const qb = em.getRepository(EvidenceFile).createQueryBuilder('f').where('f.report_id IN (:...reportIds) AND f.removed_at IS NULL', { reportIds });
    if (scope === 'cited') qb.andWhere(CITED_SQL);
    for (const f of await qb.orderBy('f.uploaded_at', 'ASC').addOrderBy('f.id', 'ASC').getMany()) byReport.get(f.reportId)?.push(toFileDto(f));
    return byReport;
  }

  /**
   * Every stored byte counts (removed files too, until purged), per report and per State. The report row is locked
   * by the caller; the State's quota takes a transaction-scoped advisory lock, so two uploads to different reports of
   * one State cannot both pass on the same total.
   */
  private async assertQuota(em: EntityManager, report: ImplementationReport, size: number): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('wg4.evidence-quota'), hashtext($1))`, [report.stateCode]);
    const [usage]: { report: string; state: string }[] = await em.query(
      `SELECT COALESCE(sum(f.size) FILTER (WHERE f.report_id = $1), 0) AS report, COALESCE(sum(f.size), 0) AS state
         FROM evidence_files f JOIN implementation_reports r ON r.id = f.report_id
        WHERE r.state_code = $2`,
      [report.id, report.stateCode],
    );
    const checks = [
      { quota: 'report', used: Number(usage.report), limit: this.quota.EVIDENCE_MAX_BYTES_PER_REPORT },
      { quota: 'state', used: Number(usage.state), limit: this.quota.EVIDENCE_MAX_BYTES_PER_STATE },
    ];
    for (const { quota, used, limit } of checks) {
      if (used + size > limit) {
        throw new ReportError(
          'EVIDENCE_QUOTA_EXCEEDED',
          `This file (${size} bytes) would take the ${quota === 'report' ? 'report' : 'State'}’s evidence to ${used + size} bytes; the limit is ${limit}.`,
          { quota, usedBytes: used, limitBytes: limit },
        );
      }
    }
  }

  private async lockReport(em: EntityManager, key: ReportKey): Promise<ImplementationReport> {
    const report = await findReportForUpdate(em, key);
    if (!report) throw new ReportError('REPORT_NOT_FOUND', 'Save the report once before attaching files.');
    return report;
  }
}
