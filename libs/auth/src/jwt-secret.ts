import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ConfigError } from '#common';

export const JWT_SECRET_FILE = 'jwt-secret';

export interface JwtSecretInputs {
  env: Record<string, string | undefined>;
  /** DATA_DIR: where the embedded server's credentials live. */
  dataDir: string;
}

export interface ResolvedJwtSecret {
  secret: string;
  /** Where it came from, for the start-up log (never the secret itself). */
  source: 'JWT_SECRET' | 'generated' | 'data-dir';
  file?: string;
}

/**
 * The access-token signing key. Never from the source code: JWT_SECRET when set; otherwise a random 256-bit key made
 * on first start and kept under DATA_DIR (mode 0600) beside the embedded server's credentials, so restarts keep
 * sessions. In production with one's own database (DATABASE_URL) a missing JWT_SECRET stops the start: replicas on
 * different hosts would each invent a key.
 */
export function resolveJwtSecret({ env, dataDir }: JwtSecretInputs): ResolvedJwtSecret {
  if (env.JWT_SECRET) return { secret: env.JWT_SECRET, source: 'JWT_SECRET' };
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  JWT_SECRET: must be set (32+ random characters, e.g. `openssl rand -base64 48`) when NODE_ENV=production and DATABASE_URL is set',
    );
  }
  const file = path.resolve(dataDir, JWT_SECRET_FILE);
  if (existsSync(file)) {
    // Whoever could read it could sign tokens: tighten a file someone loosened.
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= 32) return { secret, source: 'data-dir', file };
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return { secret, source: 'generated', file };
}
