import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ReportContent } from './implementation-report.entity.js';
import { ImplementationReport } from './implementation-report.entity.js';

/** An immutable copy of what was submitted: every submission, for ever. */
@Entity({ name: 'report_versions' })
@Unique('UQ_report_versions_report_number', ['reportId', 'number'])
export class ReportVersion {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_report_versions' })
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ImplementationReport, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_versions_report' })
  report?: ImplementationReport;

  /** 1 for the first submission, 2 for the resubmission after a return, … */
  @Column({ type: 'integer' })
  number: number;

  /** The content as submitted, with the metadata of the evidence files attached at that moment. */
  @Column({ type: 'jsonb' })
  content: ReportContent & { files?: { id: string; fileName: string; contentType: string; size: number; sha256: string }[] };

  @Column({ type: 'boolean' })
  late: boolean;

  @Column({ type: 'uuid', nullable: true })
  submittedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  submittedAt: Date;
}
