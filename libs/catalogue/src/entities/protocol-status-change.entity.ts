import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Session } from './session.entity.js';
import { State, type ProtocolStatus } from './state.entity.js';

/**
 * Where a State's protocol status comes from: `treaty_list` (the UN Treaty Collection's list of parties in
 * seeds/protocol-parties.json; also the source of "not a party" when neither it nor a final report says otherwise),
 * `report` (a final report's attendance list, for what that list lacks), `manual` (the secretariat's correction).
 */
export const PROTOCOL_STATUS_SOURCES = ['treaty_list', 'report', 'manual'] as const;
export type ProtocolStatusSource = (typeof PROTOCOL_STATUS_SOURCES)[number];

/** One entry of a State's protocol status history: the status it took, and from which source. Append-only. */
@Entity({ name: 'protocol_status_changes' })
@Index('IDX_protocol_status_changes_state', ['stateCode', 'recordedAt'])
@Check('CHK_protocol_status_changes_status', `"status" IN ('party', 'signatory', 'non_party')`)
@Check('CHK_protocol_status_changes_previous', `"previous_status" IN ('party', 'signatory', 'non_party')`)
@Check('CHK_protocol_status_changes_source', `"source" IN ('treaty_list', 'report', 'manual')`)
export class ProtocolStatusChange {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_protocol_status_changes' })
  id: string;

  @Column({ type: 'char', length: 3 })
  stateCode: string;

  @ManyToOne(() => State, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'state_code', foreignKeyConstraintName: 'FK_protocol_status_changes_state' })
  state?: State;

  @Column({ type: 'varchar', length: 12 })
  status: ProtocolStatus;

  /** Null for the first entry of a State (the status it had before its history was kept). */
  @Column({ type: 'varchar', length: 12, nullable: true })
  previousStatus: ProtocolStatus | null;

  @Column({ type: 'varchar', length: 12 })
  source: ProtocolStatusSource;

  /** The list's URL, the report's file name (and symbol), or the correcting user's request. */
  @Column({ type: 'varchar', length: 500 })
  sourceReference: string;

  /** The list's as-of date, or the first day of the meeting whose report lists the State. */
  @Column({ type: 'date', nullable: true })
  sourceDate: string | null;

  /** The meeting whose report is the source (`report`). */
  @Column({ type: 'uuid', nullable: true })
  sessionId: string | null;

  @ManyToOne(() => Session, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'FK_protocol_status_changes_session' })
  session?: Session | null;

  /** Why, in a sentence (e.g. "ratification 2004-05-10", "listed among the parties attending"). */
  @Column({ type: 'varchar', length: 500 })
  note: string;

  /** The user who corrected it (`manual`). */
  @Column({ type: 'uuid', nullable: true })
  changedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
