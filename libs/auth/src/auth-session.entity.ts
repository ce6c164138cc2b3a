import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity.js';

/**
 * One sign-in: the `sid` of every access token issued in it and the parent of its refresh tokens. Checked on every
 * request, so revoking it (sign-out, reuse of a refresh token, an admin's "sign out everywhere") ends it at once; it
 * never outlives `expiresAt`, however often it is refreshed.
 */
@Entity({ name: 'auth_sessions' })
@Index('IDX_auth_sessions_user', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_auth_sessions' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_auth_sessions_user' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Absolute end: SESSION_MAX_DAYS after sign-in. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Updated at most once a minute by authenticated requests, and by every refresh. */
  @Column({ type: 'timestamptz' })
  lastUsedAt: Date;

  /** Client address at sign-in and at the last refresh. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;

  /** The browser or client (User-Agent, shortened), so a person can tell their sessions apart. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  revokedReason: string | null;
}
