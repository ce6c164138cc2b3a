import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Session } from './session.entity.js';

/** A document before a session (from the report's document list). */
@Entity({ name: 'session_documents' })
@Unique('UQ_session_documents_session_symbol', ['sessionId', 'symbol'])
@Index('IDX_session_documents_symbol', ['symbol'])
export class SessionDocument {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_session_documents' })
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_session_documents_session' })
  session?: Session;

  @Column({ type: 'varchar', length: 80 })
  symbol: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  agendaItem: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'integer' })
  ordinal: number;
}
