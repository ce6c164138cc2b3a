import { IsEmail, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { registerAs } from '@nestjs/config';
import { ConfigError, validateEnv } from '#common';
import type { Role } from '#contracts';

export class AuthEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: string = 'development';

  /**
   * HMAC key of the access tokens. Never a default from the source: without it the API generates one under DATA_DIR
   * on first start (see resolveJwtSecret), and refuses to start in production with its own database.
   */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET: string;

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

  /** Absolute lifetime of a sign-in session: refreshing never extends a session past it. */
  @IsInt()
  @Min(1)
  @Max(365)
  SESSION_MAX_DAYS: number = 30;

  /** Failures of one account from one address before each further attempt from there must wait (doubling). */
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_FREE_FAILURES_PER_ADDRESS: number = 5;

  /** Longest wait imposed on an (account, address) pair, in seconds. */
  @IsInt()
  @Min(1)
  @Max(86_400)
  LOGIN_MAX_DELAY_SECONDS: number = 900;

  /** Failures of one account (from any address) inside the window after which its owner is told. */
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_ALERT_AFTER_FAILURES: number = 10;

  @IsInt()
  @Min(1)
  @Max(100_000)
  LOGIN_MAX_FAILURES_PER_IP: number = 100;

  @IsInt()
  @Min(1)
  @Max(1440)
  LOGIN_WINDOW_MINUTES: number = 15;

  /** How long an invitation link (new account, reset by an admin) stays valid. */
  @IsInt()
  @Min(1)
  @Max(720)
  INVITATION_TTL_HOURS: number = 72;

  /** How long a "forgot password" link stays valid. */
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_TTL_MINUTES: number = 30;

  /** How long a generated temporary password (first admin, CLI create-admin) can be used. */
  @IsInt()
  @Min(1)
  @Max(720)
  TEMPORARY_PASSWORD_TTL_HOURS: number = 72;

  /** Address of the web application, used to build the links in e-mails. */
  @Matches(/^https?:\/\/[^\s/]+(\/\S*)?$/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL: string = 'http://localhost:3000';

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

  /**
   * How long a user's row (with their session) is kept in process between requests; changes reach every replica
   * at once through LISTEN/NOTIFY, so this only bounds memory and the session's last-used time. 0 = read per request.
   */
  @IsInt()
  @Min(0)
  @Max(3600)
  USER_CACHE_TTL_SECONDS: number = 60;

  /** How often the user-cache listener proves it still receives notifications (a ping through the pool). */
  @IsInt()
  @Min(100)
  @Max(60_000)
  USER_CACHE_HEARTBEAT_MS: number = 5_000;

  /** Wait before the listener reconnects after losing its connection (requests read per request meanwhile). */
  @IsInt()
  @Min(10)
  @Max(60_000)
  USER_CACHE_RECONNECT_MS: number = 1_000;
}

/** The roles MFA_REQUIRED_ROLES names. */
export function mfaRequiredRoles(config: Pick<AuthEnv, 'MFA_REQUIRED_ROLES'>): Set<Role> {
  const list = config.MFA_REQUIRED_ROLES.trim();
  if (list === '' || list === 'none') return new Set();
  return new Set(list.split(',').map((r) => r.trim() as Role));
}

export function loadAuthEnv(env: Record<string, string | undefined> = process.env): AuthEnv {
  if (!env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: is not set (the API generates one under DATA_DIR unless NODE_ENV=production with DATABASE_URL)');
  }
  const config = validateEnv(AuthEnv, env);
  // validateEnv treats an empty variable as unset; for MFA_REQUIRED_ROLES an explicit empty value means "nobody".
  if (env.MFA_REQUIRED_ROLES !== undefined && env.MFA_REQUIRED_ROLES.trim() === '') config.MFA_REQUIRED_ROLES = '';
  return config;
}

export const authConfig = registerAs('auth', () => loadAuthEnv());
