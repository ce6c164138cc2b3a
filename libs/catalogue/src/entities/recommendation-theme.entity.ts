import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Recommendation } from './recommendation.entity.js';
import { Theme } from './theme.entity.js';

@Entity({ name: 'recommendation_themes' })
@Index('IDX_recommendation_themes_theme', ['themeId'])
export class RecommendationTheme {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_themes' })
  recommendationId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_themes' })
  themeId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_themes_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => Theme, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'theme_id', foreignKeyConstraintName: 'FK_recommendation_themes_theme' })
  theme?: Theme;

  /** `import` (suggested by the importer) or `secretariat`. */
  @Column({ type: 'varchar', length: 12 })
  source: 'import' | 'secretariat';

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
