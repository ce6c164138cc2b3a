import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Recommendation } from './recommendation.entity.js';

/** The state of a recommendation *before* a change, kept for ever ("every change keeps the previous text"). */
@Entity({ name: 'recommendation_revisions' })
@Unique('UQ_recommendation_revisions_version', ['recommendationId', 'version'])
@Index('IDX_recommendation_revisions_recommendation', ['recommendationId', 'createdAt'])
export class RecommendationRevision {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_revisions' })
  id: string;

  @Column({ type: 'uuid' })
  recommendationId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_revisions_recommendation' })
  recommendation?: Recommendation;

  /** The version this snapshot had. */
  @Column({ type: 'integer' })
  version: number;

  /** Snapshot of the fields as they were: text, addressee, modality, adoption, requiresStateReport, themes. */
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  /** Fields the change touched. */
  @Column({ type: 'varchar', array: true, length: 40 })
  changedFields: string[];

  /** `import` or `edit`. */
  @Column({ type: 'varchar', length: 10 })
  source: 'import' | 'edit';

  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
