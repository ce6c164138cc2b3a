import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { AssistanceType, ImplementationStatus, WorkflowState } from '#contracts';
import { ImplementationReport } from './implementation-report.entity.js';

/**
 * Every change of a report's workflow state, with the figures that summaries count, as they stood at that moment.
 * Written by a database trigger on `implementation_reports` (migration ReportStateChanges), so no code path can change
 * a state without leaving its row, and append-only. Summaries `?asOf=` read the last row of each report before a time.
 */
@Entity({ name: 'report_state_changes' })
@Index('IDX_report_state_changes_cycle_changed', ['cycleId', 'changedAt'])
@Index('IDX_report_state_changes_cycle_state_changed', ['cycleId', 'stateCode', 'changedAt'])
@Index('IDX_report_state_changes_report_changed', ['reportId', 'changedAt'])
export class ReportStateChange {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_report_state_changes' })
  id: string;

  @Column({ type: 'uuid' })
  reportId: string;

  @ManyToOne(() => ImplementationReport, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_state_changes_report' })
  report?: ImplementationReport;

  /** Copied from the report so a cycle's history is read without a join. */
  @Column({ type: 'uuid' })
  cycleId: string;

  @Column({ type: 'char', length: 3 })
  stateCode: string;

  @Column({ type: 'uuid' })
  recommendationId: string;

  /** Null when the report was created. */
  @Column({ type: 'varchar', length: 14, nullable: true })
  fromState: WorkflowState | null;

  @Column({ type: 'varchar', length: 14 })
  toState: WorkflowState;

  /** The submitted version the state concerns (0 before the first submission). */
  @Column({ type: 'integer' })
  versionNumber: number;

  @Column({ type: 'varchar', length: 24, nullable: true })
  implementationStatus: ImplementationStatus | null;

  @Column({ type: 'boolean' })
  assistanceNeeded: boolean;

  @Column({ type: 'varchar', length: 30, nullable: true })
  assistanceType: AssistanceType | null;

  @Column({ type: 'boolean' })
  late: boolean;

  /** clock_timestamp() of the change, so two changes in one transaction keep their order. */
  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  changedAt: Date;
}
