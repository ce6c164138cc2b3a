import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { Transform } from 'class-transformer';
import { registerAs } from '@nestjs/config';
import { validateEnv } from '#common';

export class HttpEnv {
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  /** Loopback unless told otherwise: a default start is not reachable from the network (the Docker image sets 0.0.0.0). */
  @IsString()
  HOST: string = '127.0.0.1';

  /** Largest JSON body accepted (body-parser syntax). */
  @Matches(/^\d+(b|kb|mb)$/i, { message: 'BODY_LIMIT must look like 100kb or 1mb' })
  BODY_LIMIT: string = '1mb';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: string = 'info';

  /** Behind a reverse proxy: trust X-Forwarded-For so rate limits see the client address. */
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  TRUST_PROXY: boolean = false;

  /** Comma-separated origins of a web app served elsewhere; CORS (with credentials) and the cookie Origin check allow them. */
  @IsOptional()
  @IsString()
  CORS_ORIGIN?: string;

  /** The session cookie's Secure flag: `auto` sets it when the request came over HTTPS (req.secure, see TRUST_PROXY). */
  @IsIn(['auto', 'true', 'false'])
  COOKIE_SECURE: 'auto' | 'true' | 'false' = 'auto';

  /** The built web app served at `/` (relative to the working directory); without an index.html there, `/` is a small page. */
  @IsString()
  WEB_DIST_DIR: string = 'apps/web/dist';
}

/** The configured CORS origins, normalised (scheme://host[:port], lower case, no trailing slash). */
export function corsOrigins(http: Pick<HttpEnv, 'CORS_ORIGIN'>): string[] {
  return (http.CORS_ORIGIN ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((o) => {
      try {
        return new URL(o).origin;
      } catch {
        return o.replace(/\/+$/, '').toLowerCase();
      }
    });
}

export function loadHttpEnv(env: Record<string, string | undefined> = process.env): HttpEnv {
  return validateEnv(HttpEnv, env);
}

export const httpConfig = registerAs('http', () => loadHttpEnv());
