import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { registerAs } from '@nestjs/config';
import { validateEnv } from '#common';
import type { Role } from './permissions.js';

/** Well known, so a production start with it is refused. */
export const DEVELOPMENT_JWT_SECRET = 'wg4-development-secret-change-me-0123456789';

export class AuthEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string = DEVELOPMENT_JWT_SECRET;

  /** Access-token lifetime in seconds. */
  @IsInt()
  @Min(30)
  @Max(86_400)
  JWT_ACCESS_TTL_SECONDS: number = 900;

  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TTL_DAYS: number = 14;

  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL?: string;

  @IsOptional()
  @IsString()
  ADMIN_PASSWORD?: string;

  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_FAILURES_PER_ACCOUNT: number = 10;

  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_MAX_FAILURES_PER_IP: number = 100;

  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_WINDOW_MINUTES: number = 15;

  // --- MFA (libs/auth/src/mfa) ---
  /** Roles that must sign in with a second factor (comma-separated; empty or `none` = nobody). */
  @IsString()
  @Matches(/^\s*(none|((admin|secretariat|focal_point)\s*(,\s*(admin|secretariat|focal_point)\s*)*))?\s*$/, {
    message: 'MFA_REQUIRED_ROLES must be a comma-separated list of admin, secretariat, focal_point (or empty / none)',
  })
  MFA_REQUIRED_ROLES: string = 'admin,secretariat';

  /** The issuer name authenticator apps show beside the account. */
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  MFA_ISSUER: string = 'WG.4 Follow-up';

  /** Key material for encrypting TOTP secrets at rest; without it a key is derived from JWT_SECRET. */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'MFA_ENCRYPTION_KEY must be at least 32 characters' })
  MFA_ENCRYPTION_KEY?: string;
  // --- end MFA ---
}

/** The roles MFA_REQUIRED_ROLES names. */
export function mfaRequiredRoles(config: Pick<AuthEnv, 'MFA_REQUIRED_ROLES'>): Set<Role> {
  const list = config.MFA_REQUIRED_ROLES.trim();
  if (list === '' || list === 'none') return new Set();
  return new Set(list.split(',').map((r) => r.trim() as Role));
}

export function loadAuthEnv(env: Record<string, string | undefined> = process.env): AuthEnv {
  const config = validateEnv(AuthEnv, env);
  // validateEnv treats an empty variable as unset; for MFA_REQUIRED_ROLES an explicit empty value means "nobody".
  if (env.MFA_REQUIRED_ROLES !== undefined && env.MFA_REQUIRED_ROLES.trim() === '') config.MFA_REQUIRED_ROLES = '';
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    throw new Error('Invalid configuration:\n  JWT_SECRET: must be set to your own secret (32+ characters) when NODE_ENV=production');
  }
  return config;
}

export const authConfig = registerAs('auth', () => loadAuthEnv());
