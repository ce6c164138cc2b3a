import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** One row of the append-only audit trail. A database trigger (see migrations) rejects UPDATE, DELETE and TRUNCATE. */
@Entity({ name: 'audit_events' })
@Index('IDX_audit_events_occurred_at', ['occurredAt'])
@Index('IDX_audit_events_actor', ['actorId', 'occurredAt'])
@Index('IDX_audit_events_entity', ['entity', 'entityId'])
@Index('IDX_audit_events_action', ['action', 'occurredAt'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_audit_events' })
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;

  /** The user who acted; null for anonymous events such as a failed login with an unknown e-mail. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  actorRole: string | null;

  /** e.g. `auth.login.succeeded`, `user.updated`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entity: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  entityId: string | null;

  /** The server's own id of the request that caused the event (a UUID it generated). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  /** The client's X-Request-Id, as it sent it (validated: short, printable ASCII); never taken for ours. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  clientRequestId: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** Changed fields only: `{ field: { from, to } }`; secrets are never recorded. */
  @Column({ type: 'jsonb', nullable: true })
  changes: Record<string, FieldChange> | null;

  @Column({ type: 'jsonb', nullable: true })
  metadata: Record<string, unknown> | null;
}
