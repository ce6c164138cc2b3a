import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Recommendation } from './recommendation.entity.js';

export const LINK_TYPES = ['reiterates', 'builds_on', 'supersedes'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** A typed relation the secretariat maintains: `from` reiterates / builds on / supersedes `to`. */
@Entity({ name: 'recommendation_links' })
@Unique('UQ_recommendation_links_from_to_type', ['fromId', 'toId', 'type'])
@Index('IDX_recommendation_links_to', ['toId'])
@Check('CHK_recommendation_links_type', `"type" IN ('reiterates', 'builds_on', 'supersedes')`)
@Check('CHK_recommendation_links_not_self', `"from_id" <> "to_id"`)
export class RecommendationLink {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_recommendation_links' })
  id: string;

  @Column({ type: 'uuid' })
  fromId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'from_id', foreignKeyConstraintName: 'FK_recommendation_links_from' })
  from?: Recommendation;

  @Column({ type: 'uuid' })
  toId: string;

  @ManyToOne(() => Recommendation, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'to_id', foreignKeyConstraintName: 'FK_recommendation_links_to' })
  to?: Recommendation;

  @Column({ type: 'varchar', length: 12 })
  type: LinkType;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
