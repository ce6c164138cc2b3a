import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Session } from './session.entity.js';

/** An agenda-item heading recommendations stand under; nestable (2011 section 4 has (a)(b)(c)). */
@Entity({ name: 'sections' })
@Unique('UQ_sections_session_key', ['sessionId', 'key'])
@Index('IDX_sections_parent', ['parentId'])
export class Section {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_sections' })
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_sections_session' })
  session?: Session;

  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => Section, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'FK_sections_parent' })
  parent?: Section | null;

  /** The printed label path, e.g. `A`, `A.4(a)`: stable across re-imports. */
  @Column({ type: 'varchar', length: 60 })
  key: string;

  /** Heading per language. */
  @Column({ type: 'jsonb' })
  heading: Record<string, string>;

  /** Order within the session (depth-first). */
  @Column({ type: 'integer' })
  ordinal: number;
}
