import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ImplementationReport } from './implementation-report.entity.js';

/**
 * An uploaded evidence file, stored in PostgreSQL (never on a path a web server could execute), typed by its
 * content. Removal only hides it: a submitted version may still cite it.
 */
@Entity({ name: 'evidence_files' })
@Index('IDX_evidence_files_report', ['reportId'])
export class EvidenceFile {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_evidence_files' })
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ImplementationReport, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_evidence_files_report' })
  report?: ImplementationReport;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  /** Detected from the bytes, not taken from the client. */
  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  data: Buffer;

  @Column({ type: 'uuid', nullable: true })
  uploadedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
