import type { EntityManager } from 'typeorm';
import type { AuthEnv } from './auth.config.js';
import { AuthError } from './auth-errors.js';
import { LoginFailure } from './login-failure.entity.js';

export interface LoginLimits {
  /** Failures of one account from one address before that pair must wait. */
  freeFailuresPerAddress: number;
  /** Longest wait imposed on a pair, in seconds. */
  maxDelaySeconds: number;
  /** Failures from one address (any account) inside the window before the address is refused. */
  perIp: number;
  windowMinutes: number;
}

/**
 * Failed sign-ins counted in PostgreSQL (every replica sees the same counts). Three counters:
 * - (account, address): after `freeFailuresPerAddress` failures, each further try from that address must wait a
 *   delay that doubles with every failure (1 s, 2 s, 4 s … up to `maxDelaySeconds`). This slows a guesser down
 *   without locking the owner out: the right password from an address that has not failed is never delayed.
 * - address: a hard ceiling per window, whatever the account (one host spraying many accounts).
 * - account: counted only to tell the owner (see `failuresInWindow`), never to refuse them.
 * Callers hold an advisory lock on the account for the whole attempt, so parallel guesses cannot slip past. Times are
 * clock_timestamp(), not now(): a transaction that waited for the lock must not date its failure to before the wait.
 */
export class LoginLimiter {
  constructor(private readonly limits: LoginLimits) {}

  /** The limits from the auth configuration (sign-in, MFA codes and password changes share them). */
  static fromConfig(config: Pick<AuthEnv, 'LOGIN_FREE_FAILURES_PER_ADDRESS' | 'LOGIN_MAX_DELAY_SECONDS' | 'LOGIN_MAX_FAILURES_PER_IP' | 'LOGIN_WINDOW_MINUTES'>): LoginLimiter {
    return new LoginLimiter({
      freeFailuresPerAddress: config.LOGIN_FREE_FAILURES_PER_ADDRESS,
      maxDelaySeconds: config.LOGIN_MAX_DELAY_SECONDS,
      perIp: config.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: config.LOGIN_WINDOW_MINUTES,
    });
  }

  static pairKey(email: string, ip: string | undefined): string {
    return `${email}|${ip ?? 'unknown'}`;
  }

  /** Throws TOO_MANY_ATTEMPTS (with Retry-After) when the address, or this account from this address, must wait. */
  async assertAllowed(em: EntityManager, email: string, ip: string | undefined): Promise<void> {
    if (ip) {
      // The perIp-th most recent failure inside the window: once it ages out, the count falls below the limit.
      const rows: { retry_after: string }[] = await em.query(
        `SELECT ceil(extract(epoch FROM (occurred_at + make_interval(mins => $2) - clock_timestamp())))::int AS retry_after
           FROM login_failures
          WHERE scope = 'ip' AND key = $1 AND occurred_at > clock_timestamp() - make_interval(mins => $2)
          ORDER BY occurred_at DESC
          OFFSET $3 - 1 LIMIT 1`,
        [ip, this.limits.windowMinutes, this.limits.perIp],
      );
      if (rows.length > 0) throw new AuthError('TOO_MANY_ATTEMPTS', undefined, { retryAfterSeconds: Math.max(1, Number(rows[0].retry_after)) });
    }
    const [pair]: { failures: number; wait: string | null }[] = await em.query(
      `SELECT count(*)::int AS failures,
              ceil(extract(epoch FROM (max(occurred_at)
                + make_interval(secs => least($3::float8, power(2, greatest(count(*) - $2, 0))::float8)) - clock_timestamp())))::int AS wait
         FROM login_failures
        WHERE scope = 'pair' AND key = $1 AND occurred_at > clock_timestamp() - make_interval(mins => $4)`,
      [LoginLimiter.pairKey(email, ip), this.limits.freeFailuresPerAddress, this.limits.maxDelaySeconds, this.limits.windowMinutes],
    );
    if (pair.failures >= this.limits.freeFailuresPerAddress && Number(pair.wait) > 0) {
      throw new AuthError('TOO_MANY_ATTEMPTS', 'Too many failed attempts from this address; wait before trying again.', {
        retryAfterSeconds: Number(pair.wait),
      });
    }
  }

  /** Counts a failure; returns the account's failures (from every address) inside the window, this one included. */
  async recordFailure(em: EntityManager, email: string, ip: string | undefined): Promise<number> {
    // The moment of the failure, not of the transaction's start (which may have waited for the account's lock).
    const at = () => 'clock_timestamp()';
    const rows: { scope: LoginFailure['scope']; key: string; occurredAt: () => string }[] = [
      { scope: 'account', key: email, occurredAt: at },
      { scope: 'pair', key: LoginLimiter.pairKey(email, ip), occurredAt: at },
    ];
    if (ip) rows.push({ scope: 'ip', key: ip, occurredAt: at });
    await em.insert(LoginFailure, rows);
    // Keep the table small: rows older than a day can never matter again.
    await em.query(`DELETE FROM login_failures WHERE scope IN ('account', 'pair') AND key IN ($1, $2) AND occurred_at < clock_timestamp() - interval '1 day'`, [
      email,
      LoginLimiter.pairKey(email, ip),
    ]);
    return this.failuresInWindow(em, email);
  }

  async failuresInWindow(em: EntityManager, email: string): Promise<number> {
    const [row]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM login_failures WHERE scope = 'account' AND key = $1 AND occurred_at > clock_timestamp() - make_interval(mins => $2)`,
      [email, this.limits.windowMinutes],
    );
    return row.n;
  }

  /** A success from an address forgives that address's failures on the account (the account count stays, for alerts). */
  async clearPair(em: EntityManager, email: string, ip: string | undefined): Promise<void> {
    await em.delete(LoginFailure, { scope: 'pair', key: LoginLimiter.pairKey(email, ip) });
  }
}
