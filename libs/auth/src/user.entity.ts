import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { ROLES, UI_LANGUAGES, type Role } from '#contracts';
import { sqlValues } from '#common';

@Entity({ name: 'users' })
@Unique('UQ_users_email', ['email'])
@Index('IDX_users_role', ['role'])
@Index('IDX_users_state_code', ['stateCode'])
@Check('CHK_users_role', `"role" IN (${sqlValues(ROLES)})`)
// A focal point acts for exactly one State; nobody else has one.
@Check('CHK_users_state_code', `("role" = 'focal_point') = ("state_code" IS NOT NULL)`)
@Check('CHK_users_email_normalised', `"email" = lower(btrim("email"))`)
@Check('CHK_users_language', `"language" IN (${sqlValues(UI_LANGUAGES)})`)
export class User {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_users' })
  id: string;

  /** Stored trimmed and lower-cased; unique. */
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** ISO 3166-1 alpha-3 code of the State a focal point acts for. */
  @Column({ type: 'char', length: 3, nullable: true })
  stateCode: string | null;

  /** Null until the user sets a password through their invitation link (admins never choose or see one). */
  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  /** Set for temporary passwords: the user must choose a new one before doing anything else. */
  @Column({ type: 'boolean', default: false })
  mustChangePassword: boolean;

  /** A temporary password stops working at this moment (null for a password the user chose). */
  @Column({ type: 'timestamptz', nullable: true })
  passwordExpiresAt: Date | null;

  /** The interface language the user chose (one of the six UN languages). */
  @Column({ type: 'varchar', length: 2, default: 'en' })
  language: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Bumped on deactivation, role/State change and password reset: outstanding access tokens stop working at once. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  /** True while the user has a confirmed second factor (kept by MfaService; read on every request by the guard). */
  @Column({ type: 'boolean', default: false })
  mfaEnabled: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @VersionColumn()
  version: number;
}
