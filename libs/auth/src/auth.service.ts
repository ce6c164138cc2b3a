import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConfigType } from '@nestjs/config';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '#audit';
import { requestContext } from '#common';
import { authConfig } from './auth.config.js';
import { AuthError } from './auth-errors.js';
import type { AuthUser } from './auth-user.js';
import { LoginLimiter } from './login-limiter.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';
import { RefreshToken } from './refresh-token.entity.js';
import { hashToken, TokenService, type IssuedTokens } from './token.service.js';
import { User } from './user.entity.js';
import { SessionUserDto } from './dto/user.dto.js';
import { MfaError } from './mfa/mfa-errors.js';
import { MfaService, type MfaChallengeIssued } from './mfa/mfa.service.js';

export interface TokensResult extends IssuedTokens {
  tokenType: 'Bearer';
  user: SessionUserDto;
}

/** The password was right and the user has MFA: no tokens yet, the code goes to completeMfaLogin(). */
export interface MfaChallengeResult extends MfaChallengeIssued {
  mfaRequired: true;
}

export type LoginResult = TokensResult | MfaChallengeResult;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const sessionUser = (u: User): SessionUserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  stateCode: u.stateCode,
  mustChangePassword: u.mustChangePassword,
});

@Injectable()
export class AuthService {
  private readonly limiter: LoginLimiter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
    private readonly mfa: MfaService,
  ) {
    this.limiter = new LoginLimiter({
      perAccount: config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      perIp: config.LOGIN_MAX_FAILURES_PER_IP,
      windowMinutes: config.LOGIN_WINDOW_MINUTES,
    });
  }

  /**
   * Checks e-mail and password under a per-account advisory lock. Unknown e-mail and wrong password fail alike
   * (same error, same argon2 cost). Failures are counted and audited even though the request fails.
   */
  async login(emailInput: string, password: string): Promise<LoginResult> {
    const email = normaliseEmail(emailInput);
    const ip = requestContext.get()?.ip;
    const outcome = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${email}`]);
      await this.limiter.assertAllowed(em, email, ip);
      const user = await em.findOne(User, { where: { email } });
      const ok = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
      if (!user || !ok || !user.active) {
        await this.limiter.recordFailure(em, email, ip);
        await this.audit.record(
          {
            actor: user ? { id: user.id, role: user.role } : null,
            action: 'auth.login.failed',
            entity: 'user',
            entityId: user?.id,
            metadata: { email, reason: !user ? 'unknown_email' : !ok ? 'wrong_password' : 'inactive' },
          },
          em,
        );
        return { failed: true as const };
      }
      // MFA: no tokens until the second step; failures are not cleared, so wrong codes keep counting against the account.
      if (user.mfaEnabled) {
        const challenge = await this.mfa.createChallenge(em, user);
        await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'auth.login.mfa_challenge', entity: 'user', entityId: user.id }, em);
        return { failed: false as const, mfa: true as const, challenge };
      }
      await this.limiter.clearAccount(em, email);
      user.lastLoginAt = new Date();
      await em.update(User, { id: user.id }, { lastLoginAt: user.lastLoginAt });
      const issued = await this.tokens.issue(em, user);
      await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'auth.login.succeeded', entity: 'user', entityId: user.id }, em);
      return { failed: false as const, mfa: false as const, issued, user };
    });
    if (outcome.failed) throw new AuthError('INVALID_CREDENTIALS');
    if (outcome.mfa) return { mfaRequired: true, ...outcome.challenge };
    return { ...outcome.issued, tokenType: 'Bearer', user: sessionUser(outcome.user) };
  }

  /**
   * The second step of an MFA sign-in: a TOTP code (each time step once) or a recovery code for a live challenge.
   * The challenge is single use and dies after 5 wrong codes; wrong codes also count against the account like wrong
   * passwords (the password step does not clear them), so guessing is bounded by the sign-in limiter.
   */
  async completeMfaLogin(challengeToken: string, code: string): Promise<TokensResult> {
    const ip = requestContext.get()?.ip;
    const outcome = await this.dataSource.transaction(async (em) => {
      const challenge = await this.mfa.lockChallenge(em, challengeToken);
      if (!challenge) return { error: 'challenge' as const };
      const user = await em.findOne(User, { where: { id: challenge.userId } });
      if (!user || !user.active) return { error: 'challenge' as const };
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${user.email}`]);
      await this.limiter.assertAllowed(em, user.email, ip);
      const factor = await this.mfa.verifyLoginCode(em, user, code);
      if (!factor) {
        await this.mfa.recordChallengeFailure(em, challenge);
        await this.limiter.recordFailure(em, user.email, ip);
        await this.audit.record(
          { actor: { id: user.id, role: user.role }, action: 'auth.login.failed', entity: 'user', entityId: user.id, metadata: { email: user.email, reason: 'wrong_mfa_code' } },
          em,
        );
        return { error: 'code' as const };
      }
      await this.mfa.consumeChallenge(em, challenge);
      await this.limiter.clearAccount(em, user.email);
      user.lastLoginAt = new Date();
      await em.update(User, { id: user.id }, { lastLoginAt: user.lastLoginAt });
      const issued = await this.tokens.issue(em, user);
      await this.audit.record(
        { actor: { id: user.id, role: user.role }, action: 'auth.login.succeeded', entity: 'user', entityId: user.id, metadata: { mfa: factor } },
        em,
      );
      return { error: null, issued, user };
    });
    if (outcome.error === 'challenge') throw new MfaError('INVALID_MFA_CHALLENGE');
    if (outcome.error === 'code') throw new MfaError('INVALID_MFA_CODE');
    return { ...outcome.issued, tokenType: 'Bearer', user: sessionUser(outcome.user) };
  }

  /**
   * Rotates a refresh token. A token that was already used means it leaked (or was replayed): the whole family is
   * revoked and the reuse audited, and the caller gets 401.
   */
  async refresh(refreshToken: string): Promise<TokensResult> {
    const outcome = await this.dataSource.transaction(async (em) => {
      const token = await em
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!token) return { error: 'unknown' as const };
      const user = await em.findOne(User, { where: { id: token.userId } });
      if (token.usedAt && !token.revokedAt) {
        await this.tokens.revokeFamily(em, token.familyId, 'reuse_detected');
        await this.audit.record(
          {
            actor: user ? { id: user.id, role: user.role } : null,
            action: 'auth.refresh.reuse_detected',
            entity: 'user',
            entityId: token.userId,
            metadata: { familyId: token.familyId },
          },
          em,
        );
        return { error: 'reused' as const };
      }
      if (token.usedAt || token.revokedAt || token.expiresAt.getTime() <= Date.now() || !user || !user.active) {
        return { error: 'invalid' as const };
      }
      await em.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
      const issued = await this.tokens.issue(em, user, token.familyId);
      return { error: null, issued, user };
    });
    if (outcome.error !== null) throw new AuthError('INVALID_TOKEN');
    return { ...outcome.issued, tokenType: 'Bearer', user: sessionUser(outcome.user) };
  }

  /** Revokes the login session the refresh token belongs to. Unknown tokens are ignored (logout is idempotent). */
  async logout(refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const token = await em.findOne(RefreshToken, { where: { tokenHash: hashToken(refreshToken) } });
      if (!token) return;
      await this.tokens.revokeFamily(em, token.familyId, 'logout');
      const user = await em.findOne(User, { where: { id: token.userId } });
      await this.audit.record(
        { actor: user ? { id: user.id, role: user.role } : null, action: 'auth.logout', entity: 'user', entityId: token.userId },
        em,
      );
    });
  }

  async me(actor: AuthUser): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: actor.id } });
    if (!user) throw new AuthError('USER_NOT_FOUND');
    return user;
  }

  /**
   * Changes one's own password. Every other session is revoked and the token version bumped; the current session
   * keeps its refresh token, so the client refreshes once to get an access token of the new version.
   */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const user = await this.lockUser(em, actor.id);
      if (!(await verifyPassword(user.passwordHash, currentPassword))) {
        throw new AuthError('WRONG_CURRENT_PASSWORD', undefined, {
          errors: [{ field: 'currentPassword', message: 'currentPassword is not correct' }],
        });
      }
      const problem = passwordProblem(newPassword, { email: user.email, name: user.name });
      if (problem) throw new AuthError('WEAK_PASSWORD', problem, { errors: [{ field: 'newPassword', message: problem }] });
      if (await verifyPassword(user.passwordHash, newPassword)) {
        throw new AuthError('WEAK_PASSWORD', 'The new password must differ from the current one.', {
          errors: [{ field: 'newPassword', message: 'newPassword must differ from currentPassword' }],
        });
      }
      await em.update(
        User,
        { id: user.id },
        { passwordHash: await hashPassword(newPassword), mustChangePassword: false, tokenVersion: user.tokenVersion + 1 },
      );
      await this.tokens.revokeAllForUser(em, user.id, 'password_changed', actor.sessionId);
      await this.audit.record(
        {
          actor: { id: user.id, role: user.role },
          action: 'auth.password.changed',
          entity: 'user',
          entityId: user.id,
          changes: user.mustChangePassword ? { mustChangePassword: { from: true, to: false } } : undefined,
        },
        em,
      );
    });
  }

  private async lockUser(em: EntityManager, id: string): Promise<User> {
    const user = await em.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
    if (!user) throw new AuthError('USER_NOT_FOUND');
    return user;
  }
}
