import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Article } from './article.entity.js';
import { Recommendation } from './recommendation.entity.js';

export const ARTICLE_LINK_STATUSES = ['suggested', 'confirmed', 'rejected'] as const;
export type ArticleLinkStatus = (typeof ARTICLE_LINK_STATUSES)[number];
export const ARTICLE_LINK_BASES = ['citation', 'keyword', 'secretariat'] as const;
export type ArticleLinkBasis = (typeof ARTICLE_LINK_BASES)[number];

/**
 * A recommendation concerns an article: suggested by the rules (article-rules.ts) or added by the secretariat, then
 * confirmed or rejected by it. A rejected link stays, so that the rules never suggest it again.
 */
@Entity({ name: 'recommendation_articles' })
@Index('IDX_recommendation_articles_article_status', ['articleId', 'status'])
@Check('CHK_recommendation_articles_status', `"status" IN ('suggested', 'confirmed', 'rejected')`)
@Check('CHK_recommendation_articles_basis', `"basis" IN ('citation', 'keyword', 'secretariat')`)
export class RecommendationArticle {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_articles' })
  recommendationId: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_recommendation_articles' })
  articleId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'recommendation_id', foreignKeyConstraintName: 'FK_recommendation_articles_recommendation' })
  recommendation?: Recommendation;

  @ManyToOne(() => Article, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'article_id', foreignKeyConstraintName: 'FK_recommendation_articles_article' })
  article?: Article;

  @Column({ type: 'varchar', length: 12 })
  status: ArticleLinkStatus;

  /** Why it was suggested: an explicit citation (strong), a keyword (weak), or the secretariat added it. */
  @Column({ type: 'varchar', length: 12 })
  basis: ArticleLinkBasis;

  /** The rule that suggested it (`citation:zh`, `keyword:prevention`); null when the secretariat added it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  rule: string | null;

  /** Who confirmed or rejected it, and when (null while suggested). */
  @Column({ type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
