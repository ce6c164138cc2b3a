import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import passportJwt from 'passport-jwt';
import { authConfig } from './auth.config.js';
import { AuthError } from './auth-errors.js';
import type { AuthUser } from './auth-user.js';
import type { AccessTokenClaims } from './token.service.js';
import type { User } from './user.entity.js';
import { UserAccessCache, type CachedAccess } from './user-cache/user-access-cache.js';

export const JWT_ISSUER = 'wg4-follow-up';
export const JWT_AUDIENCE = 'wg4-api';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class JwtStrategy extends PassportStrategy(passportJwt.Strategy, 'jwt') {
  constructor(
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: UserAccessCache,
  ) {
    super({
      jwtFromRequest: passportJwt.ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject once, rather than a string jsonwebtoken would first try (and fail) to parse as a public key on
      // every request (measured: the largest CPU cost of an authenticated request after the response write).
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET, 'utf8')) as unknown as string,
      // Pinned: `alg: none` and any other algorithm are refused.
      algorithms: ['HS256'],
      issuer: JWT_ISSUER,
      audience: JWT_AUDIENCE,
      ignoreExpiration: false,
    });
  }

  /**
   * The token must carry `exp`, `iat` and `sid` (a token signed without them is refused even with a valid
   * signature); the user must still exist, be active and hold the role/State the token was issued for; and its
   * session must be live — signing out, a detected refresh-token reuse or an admin's revocation end it at once (the
   * cache drops the user on the change's NOTIFY, on every replica; ADR 0014).
   */
  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    if (
      typeof claims?.sub !== 'string' ||
      !UUID.test(claims.sub) ||
      typeof claims.sid !== 'string' ||
      !UUID.test(claims.sid) ||
      !Number.isInteger(claims.exp) ||
      !Number.isInteger(claims.iat) ||
      !Number.isInteger(claims.ver)
    ) {
      throw new AuthError('INVALID_TOKEN');
    }
    const now = Date.now();
    // From the in-process cache when it may answer (user-cache/): the same checks, on the row as last read.
    const cached = this.cache.get(claims.sub, claims.sid, now);
    const access = cached ?? (await this.read(claims.sub, claims.sid));
    if (!access || access.tokenVersion !== claims.ver || access.user.role !== claims.role || access.user.stateCode !== (claims.st ?? null)) {
      throw new AuthError('INVALID_TOKEN');
    }
    return { ...access.user, sessionId: claims.sid };
  }

  /**
   * One statement: the user (when active) and the session (when live), the session touched at most once a minute
   * (so the list of one's sessions shows when each was last used without a write per request). Kept in the cache
   * unless a notification arrived while it was read.
   */
  private async read(userId: string, sessionId: string): Promise<CachedAccess | null> {
    const ticket = this.cache.readTicket();
    const [row]: (Pick<User, 'id' | 'email' | 'name' | 'role' | 'stateCode' | 'mustChangePassword' | 'active' | 'tokenVersion' | 'mfaEnabled'> & {
      sessionExpiresAt: Date | null;
    })[] = await this.dataSource.query(
      `WITH touched AS (
         UPDATE auth_sessions SET last_used_at = now()
          WHERE id = $2 AND user_id = $1 AND revoked_at IS NULL AND last_used_at < now() - interval '1 minute'
          RETURNING id)
       SELECT u.id, u.email, u.name, u.role, u.state_code AS "stateCode", u.must_change_password AS "mustChangePassword", u.active,
              u.token_version AS "tokenVersion", u.mfa_enabled AS "mfaEnabled",
              (SELECT s.expires_at FROM auth_sessions s WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now()) AS "sessionExpiresAt"
         FROM users u WHERE u.id = $1`,
      [userId, sessionId],
    );
    if (!row || !row.active || !row.sessionExpiresAt) return null;
    const access: CachedAccess = {
      user: { id: row.id, email: row.email, name: row.name, role: row.role, stateCode: row.stateCode, mustChangePassword: row.mustChangePassword, mfaEnabled: row.mfaEnabled },
      tokenVersion: row.tokenVersion,
      sessionExpiresAtMs: new Date(row.sessionExpiresAt).getTime(),
    };
    this.cache.store(ticket, userId, sessionId, access, Date.now());
    return access;
  }
}
