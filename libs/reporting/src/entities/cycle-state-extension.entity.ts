import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { State } from '#catalogue';
import { ReportingCycle } from './reporting-cycle.entity.js';

/**
 * One State's own closing day in a cycle (the secretariat granted it more time). The State's submissions are late only
 * after the later of this day and the cycle's; the cycle's other States keep the cycle's.
 */
@Entity({ name: 'cycle_state_extensions' })
export class CycleStateExtension {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cycle_state_extensions' })
  cycleId: string;

  @PrimaryColumn({ type: 'char', length: 3, primaryKeyConstraintName: 'PK_cycle_state_extensions' })
  stateCode: string;

  @ManyToOne(() => ReportingCycle, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'cycle_id', foreignKeyConstraintName: 'FK_cycle_state_extensions_cycle' })
  cycle?: ReportingCycle;

  @ManyToOne(() => State, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'state_code', foreignKeyConstraintName: 'FK_cycle_state_extensions_state' })
  state?: State;

  @Column({ type: 'date' })
  closesOn: string;

  /** Why the State was given more time (shown to the secretariat and to the State's focal points). */
  @Column({ type: 'varchar', length: 1000 })
  reason: string;

  @Column({ type: 'uuid', nullable: true })
  grantedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
