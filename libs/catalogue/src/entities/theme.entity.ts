import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A cross-session topic tag (seeded taxonomy, extended by the secretariat). */
@Entity({ name: 'themes' })
@Unique('UQ_themes_code', ['code'])
export class Theme {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_themes' })
  id: string;

  /** snake_case identifier used in URLs and filters. */
  @Column({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'jsonb' })
  names: Record<string, string>;

  /** Substrings per language that suggest this theme to the importer. */
  @Column({ type: 'jsonb' })
  keywords: Record<string, string[]>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
