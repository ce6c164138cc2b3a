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

export const JWT_ISSUER = 'wg4-follow-up';
export const JWT_AUDIENCE = 'wg4-api';

@Injectable()
export class JwtStrategy extends PassportStrategy(passportJwt.Strategy, 'jwt') {
  constructor(
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
    @InjectDataSource() private readonly dataSource: DataSource,
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

  /** The user must still exist, be active, and hold the role/State the token was issued for. */
  async validate(claims: AccessTokenClaims): Promise<AuthUser> {
    if (typeof claims?.sub !== 'string' || !/^[0-9a-f-]{36}$/i.test(claims.sub)) throw new AuthError('INVALID_TOKEN');
    // One plain statement on every authenticated request: the repository's find would rebuild and hydrate an entity.
    const [user]: Pick<User, 'id' | 'email' | 'name' | 'role' | 'stateCode' | 'mustChangePassword' | 'active' | 'tokenVersion' | 'mfaEnabled'>[] =
      await this.dataSource.query(
        `SELECT id, email, name, role, state_code AS "stateCode", must_change_password AS "mustChangePassword", active,
                token_version AS "tokenVersion", mfa_enabled AS "mfaEnabled"
           FROM users WHERE id = $1`,
        [claims.sub],
      );
    if (!user || !user.active || user.tokenVersion !== claims.ver || user.role !== claims.role || user.stateCode !== (claims.st ?? null)) {
      throw new AuthError('INVALID_TOKEN');
    }
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      stateCode: user.stateCode,
      mustChangePassword: user.mustChangePassword,
      mfaEnabled: user.mfaEnabled,
      sessionId: claims.sid,
    };
  }
}
