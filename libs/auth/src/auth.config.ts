import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength } from 'class-validator';
import { registerAs } from '@nestjs/config';
import { validateEnv } from '#common';

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
}

export function loadAuthEnv(env: Record<string, string | undefined> = process.env): AuthEnv {
  const config = validateEnv(AuthEnv, env);
  if (config.NODE_ENV === 'production' && config.JWT_SECRET === DEVELOPMENT_JWT_SECRET) {
    throw new Error('Invalid configuration:\n  JWT_SECRET: must be set to your own secret (32+ characters) when NODE_ENV=production');
  }
  return config;
}

export const authConfig = registerAs('auth', () => loadAuthEnv());
