import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../user.entity.js';

/**
 * The second step of a sign-in: issued once the password is right, for a user with MFA. Opaque to the client and
 * stored as a SHA-256 hash; single use, 5 minutes, and dead after MFA_CHALLENGE_MAX_ATTEMPTS wrong codes.
 */
@Entity({ name: 'mfa_challenges' })
@Unique('UQ_mfa_challenges_token_hash', ['tokenHash'])
@Index('IDX_mfa_challenges_user', ['userId'])
export class MfaChallenge {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mfa_challenges' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_mfa_challenges_user' })
  user?: User;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Wrong codes given for this challenge. */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  consumedAt: Date | null;
}
