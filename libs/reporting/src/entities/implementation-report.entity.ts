import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Recommendation, State } from '#catalogue';
import { IMPLEMENTATION_STATUSES, WORKFLOW_STATES, type AssistanceType, type ImplementationStatus, type MeasureType, type WorkflowState } from '#contracts';
import { sqlValues } from '#common';
import { ReportingCycle } from './reporting-cycle.entity.js';


export interface ReportContent {
  implementationStatus: ImplementationStatus | null;
  narrative: Record<string, string>;
  measures: { type: MeasureType; description: string }[];
  evidence: { title: string; url: string }[];
  challenges: string | null;
  assistanceNeeded: boolean;
  assistanceDetails: string | null;
  assistanceType: AssistanceType | null;
}

/** One State's report on one recommendation in one cycle: its self-assessment, and the secretariat's beside it. */
@Entity({ name: 'implementation_reports' })
@Unique('UQ_implementation_reports_cycle_state_recommendation', ['cycleId', 'stateCode', 'recommendationId'])
@Index('IDX_implementation_reports_cycle_state', ['cycleId', 'stateCode'])
// Covering (INCLUDE the counted fields) so summaries read a cycle's reports by index only; written in migration
// SummaryIndexes, hence synchronize: false.
@Index('IDX_implementation_reports_cycle_workflow', { synchronize: false })
@Index('IDX_implementation_reports_recommendation', ['recommendationId'])
// The review queue (submitted and under review, oldest submission first) reads this small partial index in order.
@Index('IDX_implementation_reports_review_queue', ['submittedAt', 'id'], { where: `"workflow_state" IN ('submitted', 'under_review')` })
@Check('CHK_implementation_reports_workflow', `"workflow_state" IN (${sqlValues(WORKFLOW_STATES)})`)
@Check(
  'CHK_implementation_reports_status',
  `"implementation_status" IS NULL OR "implementation_status" IN (${sqlValues(IMPLEMENTATION_STATUSES)})`,
)
export class ImplementationReport {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_implementation_reports' })
  id: string;

  @Column({ type: 'uuid' })
  cycleId: string;

  @ManyToOne(() => ReportingCycle, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'cycle_id', foreignKeyConstraintName: 'FK_implementation_reports_cycle' })
  cycle?: ReportingCycle;

  @Column({ type: 'char', length: 3 })
  stateCode: string;

  @ManyToOne(() => State, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'state_code', foreignKeyConstraintName: 'FK_implementation_reports_state' })
  state?: State;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_implementation_reports_recommendation' })
  recommendation?: Recommendation;

  @Column({ type: 'varchar', length: 14 })
  workflowState: WorkflowState;

  @Column({ type: 'varchar', length: 24, nullable: true })
  implementationStatus: ImplementationStatus | null;

  @Column({ type: 'jsonb' })
  narrative: Record<string, string>;

  @Column({ type: 'jsonb' })
  measures: ReportContent['measures'];

  @Column({ type: 'jsonb' })
  evidence: ReportContent['evidence'];

  @Column({ type: 'text', nullable: true })
  challenges: string | null;

  @Column({ type: 'boolean', default: false })
  assistanceNeeded: boolean;

  @Column({ type: 'text', nullable: true })
  assistanceDetails: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  assistanceType: AssistanceType | null;

  /** The secretariat's own assessment, kept beside the State's self-assessment (never over it). */
  @Column({ type: 'jsonb', nullable: true })
  secretariatAssessment: { status: ImplementationStatus; note: string | null } | null;

  /** Content pre-filled from the State's last accepted report on the same recommendation (carry-forward). */
  @Column({ type: 'uuid', nullable: true })
  carriedFromId: string | null;

  /** Number of submitted versions so far. */
  @Column({ type: 'integer', default: 0 })
  submissions: number;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** Last submission came after the cycle's closing day. */
  @Column({ type: 'boolean', default: false })
  late: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  /** ETag source (If-Match on saves). */
  @VersionColumn()
  version: number;
}
