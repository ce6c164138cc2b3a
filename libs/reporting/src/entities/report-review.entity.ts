import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImplementationReport } from './implementation-report.entity.js';

/** A secretariat decision on a submitted version (start of review, acceptance, return), or a comment. */
@Entity({ name: 'report_reviews' })
@Index('IDX_report_reviews_report', ['reportId', 'createdAt'])
@Check('CHK_report_reviews_kind', `"kind" IN ('start_review', 'accept', 'return', 'comment')`)
export class ReportReview {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_report_reviews' })
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ImplementationReport, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_reviews_report' })
  report?: ImplementationReport;

  /** The submitted version it concerns (0 when there is none yet). */
  @Column({ type: 'integer' })
  versionNumber: number;

  @Column({ type: 'varchar', length: 12 })
  kind: 'start_review' | 'accept' | 'return' | 'comment';

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'jsonb', nullable: true })
  assessment: { status: string; note: string | null } | null;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @Column({ type: 'varchar', length: 20 })
  authorRole: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
