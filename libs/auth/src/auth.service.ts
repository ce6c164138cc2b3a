import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ConfigType } from '@nestjs/config';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, diffFields } from '#audit';
import { requestContext } from '#common';
import { ACCOUNT_NOTIFIER, type AccountNotifier, type AccountNotice } from './account-notifier.js';
import { AccountTokensService, type PendingAccountMail } from './account-tokens.service.js';
import { authConfig } from './auth.config.js';
import { AuthError } from './auth-errors.js';
import { AuthSession } from './auth-session.entity.js';
import type { AuthUser } from './auth-user.js';
import { LoginLimiter } from './login-limiter.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { passwordProblem } from './password-policy.js';
import { RefreshToken } from './refresh-token.entity.js';
import { hashToken, TokenService, type ClientInfo, type IssuedTokens } from './token.service.js';
import { User } from './user.entity.js';
import { SessionUserDto } from './dto/user.dto.js';
import type { UpdateMeDto } from './dto/update-me.dto.js';
import { MfaError } from './mfa/mfa-errors.js';
import { MfaService, type MfaChallengeIssued } from './mfa/mfa.service.js';

export interface TokensResult extends IssuedTokens {
  tokenType: 'Bearer';
  user: SessionUserDto;
}

export interface SessionSummary {
  id: string;
  createdAt: Date;
  lastUsedAt: Date;
  expiresAt: Date;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

/** The password was right and the user has MFA: no tokens yet, the code goes to completeMfaLogin(). */
export interface MfaChallengeResult extends MfaChallengeIssued {
  mfaRequired: true;
}

export type LoginResult = TokensResult | MfaChallengeResult;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** At most this many "forgot password" mails per account per hour, whatever is asked. */
const RESET_MAILS_PER_HOUR = 3;

const sessionUser = (u: User): SessionUserDto => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  stateCode: u.stateCode,
  mustChangePassword: u.mustChangePassword,
  language: u.language,
});

const client = (): ClientInfo => {
  const context = requestContext.get();
  return { ip: context?.ip, userAgent: context?.userAgent };
};

