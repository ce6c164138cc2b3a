import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '#auth';

/** Something a user should know about (a report returned or accepted, a cycle opened, a deadline near). */
@Entity({ name: 'notifications' })
@Index('IDX_notifications_user_created', ['userId', 'createdAt'])
// One reminder per user and occasion, however often (or on however many replicas) the reminder job runs.
@Index('UQ_notifications_user_dedupe', ['userId', 'dedupeKey'], { unique: true, where: '"dedupe_key" IS NOT NULL' })
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_notifications' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notifications_user' })
  user?: User;

  /** e.g. `report.returned`, `report.accepted`, `cycle.opened`, `cycle.deadline`. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @Column({ type: 'varchar', length: 120, nullable: true })
  dedupeKey: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  /** When the e-mail went out (or was logged, without SMTP). */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt: Date | null;
}
