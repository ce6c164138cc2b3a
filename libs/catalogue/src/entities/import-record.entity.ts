import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One applied import of a source document; the same bytes are never applied twice. */
@Entity({ name: 'imports' })
@Unique('UQ_imports_sha256', ['sha256'])
@Index('IDX_imports_session', ['sessionId'])
export class ImportRecord {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_imports' })
  id: string;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Column({ type: 'varchar', length: 2 })
  language: string;

  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  /** Counts of what was created/changed and the parser's warnings. */
  @Column({ type: 'jsonb' })
  summary: Record<string, unknown>;

  @Column({ type: 'uuid', nullable: true })
  importedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  importedAt: Date;
}
