import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { User } from '../user.entity.js';

/**
 * A user's TOTP second factor (RFC 6238, SHA-1, 6 digits, 30 s). Created unconfirmed at enrolment start; active once
 * confirmed with a first code. The secret is stored encrypted (AES-256-GCM, see mfa-crypto.ts), never in clear.
 */
@Entity({ name: 'user_mfa' })
@Unique('UQ_user_mfa_user', ['userId'])
export class UserMfa {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_user_mfa' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  // One row per user (UQ_user_mfa_user); a many-to-one relation avoids TypeORM's extra, unnamed unique constraint.
  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_user_mfa_user' })
  user?: User;

  /** `v1.<iv>.<tag>.<ciphertext>`, bound to the user id. */
  @Column({ type: 'varchar', length: 200 })
  secretEncrypted: string;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  /**
   * The last TOTP time step (Unix time / 30) accepted for this user: a code of that step or an earlier one is refused,
   * so an observed code cannot be replayed. An integer holds steps until the year 4010.
   */
  @Column({ type: 'integer', nullable: true })
  lastUsedStep: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
