import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { User } from '../user.entity.js';

/** One single-use recovery code, stored as a hash (see hashRecoveryCode). Regenerating replaces the whole set. */
@Entity({ name: 'mfa_recovery_codes' })
@Unique('UQ_mfa_recovery_codes_user_hash', ['userId', 'codeHash'])
@Index('IDX_mfa_recovery_codes_user', ['userId'])
export class MfaRecoveryCode {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_mfa_recovery_codes' })
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_mfa_recovery_codes_user' })
  user?: User;

  @Column({ type: 'char', length: 64 })
  codeHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;
}
