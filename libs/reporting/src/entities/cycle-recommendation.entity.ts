import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Recommendation } from '#catalogue';
import { ReportingCycle } from './reporting-cycle.entity.js';

/** The cycle's scope, frozen when the cycle is created: the recommendations States report on. */
@Entity({ name: 'cycle_recommendations' })
@Index('IDX_cycle_recommendations_recommendation', ['recommendationId'])
export class CycleRecommendation {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cycle_recommendations' })
  cycleId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_cycle_recommendations' })
  recommendationId: string;

  @ManyToOne(() => ReportingCycle, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'cycle_id', foreignKeyConstraintName: 'FK_cycle_recommendations_cycle' })
  cycle?: ReportingCycle;

  @ManyToOne(() => Recommendation, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_cycle_recommendations_recommendation' })
  recommendation?: Recommendation;
}
