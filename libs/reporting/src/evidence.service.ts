import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { uploadedFileName } from '#common';
import { assertStateAccess, type ReportActor } from './access.js';
import { EvidenceFile } from './entities/evidence-file.entity.js';
import { ImplementationReport } from './entities/implementation-report.entity.js';
import { ReportingCycle } from './entities/reporting-cycle.entity.js';
import { detectEvidenceType, safeFileName } from './file-type.js';
import { nextState } from './report-workflow.js';
import { ReportError } from './reporting-errors.js';
import { findReportForUpdate, type ReportKey } from './report-locks.js';

export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
export const MAX_FILES_PER_REPORT = 20;

export interface EvidenceFileDto {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

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
  ) {}

  /** Attaches a file to a draft (or returned) report; checks name, size and type before anything is stored. */
  async upload(actor: ReportActor, key: ReportKey, file: { buffer: Buffer; originalname: string } | undefined): Promise<EvidenceFileDto> {
    assertStateAccess(actor, key.stateCode, 'write');
    if (!file) throw new ReportError('NO_FILE');
    const fileName = safeFileName(uploadedFileName(file.originalname));
    if (!fileName) throw new ReportError('INVALID_FILE_NAME', undefined, { errors: [{ field: 'file', message: 'file name must be a plain name' }] });
    if (file.buffer.length > MAX_EVIDENCE_BYTES) throw new ReportError('UNSUPPORTED_EVIDENCE_TYPE', 'The file is larger than 10 MB.');
    const kind = detectEvidenceType(file.buffer);
    if (!kind) throw new ReportError('UNSUPPORTED_EVIDENCE_TYPE');
    return this.dataSource.transaction(async (em) => {
      const cycle = await em.findOne(ReportingCycle, { where: { id: key.cycleId }, lock: { mode: 'pessimistic_read' } });
      if (!cycle) throw new ReportError('CYCLE_NOT_FOUND');
      if (cycle.status !== 'open') throw new ReportError('CYCLE_CLOSED');
      const report = await this.lockReport(em, key);
      const move = nextState(report.workflowState, 'save', 'focal_point');
      if (!move.ok) throw new ReportError('INVALID_TRANSITION', `Files can be added to a draft, not to a ${report.workflowState} report.`);
      const count = await em.count(EvidenceFile, { where: { reportId: report.id, removedAt: IsNull() } });
      if (count >= MAX_FILES_PER_REPORT) throw new ReportError('TOO_MANY_FILES');
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
        { actor, action: 'report.evidence_added', entity: 'report', entityId: report.id, metadata: { fileId: stored.id, fileName, contentType: kind.contentType, size: stored.size } },
        em,
      );
      return toFileDto(stored);
    });
  }

  async download(actor: ReportActor, reportId: string, fileId: string): Promise<{ file: EvidenceFileDto; data: Buffer }> {
    const report = await this.dataSource.getRepository(ImplementationReport).findOne({ where: { id: reportId } });
    if (!report) throw new ReportError('REPORT_NOT_FOUND');
    const viewer = assertStateAccess(actor, report.stateCode, 'read');
    if (viewer === 'secretariat' && report.submissions === 0) throw new ReportError('DRAFT_NOT_VISIBLE');
    const file = await this.dataSource
      .getRepository(EvidenceFile)
      .createQueryBuilder('f')
      .addSelect('f.data')
      .where('f.id = :fileId AND f.report_id = :reportId', { fileId, reportId })
      .getOne();
    if (!file) throw new ReportError('FILE_NOT_FOUND');
    return { file: toFileDto(file), data: file.data };
  }

  async remove(actor: ReportActor, reportId: string, fileId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const report = await em.getRepository(ImplementationReport).createQueryBuilder('r').setLock('pessimistic_write').where('r.id = :reportId', { reportId }).getOne();
      if (!report) throw new ReportError('REPORT_NOT_FOUND');
      assertStateAccess(actor, report.stateCode, 'write');
      const cycle = await em.findOne(ReportingCycle, { where: { id: report.cycleId } });
      if (cycle?.status !== 'open') throw new ReportError('CYCLE_CLOSED');
      const move = nextState(report.workflowState, 'save', 'focal_point');
      if (!move.ok) throw new ReportError('INVALID_TRANSITION', `Files can be removed from a draft, not from a ${report.workflowState} report.`);
      const result = await em.update(EvidenceFile, { id: fileId, reportId, removedAt: IsNull() }, { removedAt: new Date() });
      if (!result.affected) throw new ReportError('FILE_NOT_FOUND');
      await em.update(ImplementationReport, { id: report.id }, { workflowState: move.transition.to, version: report.version + 1 });
      await this.audit.record({ actor, action: 'report.evidence_removed', entity: 'report', entityId: report.id, metadata: { fileId } }, em);
    });
  }

  /** Files currently attached (removed ones are kept for the versions that cite them). */
  async filesOf(reportId: string, em: EntityManager = this.dataSource.manager): Promise<EvidenceFileDto[]> {
    const files = await em.find(EvidenceFile, { where: { reportId, removedAt: IsNull() }, order: { uploadedAt: 'ASC' } });
    return files.map(toFileDto);
  }

  private async lockReport(em: EntityManager, key: ReportKey): Promise<ImplementationReport> {
    const report = await findReportForUpdate(em, key);
    if (!report) throw new ReportError('REPORT_NOT_FOUND', 'Save the report once before attaching files.');
    return report;
  }
}
