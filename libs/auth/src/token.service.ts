import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import type { ConfigType } from '@nestjs/config';
import { authConfig } from './auth.config.js';
import { AuthSession } from './auth-session.entity.js';
import { RefreshToken } from './refresh-token.entity.js';
import type { User } from './user.entity.js';
import type { Role } from '#contracts';

/** Claims of an access token. `ver` must equal the user's current token version; `sid` names a live session. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  st: string | null;
  ver: number;
  sid: string;
  iat?: number;
  exp?: number;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  /** The session's absolute end. */
  sessionExpiresAt: Date;
  /** This refresh token's end (REFRESH_TTL_DAYS, never past the session's end); the session cookie lives as long. */
  refreshExpiresAt: Date;
}

/** Where a sign-in comes from, shown in the list of one's sessions. */
export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** A new session (a fresh sign-in) with its first tokens. */
  async startSession(em: EntityManager, user: User, client: ClientInfo): Promise<IssuedTokens & { sessionId: string }> {
    const now = Date.now();
    const session = await em.save(
      em.create(AuthSession, {
        userId: user.id,
        expiresAt: new Date(now + this.config.SESSION_MAX_DAYS * 86_400_000),
        lastUsedAt: new Date(now),
        ip: client.ip?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, 300) ?? null,
      }),
    );
    return { ...(await this.issue(em, user, session)), sessionId: session.id };
  }

  /**
   * Issues an access token and a refresh token in `session`. The refresh token lives REFRESH_TTL_DAYS from now but
   * never past the session's absolute end, so refreshing cannot keep a session alive for ever.
   */
  async issue(em: EntityManager, user: User, session: Pick<AuthSession, 'id' | 'expiresAt'>): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    const idleEnd = Date.now() + this.config.REFRESH_TTL_DAYS * 86_400_000;
    const refreshExpiresAt = new Date(Math.min(idleEnd, session.expiresAt.getTime()));
    await em.insert(RefreshToken, { userId: user.id, sessionId: session.id, tokenHash: hashToken(refreshToken), expiresAt: refreshExpiresAt });
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, st: user.stateCode, ver: user.tokenVersion, sid: session.id };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken, expiresIn: this.config.JWT_ACCESS_TTL_SECONDS, sessionExpiresAt: session.expiresAt, refreshExpiresAt };
  }

  /** Ends one session: its access tokens are refused from the next request on, its refresh tokens at once. */
  async revokeSession(em: EntityManager, sessionId: string, reason: string): Promise<void> {
    await em.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`, [sessionId, reason]);
  }

  /** Ends every session of a user (but `exceptSessionId`); returns how many were live. */
  async revokeAllForUser(em: EntityManager, userId: string, reason: string, exceptSessionId?: string): Promise<number> {
    // A CTE, so the answer is rows whatever the driver does with an UPDATE's result.
    const [row]: { n: number }[] = await em.query(
      `WITH revoked AS (
         UPDATE auth_sessions SET revoked_at = now(), revoked_reason = $2
          WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now() AND ($3::uuid IS NULL OR id <> $3::uuid)
          RETURNING id)
       SELECT count(*)::int AS n FROM revoked`,
      [userId, reason, exceptSessionId ?? null],
    );
    return row.n;
  }
}
