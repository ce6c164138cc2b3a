import type { EntityManager } from 'typeorm';
import { AuthError } from './auth-errors.js';
import { LoginFailure } from './login-failure.entity.js';

export interface LoginLimits {
  perAccount: number;
  perIp: number;
  windowMinutes: number;
}

/**
 * Failed sign-ins counted in PostgreSQL. Callers hold an advisory lock on the account for the whole attempt, so
 * parallel guesses against one account cannot slip past the limit.
 */
export class LoginLimiter {
  constructor(private readonly limits: LoginLimits) {}

  /** Throws TOO_MANY_ATTEMPTS (with Retry-After) when the account or the address is over its limit. */
  async assertAllowed(em: EntityManager, email: string, ip: string | undefined): Promise<void> {
    const checks: [LoginFailure['scope'], string, number][] = [['account', email, this.limits.perAccount]];
    if (ip) checks.push(['ip', ip, this.limits.perIp]);
    for (const [scope, key, limit] of checks) {
      // The limit-th most recent failure inside the window: once it ages out, the count falls below the limit.
      const rows: { retry_after: string }[] = await em.query(
        `SELECT ceil(extract(epoch FROM (occurred_at + make_interval(mins => $3) - now())))::int AS retry_after
           FROM login_failures
          WHERE scope = $1 AND key = $2 AND occurred_at > now() - make_interval(mins => $3)
          ORDER BY occurred_at DESC
          OFFSET $4 - 1 LIMIT 1`,
        [scope, key, this.limits.windowMinutes, limit],
      );
      if (rows.length > 0) {
        throw new AuthError('TOO_MANY_ATTEMPTS', undefined, { retryAfterSeconds: Math.max(1, Number(rows[0].retry_after)) });
      }
    }
  }

  async recordFailure(em: EntityManager, email: string, ip: string | undefined): Promise<void> {
    const rows: Partial<LoginFailure>[] = [{ scope: 'account', key: email }];
    if (ip) rows.push({ scope: 'ip', key: ip });
    await em.insert(LoginFailure, rows);
    // Keep the table small: rows older than a day can never matter again.
    await em.query(`DELETE FROM login_failures WHERE scope = 'account' AND key = $1 AND occurred_at < now() - interval '1 day'`, [email]);
  }

  async clearAccount(em: EntityManager, email: string): Promise<void> {
    await em.delete(LoginFailure, { scope: 'account', key: email });
  }
}