@Injectable()
export class AuthService {
  private readonly limiter: LoginLimiter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly accountTokens: AccountTokensService,
    private readonly audit: AuditService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
    private readonly mfa: MfaService,
    @Optional() @Inject(ACCOUNT_NOTIFIER) private readonly notifier?: AccountNotifier,
  ) {
    this.limiter = LoginLimiter.fromConfig(config);
  }

  /**
   * Checks e-mail and password under a per-account advisory lock. Unknown e-mail and wrong password fail alike
   * (same error, same argon2 cost). Failures are counted and audited even though the request fails; repeated
   * failures are told to the account's owner once per window.
   */
  async login(emailInput: string, password: string): Promise<LoginResult> {
    const email = normaliseEmail(emailInput);
    const from = client();
    const outbox: string[] = [];
    const outcome = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${email}`]);
      await this.limiter.assertAllowed(em, email, from.ip);
      const user = await em.findOne(User, { where: { email } });
      const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstDummy(password), false);
      const expired = !!user?.passwordExpiresAt && user.passwordExpiresAt.getTime() <= Date.now();
      if (!user || !ok || !user.active || expired) {
        const reason = !user ? 'unknown_email' : !user.passwordHash ? 'no_password_yet' : !ok ? 'wrong_password' : !user.active ? 'inactive' : 'temporary_password_expired';
        await this.recordFailure(em, email, user, reason, outbox);
        return { failed: true as const };
      }
      // MFA: no tokens until the second step; the address's failures are not forgiven, so wrong codes keep counting.
      if (user.mfaEnabled) {
        const challenge = await this.mfa.createChallenge(em, user);
        await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'auth.login.mfa_challenge', entity: 'user', entityId: user.id }, em);
        return { failed: false as const, mfa: true as const, challenge };
      }
      await this.limiter.clearPair(em, email, from.ip);
      user.lastLoginAt = new Date();
      await em.update(User, { id: user.id }, { lastLoginAt: user.lastLoginAt });
      const issued = await this.tokens.startSession(em, user, from);
      await this.audit.record(
        { actor: { id: user.id, role: user.role }, action: 'auth.login.succeeded', entity: 'user', entityId: user.id, metadata: { sessionId: issued.sessionId } },
        em,
      );
      return { failed: false as const, mfa: false as const, issued, user };
    });
    if (outcome.failed) throw new AuthError('INVALID_CREDENTIALS');
    if (outcome.mfa) return { mfaRequired: true, ...outcome.challenge };
    const { sessionId: _sessionId, ...issued } = outcome.issued;
    return { ...issued, tokenType: 'Bearer', user: sessionUser(outcome.user) };
  }

  /** Counts and audits a failed password check; tells the owner when their account crosses the alert threshold. */
  private async recordFailure(em: EntityManager, email: string, user: User | null, reason: string, outbox: string[]): Promise<void> {
    const failures = await this.limiter.recordFailure(em, email, client().ip);
    await this.audit.record(
      { actor: user ? { id: user.id, role: user.role } : null, action: 'auth.login.failed', entity: 'user', entityId: user?.id, metadata: { email, reason } },
      em,
    );
    if (user && failures === this.config.LOGIN_ALERT_AFTER_FAILURES) {
      outbox.push(
        ...(await this.notify(em, user.id, {
          kind: 'account.sign_in_failures',
          title: 'Repeated failed sign-ins to your account',
          body:
            `There were ${failures} failed attempts to sign in to your WG.4 Follow-up account in the last ${this.config.LOGIN_WINDOW_MINUTES} minutes ` +
            `(the last from ${client().ip ?? 'an unknown address'}). If this was not you, choose a stronger password and ` +
            `turn on two-step sign-in; your own sign-in from your usual address is not blocked.`,
          data: { failures, windowMinutes: this.config.LOGIN_WINDOW_MINUTES },
          // One alert per account per window.
          dedupeKey: `sign-in-failures:${Math.floor(Date.now() / (this.config.LOGIN_WINDOW_MINUTES * 60_000))}`,
        })),
      );
    }
  }

  private notify(em: EntityManager, userId: string, notice: AccountNotice): Promise<string[]> {
    return this.notifier ? this.notifier.record(em, userId, notice) : Promise.resolve([]);

  }

  /**
   * The second step of an MFA sign-in: a TOTP code (each time step once) or a recovery code for a live challenge.
   * The challenge is single use and dies after 5 wrong codes; wrong codes also count against the account like wrong
   * passwords (the password step does not clear them), so guessing is bounded by the sign-in limiter.
   */
  async completeMfaLogin(challengeToken: string, code: string): Promise<TokensResult> {
    const from = client();
    const ip = from.ip;
    const outbox: string[] = [];
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
        await this.recordFailure(em, user.email, user, 'wrong_mfa_code', outbox);
        return { error: 'code' as const };
      }
      await this.mfa.consumeChallenge(em, challenge);
      await this.limiter.clearPair(em, user.email, ip);
      user.lastLoginAt = new Date();
      await em.update(User, { id: user.id }, { lastLoginAt: user.lastLoginAt });
      const issued = await this.tokens.startSession(em, user, from);
      await this.audit.record(
        { actor: { id: user.id, role: user.role }, action: 'auth.login.succeeded', entity: 'user', entityId: user.id, metadata: { mfa: factor, sessionId: issued.sessionId } },
        em,
      );
      return { error: null, issued, user };
    });
    if (outcome.error === 'challenge') throw new MfaError('INVALID_MFA_CHALLENGE');
    if (outcome.error === 'code') throw new MfaError('INVALID_MFA_CODE');
    const { sessionId: _sessionId, ...issued } = outcome.issued;
    return { ...issued, tokenType: 'Bearer', user: sessionUser(outcome.user) };
  }

  /**
   * Rotates a refresh token. A token that was already used means it leaked (or was replayed): the whole session is
   * revoked (its access tokens stop working at once) and the reuse audited, and the caller gets 401.
   */
  async refresh(refreshToken: string | undefined): Promise<TokensResult> {
    if (!refreshToken) throw new AuthError('REFRESH_TOKEN_REQUIRED');
    const from = client();
    const outcome = await this.dataSource.transaction(async (em) => {
      const token = await em
        .getRepository(RefreshToken)
        .createQueryBuilder('t')
        .setLock('pessimistic_write')
        .where('t.token_hash = :hash', { hash: hashToken(refreshToken) })
        .getOne();
      if (!token) return { error: 'unknown' as const };
      const session = await em.getRepository(AuthSession).createQueryBuilder('s').setLock('pessimistic_write').where('s.id = :id', { id: token.sessionId }).getOne();
      const user = await em.findOne(User, { where: { id: token.userId } });
      const live = !!session && !session.revokedAt && session.expiresAt.getTime() > Date.now();
      if (token.usedAt && live) {
        await this.tokens.revokeSession(em, token.sessionId, 'reuse_detected');
        await this.audit.record(
          {
            actor: user ? { id: user.id, role: user.role } : null,
            action: 'auth.refresh.reuse_detected',
            entity: 'user',
            entityId: token.userId,
            metadata: { sessionId: token.sessionId },
          },
          em,
        );
        return { error: 'reused' as const };
      }
      if (token.usedAt || !live || token.expiresAt.getTime() <= Date.now() || !user || !user.active) return { error: 'invalid' as const };
      await em.update(RefreshToken, { id: token.id }, { usedAt: new Date() });
      await em.update(AuthSession, { id: session.id }, { lastUsedAt: new Date(), ip: from.ip?.slice(0, 64) ?? session.ip });
      const issued = await this.tokens.issue(em, user, session);
      return { error: null, issued, user };
    });
    if (outcome.error !== null) throw new AuthError('INVALID_TOKEN');
    return { ...outcome.issued, tokenType: 'Bearer', user: sessionUser(outcome.user) };
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored (sign-out is idempotent). */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) throw new AuthError('REFRESH_TOKEN_REQUIRED');
    await this.dataSource.transaction(async (em) => {
      const token = await em.findOne(RefreshToken, { where: { tokenHash: hashToken(refreshToken) } });
      if (!token) return;
      await this.tokens.revokeSession(em, token.sessionId, 'logout');
      const user = await em.findOne(User, { where: { id: token.userId } });
      await this.audit.record(
        { actor: user ? { id: user.id, role: user.role } : null, action: 'auth.logout', entity: 'user', entityId: token.userId, metadata: { sessionId: token.sessionId } },
        em,
      );
    });
  }

  /** One's own live sessions, the current one marked. */
  async listSessions(actor: AuthUser): Promise<SessionSummary[]> {
    const sessions = await this.dataSource
      .getRepository(AuthSession)
      .createQueryBuilder('s')
      .where('s.user_id = :userId AND s.revoked_at IS NULL AND s.expires_at > now()', { userId: actor.id })
      .orderBy('s.last_used_at', 'DESC')
      .getMany();
    return sessions.map((s) => ({
      id: s.id,
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt,
      expiresAt: s.expiresAt,
      ip: s.ip,
      userAgent: s.userAgent,
      current: s.id === actor.sessionId,
    }));
  }

  /** Ends one of one's own sessions; another user's session id is indistinguishable from an unknown one. */
  async revokeOwnSession(actor: AuthUser, sessionId: string): Promise<void> {
    await this.dataSource.transaction(async (em) => {
      const session = await em.findOne(AuthSession, { where: { id: sessionId, userId: actor.id } });
      if (!session || session.revokedAt) throw new AuthError('SESSION_NOT_FOUND');
      await this.tokens.revokeSession(em, sessionId, 'revoked_by_user');
      await this.audit.record({ actor: { id: actor.id, role: actor.role }, action: 'auth.session.revoked', entity: 'user', entityId: actor.id, metadata: { sessionId } }, em);
    });
  }

  async me(actor: AuthUser): Promise<User> {
    const user = await this.dataSource.getRepository(User).findOne({ where: { id: actor.id } });
    if (!user) throw new AuthError('USER_NOT_FOUND');
    return user;
  }

  /**
   * The signed-in user changes their own interface language and display name (allowed before a pending password
   * change or MFA enrolment is done, so the language can be chosen first). Role, State and the rest stay the admin's.
   */
  async updateMe(actor: AuthUser, dto: UpdateMeDto): Promise<User> {
    return this.dataSource.transaction(async (em) => {
      const before = await this.lockUser(em, actor.id);
      const after: User = { ...before, name: dto.name?.trim() ?? before.name, language: dto.language ?? before.language };
      const changes = diffFields<User>(before, after, ['name', 'language']);
      if (Object.keys(changes).length === 0) return before;
      await em.update(User, { id: actor.id }, { name: after.name, language: after.language, version: before.version + 1 });
      await this.audit.record({ actor: { id: actor.id, role: actor.role }, action: 'user.self_updated', entity: 'user', entityId: actor.id, changes }, em);
      return this.lockUser(em, actor.id);
    });
  }

  /**
   * Changes one's own password. Throttled like sign-in (a stolen access token must not become a password oracle).
   * Every other session is revoked and the token version bumped; the current session keeps its refresh token, so
   * the client refreshes once to get an access token of the new version. The owner is told.
   */
  async changePassword(actor: AuthUser, currentPassword: string, newPassword: string): Promise<void> {
    const outbox: string[] = [];
    const outcome = await this.dataSource.transaction(async (em) => {
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${actor.email}`]);
      await this.limiter.assertAllowed(em, actor.email, client().ip);
      const user = await this.lockUser(em, actor.id);
      if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) {
        await this.recordFailure(em, user.email, user, 'wrong_current_password', outbox);
        return { wrongPassword: true as const };
      }
      this.assertAcceptable(newPassword, user, 'newPassword');
      if (await verifyPassword(user.passwordHash, newPassword)) {
        throw new AuthError('WEAK_PASSWORD', 'The new password must differ from the current one.', {
          errors: [{ field: 'newPassword', message: 'newPassword must differ from currentPassword' }],
        });
      }
      await this.limiter.clearPair(em, user.email, client().ip);
      await this.storePassword(em, user, newPassword, actor.sessionId, outbox, 'auth.password.changed');
      return { wrongPassword: false as const };
    });
    if (outcome.wrongPassword) {
      throw new AuthError('WRONG_CURRENT_PASSWORD', undefined, { errors: [{ field: 'currentPassword', message: 'currentPassword is not correct' }] });
    }
  }

  /**
   * Sets a password with a single-use link (an invitation or a reset). Every session of the user ends; the user then
   * signs in. An unknown, used or expired link is one error (and counts against the address like a failed sign-in).
   */
  async setPasswordWithToken(token: string, password: string): Promise<{ email: string }> {
    const outbox: string[] = [];
    const outcome = await this.dataSource.transaction(async (em) => {
      const ip = client().ip;
      await this.limiter.assertAllowed(em, 'account-link', ip);
      const link = await this.accountTokens.consume(em, token);
      const user = link ? await this.lockUser(em, link.userId) : null;
      if (!link || !user || !user.active) {
        await this.limiter.recordFailure(em, 'account-link', ip);
        return { invalid: true as const };
      }
      this.assertAcceptable(password, user, 'password');
      await this.storePassword(em, user, password, undefined, outbox, link.purpose === 'invitation' ? 'auth.invitation.accepted' : 'auth.password.reset');
      return { invalid: false as const, email: user.email };
    });
    if (outcome.invalid) throw new AuthError('INVALID_ACCOUNT_LINK');
    return { email: outcome.email };
  }

  /**
   * "Forgot password": mails a 30-minute single-use link when the address belongs to an active account. The answer
   * is the same whether it does or not, and the mail goes out after the answer, so neither the answer nor its timing
   * tells who has an account.
   */
  async forgotPassword(emailInput: string): Promise<void> {
    const email = normaliseEmail(emailInput);
    const ip = client().ip;
    // The link's e-mail is enqueued with it (AccountTokensService.create): nothing to send after commit.
    await this.dataSource.transaction(async (em): Promise<PendingAccountMail | null> => {
      // The address is throttled whatever the e-mail, so the throttle tells nothing either.
      await this.limiter.assertAllowed(em, 'forgot-password', ip);
      await this.limiter.recordFailure(em, 'forgot-password', ip);
      await em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`login:${email}`]);
      const user = await em.findOne(User, { where: { email } });
      if (!user || !user.active) return null;
      if ((await this.accountTokens.countRecent(em, user.id, 'password_reset', 60)) >= RESET_MAILS_PER_HOUR) return null;
      const pending = await this.accountTokens.create(em, user, 'password_reset', 'forgot_password', null);
      await this.audit.record({ actor: { id: user.id, role: user.role }, action: 'auth.password.reset_requested', entity: 'user', entityId: user.id }, em);
      return pending;
    });
  }

  private assertAcceptable(password: string, user: User, field: string): void {
    const problem = passwordProblem(password, { email: user.email, name: user.name });
    if (problem) throw new AuthError('WEAK_PASSWORD', problem, { errors: [{ field, message: problem }] });
  }

  /** Stores a password the user chose, ends their other sessions, audits it and tells them. */
  private async storePassword(em: EntityManager, user: User, password: string, keepSessionId: string | undefined, outbox: string[], action: string): Promise<void> {
    await em.update(
      User,
      { id: user.id },
      { passwordHash: await hashPassword(password), mustChangePassword: false, passwordExpiresAt: null, tokenVersion: user.tokenVersion + 1, version: user.version + 1 },
    );
    await this.tokens.revokeAllForUser(em, user.id, 'password_changed', keepSessionId);
    await em.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    await this.audit.record(
      {
        actor: { id: user.id, role: user.role },
        action,
        entity: 'user',
        entityId: user.id,
        changes: user.mustChangePassword ? { mustChangePassword: { from: true, to: false } } : undefined,
      },
      em,
    );
    // Choosing the first password (an invitation, or after an admin's reset, whose mail said so) is no news to tell.
    if (!user.passwordHash) return;
    outbox.push(
      ...(await this.notify(em, user.id, {
        kind: 'account.password_changed',
        title: 'Your password was changed',
        body: `The password of your WG.4 Follow-up account was changed from ${client().ip ?? 'an unknown address'}. If this was not you, use "Forgot password" at once and tell your administrator.`,
      })),
    );
  }

  private async lockUser(em: EntityManager, id: string): Promise<User> {
    const user = await em.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
    if (!user) throw new AuthError('USER_NOT_FOUND');
    return user;
  }
}
