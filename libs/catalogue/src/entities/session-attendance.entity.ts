import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Session } from './session.entity.js';
import { State } from './state.entity.js';

/** One participant listed in a session's report, matched to a State where it is one. */
@Entity({ name: 'session_attendance' })
@Unique('UQ_session_attendance_session_name', ['sessionId', 'name', 'category'])
@Index('IDX_session_attendance_state', ['stateCode'])
@Check(
  'CHK_session_attendance_category',
  `"category" IN ('party', 'reio', 'signatory', 'observer_state', 'un_entity', 'igo', 'other_entity')`,
)
export class SessionAttendance {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_session_attendance' })
  id: string;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => Session, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_session_attendance_session' })
  session?: Session;

  @Column({ type: 'char', length: 3, nullable: true })
  stateCode: string | null;

  @ManyToOne(() => State, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'state_code', foreignKeyConstraintName: 'FK_session_attendance_state' })
  state?: State | null;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  category: string;

  @Column({ type: 'integer' })
  ordinal: number;
}
