import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const CYCLE_STATUSES = ['planned', 'open', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

/** A reporting round the secretariat runs before a session: a fixed scope of recommendations, open for a while. */
@Entity({ name: 'reporting_cycles' })
@Index('IDX_reporting_cycles_status', ['status'])
@Check('CHK_reporting_cycles_status', `"status" IN ('planned', 'open', 'closed')`)
@Check('CHK_reporting_cycles_dates', `"closes_on" >= "opens_on"`)
export class ReportingCycle {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_reporting_cycles' })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'date' })
  opensOn: string;

  /** Submissions after this day, while the cycle is still open, are accepted and marked late. */
  @Column({ type: 'date' })
  closesOn: string;

  @Column({ type: 'varchar', length: 10 })
  status: CycleStatus;

  /** The filters the scope was selected with: `{ sessions?, recommendationIds?, themes? }`. */
  @Column({ type: 'jsonb' })
  filters: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
