import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const SESSION_STATUSES = ['draft', 'final', 'unknown'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

/** A meeting of the Working Group (1st: April 2009). */
@Entity({ name: 'sessions' })
@Unique('UQ_sessions_number', ['number'])
@Unique('UQ_sessions_report_symbol', ['reportSymbol'])
@Check('CHK_sessions_status', `"status" IN ('draft', 'final', 'unknown')`)
@Check('CHK_sessions_dates', `"end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date"`)
export class Session {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sessions' })
  id: string;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'date', nullable: true })
  startDate: string | null;

  @Column({ type: 'date', nullable: true })
  endDate: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  chair: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  format: string | null;

  /**
   * The status of its report. A draft session's recommendations are not reportable until its report is final;
   * `unknown` for a meeting known only from other documents (its report is not in the record).
   */
  @Column({ type: 'varchar', length: 10, default: 'unknown' })
  status: SessionStatus;

  @Column({ type: 'varchar', length: 60, nullable: true })
  reportSymbol: string | null;

  /** Report title per language. */
  @Column({ type: 'jsonb' })
  title: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
