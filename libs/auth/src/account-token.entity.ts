import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from './user.entity.js';

export const ACCOUNT_TOKEN_PURPOSES = ['invitation', 'password_reset'] as const;
export type AccountTokenPurpose = (typeof ACCOUNT_TOKEN_PURPOSES)[number];

/**
 * A single-use link that lets a user set their own password: an invitation (new account, or a reset by an admin) or
 * a "forgot password" reset. Only the SHA-256 of the token is stored; the token itself exists in the e-mail alone.
 */
@Entity({ name: 'account_tokens' })
@Unique('UQ_account_tokens_token_hash', ['tokenHash'])
@Index('IDX_account_tokens_user', ['userId', 'purpose'])
@Check('CHK_account_tokens_purpose', `"purpose" IN ('invitation', 'password_reset')`)
export class AccountToken {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_account_tokens' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_account_tokens_user' })
  user?: User;

  @Column({ type: 'varchar', length: 20 })
  purpose: AccountTokenPurpose;

  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Used, or superseded by a newer link of the same purpose. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Who asked for it: an admin's id, or null for the user themselves (forgot password) and the system. */
  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}
