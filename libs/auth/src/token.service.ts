import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import type { ConfigType } from '@nestjs/config';
import { authConfig } from './auth.config.js';
import { RefreshToken } from './refresh-token.entity.js';
import type { User } from './user.entity.js';
import type { Role } from './permissions.js';

/** Claims of an access token. `ver` must equal the user's current token version. */
export interface AccessTokenClaims {
  sub: string;
  role: Role;
  st: string | null;
  ver: number;
  sid: string;
}

export interface IssuedTokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** Issues an access token and a new refresh token in `familyId` (a new family for a fresh login). */
  async issue(em: EntityManager, user: User, familyId: string = randomUUID()): Promise<IssuedTokens> {
    const refreshToken = randomBytes(32).toString('base64url');
    await em.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashToken(refreshToken),
      expiresAt: new Date(Date.now() + this.config.REFRESH_TTL_DAYS * 86_400_000),
    });
    const claims: AccessTokenClaims = { sub: user.id, role: user.role, st: user.stateCode, ver: user.tokenVersion, sid: familyId };
    const accessToken = await this.jwt.signAsync(claims);
    return { accessToken, refreshToken, expiresIn: this.config.JWT_ACCESS_TTL_SECONDS };
  }

  async revokeFamily(em: EntityManager, familyId: string, reason: string): Promise<void> {
    await em.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date(), revokedReason: reason });
  }

  async revokeAllForUser(em: EntityManager, userId: string, reason: string, exceptFamilyId?: string): Promise<void> {
    const qb = em
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()', revokedReason: reason })
      .where('user_id = :userId AND revoked_at IS NULL', { userId });
    if (exceptFamilyId) qb.andWhere('family_id <> :exceptFamilyId', { exceptFamilyId });
    await qb.execute();
  }
}
