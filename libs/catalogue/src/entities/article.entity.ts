import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const ARTICLE_INSTRUMENTS = ['tip_protocol', 'untoc'] as const;
export type ArticleInstrument = (typeof ARTICLE_INSTRUMENTS)[number];

/**
 * An article of the Trafficking in Persons Protocol or of the Organized Crime Convention (the ones the
 * recommendations cite): a seeded taxonomy (seeds/articles.json), titles in the six UN languages.
 */
@Entity({ name: 'articles' })
@Unique('UQ_articles_code', ['code'])
@Unique('UQ_articles_instrument_number', ['instrument', 'number'])
@Check('CHK_articles_instrument', `"instrument" IN ('tip_protocol', 'untoc')`)
export class Article {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_articles' })
  id: string;

  /** `tip_6`, `untoc_25`: used in URLs and filters. */
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 16 })
  instrument: ArticleInstrument;

  @Column({ type: 'integer' })
  number: number;

  /** Official title per language. */
  @Column({ type: 'jsonb' })
  titles: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
