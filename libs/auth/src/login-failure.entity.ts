import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One failed sign-in, counted per account, per (account, client address) and per client address. Kept in PostgreSQL rather than process memory so
 * that every API replica enforces the same limit.
 */
@Entity({ name: 'login_failures' })
@Index('IDX_login_failures_scope_key_time', ['scope', 'key', 'occurredAt'])
export class LoginFailure {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_login_failures' })
  id: string;

  @Column({ type: 'varchar', length: 10 })
  scope: 'account' | 'pair' | 'ip';

  /** The e-mail, the address, or "e-mail|address" for a pair. */
  @Column({ type: 'varchar', length: 320 })
  key: string;

  @CreateDateColumn({ type: 'timestamptz' })
  occurredAt: Date;
}
