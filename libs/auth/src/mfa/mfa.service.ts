import { randomBytes } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';
import { AuditService } from '#audit';
import { requestContext } from '#common';
import { authConfig, mfaRequiredRoles } from '../auth.config.js';
import { ACCOUNT_NOTIFIER, type AccountNotifier } from '../account-notifier.js';
import { AuthError } from '../auth-errors.js';
import type { AuthUser } from '../auth-user.js';
import { LoginLimiter } from '../login-limiter.js';
import type { Role } from '#contracts';
import { hashToken, TokenService } from '../token.service.js';
import { User } from '../user.entity.js';
import { MfaChallenge } from './mfa-challenge.entity.js';
import { decryptSecret, deriveMfaKey, encryptSecret, generateRecoveryCode, hashRecoveryCode, looksLikeRecoveryCode } from './mfa-crypto.js';
import { MfaError } from './mfa-errors.js';
import { MfaRecoveryCode } from './mfa-recovery-code.entity.js';
import { UserMfa } from './user-mfa.entity.js';

export const MFA_CHALLENGE_TTL_SECONDS = 300;
export const MFA_CHALLENGE_MAX_ATTEMPTS = 5;
export const RECOVERY_CODE_COUNT = 10;
const TOTP_PERIOD = 30;
/** Codes of the previous and the next 30-second step are accepted too (clock drift). */
const TOTP_WINDOW = 1;

export interface MfaStatus {
  enabled: boolean;
  required: boolean;
  pendingEnrolment: boolean;
  confirmedAt: Date | null;
  recoveryCodesRemaining: number;
}

export interface MfaEnrolment {
  otpauthUri: string;
  qrCodeDataUrl: string;
  secret: string;
}

export interface MfaChallengeIssued {
  challengeToken: string;
  expiresIn: number;
}

/** Which factor a code turned out to be; null when it was wrong (or a replayed TOTP step). */
export type VerifiedFactor = 'totp' | 'recovery' | null;

/**
 * TOTP second factor: enrolment, recovery codes, disabling, admin reset, and the sign-in challenge. Every change
 * keeps `users.mfa_enabled` in the same transaction (the guard reads it on every request), is audited, and the user
 * is told by e-mail.
 */
@Injectable()
export class MfaService {
  private readonly key: Buffer;
  private readonly requiredRoles: Set<Role>;
  private readonly issuer: string;
  private readonly limiter: LoginLimiter;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
    @Optional() @Inject(ACCOUNT_NOTIFIER) private readonly notifier?: AccountNotifier,
  ) {
    this.key = deriveMfaKey(config);
    this.requiredRoles = mfaRequiredRoles(config);
    this.issuer = config.MFA_ISSUER;
    // Wrong codes on account operations count like wrong passwords, so a stolen session cannot guess codes freely.
    this.limiter = LoginLimiter.fromConfig(config);
  }

  isRequiredFor(role: Role): boolean {
    return this.requiredRoles.has(role);
  }

  async status(actor: AuthUser): Promise<MfaStatus> {
    const mfa = await this.dataSource.getRepository(UserMfa).findOne({ where: { userId: actor.id } });
    const remaining = mfa?.confirmedAt
      ? await this.dataSource.getRepository(MfaRecoveryCode).count({ where: { userId: actor.id, usedAt: IsNull() } })
      : 0;
    return {
      enabled: !!mfa?.confirmedAt,
      required: this.isRequiredFor(actor.role),
      pendingEnrolment: !!mfa && !mfa.confirmedAt,
      confirmedAt: mfa?.confirmedAt ?? null,
      recoveryCodesRemaining: remaining,
    };
  }

  /** Starts (or restarts) enrolment with a new secret; nothing changes for sign-in until it is confirmed. */
  async startEnrolment(actor: AuthUser): Promise<MfaEnrolment> {
    const secret = new OTPAuth.Secret({ size: 20 });
    const totp = this.totp(secret, actor.email);
    await this.dataSource.transaction(async (em) => {
      const user = await this.lockUser(em, actor.id);
      const existing = await em.findOne(UserMfa, { where: { userId: user.id } });
      if (existing?.confirmedAt) throw new MfaError('MFA_ALREADY_ENABLED');
      const secretEncrypted = encryptSecret(this.key, secret.base32, user.id);
      if (existing) await em.update(UserMfa, { id: existing.id }, { secretEncrypted, lastUsedStep: null });
      else await em.insert(UserMfa, { userId: user.id, secretEncrypted });
      await this.audit.record({ actor: this.actorOf(actor), action: 'auth.mfa.enrolment_started', entity: 'user', entityId: user.id }, em);
    });
    const otpauthUri = totp.toString();
    const svg = await QRCode.toString(otpauthUri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    return { otpauthUri, qrCodeDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`, secret: secret.base32 };
  }

  /** Confirms enrolment with a first code; returns the recovery codes (shown once). */
  async confirmEnrolment(actor: AuthUser, code: string): Promise<string[]> {
    const result = await this.dataSource.transaction(async (em) => {
      const user = await this.lockUser(em, actor.id);
      await this.limiter.assertAllowed(em, user.email, requestContext.get()?.ip);
      const mfa = await this.lockMfa(em, user.id);
      if (!mfa) throw new MfaError('MFA_ENROLMENT_NOT_STARTED');
      if (mfa.confirmedAt) throw new MfaError('MFA_ALREADY_ENABLED');
      if (!(await this.checkTotp(em, mfa, user, code))) return await this.wrongCode(em, user, 'auth.mfa.enrolment_failed');
      await em.update(UserMfa, { id: mfa.id }, { confirmedAt: new Date() });
      await em.update(User, { id: user.id }, { mfaEnabled: true, version: user.version + 1 });
      const codes = await this.replaceRecoveryCodes(em, user.id);
      await this.audit.record(
        { actor: this.actorOf(actor), action: 'auth.mfa.enabled', entity: 'user', entityId: user.id, changes: { mfaEnabled: { from: false, to: true } } },
        em,
      );
      await this.tell(em, user, 'enabled', 'Two-factor sign-in turned on', [
        'Two-factor sign-in was turned on for your WG.4 Follow-up account.',
        'From now on, signing in asks for a code from your authenticator app after your password.',
      ]);
      return { codes, user };
    });
    if (!('codes' in result)) throw new MfaError('WRONG_MFA_CODE', undefined, { errors: [{ field: 'code', message: 'code is not correct' }] });
    return result.codes;
  }

  /** Replaces the recovery codes (the old ones stop working); needs a current TOTP code. */
  async regenerateRecoveryCodes(actor: AuthUser, code: string): Promise<string[]> {
    const result = await this.dataSource.transaction(async (em) => {
      const user = await this.lockUser(em, actor.id);
      await this.limiter.assertAllowed(em, user.email, requestContext.get()?.ip);
      const mfa = await this.lockMfa(em, user.id);
      if (!mfa?.confirmedAt) throw new MfaError('MFA_NOT_ENABLED');
      if (!(await this.checkTotp(em, mfa, user, code))) return await this.wrongCode(em, user, 'auth.mfa.recovery_codes_failed');
      const codes = await this.replaceRecoveryCodes(em, user.id);
      await this.audit.record({ actor: this.actorOf(actor), action: 'auth.mfa.recovery_codes_regenerated', entity: 'user', entityId: user.id }, em);
      await this.tell(em, user, 'recovery_codes_regenerated', 'New recovery codes', [
        'New recovery codes were created for your WG.4 Follow-up account; the previous ones no longer work.',
      ]);
      return { codes, user };
    });
    if (!('codes' in result)) throw new MfaError('WRONG_MFA_CODE', undefined, { errors: [{ field: 'code', message: 'code is not correct' }] });
    return result.codes;
  }

  /** Turns one's own second factor off (a TOTP or recovery code is needed); refused for roles that require it. */
  async disable(actor: AuthUser, code: string): Promise<void> {
    if (this.isRequiredFor(actor.role)) throw new MfaError('MFA_REQUIRED');
    const result = await this.dataSource.transaction(async (em) => {
      const user = await this.lockUser(em, actor.id);
      await this.limiter.assertAllowed(em, user.email, requestContext.get()?.ip);
      const mfa = await this.lockMfa(em, user.id);
      if (!mfa?.confirmedAt) throw new MfaError('MFA_NOT_ENABLED');
      if (!(await this.verifyFactor(em, mfa, user, code))) return await this.wrongCode(em, user, 'auth.mfa.disable_failed');
      await this.removeMfa(em, user);
      await this.audit.record(
        { actor: this.actorOf(actor), action: 'auth.mfa.disabled', entity: 'user', entityId: user.id, changes: { mfaEnabled: { from: true, to: false } } },
        em,
      );
      await this.tell(em, user, 'disabled', 'Two-factor sign-in turned off', [
        'Two-factor sign-in was turned off for your WG.4 Follow-up account.',
        'If this was not you, change your password at once and contact an administrator.',
      ]);
      return { user };
    });
    if (!('user' in result)) throw new MfaError('WRONG_MFA_CODE', undefined, { errors: [{ field: 'code', message: 'code is not correct' }] });
  }

  /**
   * An admin removes a user's second factor (lost phone and codes): the user is signed out everywhere, must enrol
   * again at next sign-in if their role requires it, and is told by e-mail.
   */
  async adminReset(actor: AuthUser, userId: string): Promise<void> {
    if (actor.id === userId) throw new MfaError('MFA_RESET_SELF');
    await this.dataSource.transaction(async (em) => {
      const target = await this.lockUser(em, userId);
      const hadMfa = target.mfaEnabled;
      await this.removeMfa(em, target, { bumpTokenVersion: true });
      await this.tokens.revokeAllForUser(em, target.id, 'mfa_reset');
      await this.audit.record(
        {
          actor: this.actorOf(actor),
          action: 'auth.mfa.reset',
          entity: 'user',
          entityId: target.id,
          changes: hadMfa ? { mfaEnabled: { from: true, to: false } } : undefined,
          metadata: { hadMfa },
        },
        em,
      );
      await this.tell(em, target, 'reset', 'Two-factor sign-in was reset', [
        'An administrator reset two-factor sign-in for your WG.4 Follow-up account and signed you out everywhere.',
        this.isRequiredFor(target.role)
          ? 'You will be asked to set it up again at your next sign-in.'
          : 'You can set it up again from your account page.',
        'If you did not ask for this, contact the administrators at once.',
      ]);
    });
  }

  // --- sign-in (called by AuthService inside its transactions) ---

  /**
   * Issues the challenge for the second step of a sign-in, and deletes the user's used or long-expired ones. A live
   * challenge (or one that expired a moment ago) is never touched: completeMfaLogin may hold its row lock while it
   * waits for the account lock this caller holds.
   */
  async createChallenge(em: EntityManager, user: User): Promise<MfaChallengeIssued> {
    const challengeToken = randomBytes(32).toString('base64url');
    await em.query(
      `DELETE FROM mfa_challenges WHERE user_id = $1 AND (consumed_at IS NOT NULL OR expires_at < now() - interval '1 hour')`,
      [user.id],
    );
    await em.insert(MfaChallenge, {
      userId: user.id,
      tokenHash: hashToken(challengeToken),
      expiresAt: new Date(Date.now() + MFA_CHALLENGE_TTL_SECONDS * 1000),
    });
    return { challengeToken, expiresIn: MFA_CHALLENGE_TTL_SECONDS };
  }

  /** The live challenge for a token, locked; null when unknown, expired, used, or out of attempts. */
  async lockChallenge(em: EntityManager, challengeToken: string): Promise<MfaChallenge | null> {
    const challenge = await em
      .getRepository(MfaChallenge)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.token_hash = :hash', { hash: hashToken(challengeToken) })
      .getOne();
    if (!challenge || challenge.consumedAt || challenge.expiresAt.getTime() <= Date.now()) return null;
    if (challenge.attempts >= MFA_CHALLENGE_MAX_ATTEMPTS) return null;
    return challenge;
  }

  async recordChallengeFailure(em: EntityManager, challenge: MfaChallenge): Promise<void> {
    await em.update(MfaChallenge, { id: challenge.id }, { attempts: challenge.attempts + 1 });
  }

  async consumeChallenge(em: EntityManager, challenge: MfaChallenge): Promise<void> {
    await em.update(MfaChallenge, { id: challenge.id }, { consumedAt: new Date() });
  }

  /** Checks a sign-in code: a TOTP code (each time step once) or an unused recovery code (then spent). */
  async verifyLoginCode(em: EntityManager, user: User, code: string): Promise<VerifiedFactor> {
    const mfa = await this.lockMfa(em, user.id);
    if (!mfa?.confirmedAt) return null;
    const factor = await this.verifyFactor(em, mfa, user, code);
    if (factor === 'recovery') {
      const remaining = await em.count(MfaRecoveryCode, { where: { userId: user.id, usedAt: IsNull() } });
      // Recorded with the sign-in: the e-mail goes through the outbox once the sign-in commits.
      await this.tell(em, user, 'recovery_code_used', 'A recovery code was used', [
        'A recovery code was used to sign in to your WG.4 Follow-up account.',
        `You have ${remaining} unused recovery code${remaining === 1 ? '' : 's'} left.`,
        'If this was not you, change your password at once and contact an administrator.',
      ]);
    }
    return factor;
  }

  // --- internals ---

  private totp(secret: OTPAuth.Secret, label: string): OTPAuth.TOTP {
    return new OTPAuth.TOTP({ issuer: this.issuer, label, algorithm: 'SHA1', digits: 6, period: TOTP_PERIOD, secret });
  }

  private async verifyFactor(em: EntityManager, mfa: UserMfa, user: User, code: string): Promise<VerifiedFactor> {
    if (await this.checkTotp(em, mfa, user, code)) return 'totp';
    if (!looksLikeRecoveryCode(code)) return null;
    const spent = await em
      .createQueryBuilder()
      .update(MfaRecoveryCode)
      .set({ usedAt: () => 'now()' })
      .where('user_id = :userId AND code_hash = :hash AND used_at IS NULL', { userId: user.id, hash: hashRecoveryCode(code) })
      .execute();
    return spent.affected === 1 ? 'recovery' : null;
  }

  /** A 6-digit code of the current step ±1, newer than the last step accepted (which it then becomes). */
  private async checkTotp(em: EntityManager, mfa: UserMfa, user: User, code: string): Promise<boolean> {
    const token = code.replace(/\s/g, '');
    if (!/^\d{6}$/.test(token)) return false;
    const totp = this.totp(OTPAuth.Secret.fromBase32(decryptSecret(this.key, mfa.secretEncrypted, user.id)), user.email);
    const now = Date.now();
    const delta = totp.validate({ token, timestamp: now, window: TOTP_WINDOW });
    if (delta === null) return false;
    const step = totp.counter({ timestamp: now }) + delta;
    if (mfa.lastUsedStep !== null && step <= mfa.lastUsedStep) return false;
    await em.update(UserMfa, { id: mfa.id }, { lastUsedStep: step });
    mfa.lastUsedStep = step;
    return true;
  }

  private async wrongCode(em: EntityManager, user: User, action: string): Promise<{ failed: true }> {
    await this.limiter.recordFailure(em, user.email, requestContext.get()?.ip);
    await this.audit.record({ actor: { id: user.id, role: user.role }, action, entity: 'user', entityId: user.id }, em);
    return { failed: true };
  }

  private async replaceRecoveryCodes(em: EntityManager, userId: string): Promise<string[]> {
    await em.delete(MfaRecoveryCode, { userId });
    const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
    await em.insert(
      MfaRecoveryCode,
      codes.map((c) => ({ userId, codeHash: hashRecoveryCode(c) })),
    );
    return codes;
  }

  private async removeMfa(em: EntityManager, user: User, options: { bumpTokenVersion?: boolean } = {}): Promise<void> {
    await em.delete(MfaRecoveryCode, { userId: user.id });
    await em.delete(MfaChallenge, { userId: user.id });
    await em.delete(UserMfa, { userId: user.id });
    await em.update(
      User,
      { id: user.id },
      { mfaEnabled: false, version: user.version + 1, ...(options.bumpTokenVersion ? { tokenVersion: user.tokenVersion + 1 } : {}) },
    );
  }

  private async lockUser(em: EntityManager, id: string): Promise<User> {
    const user = await em.getRepository(User).createQueryBuilder('u').setLock('pessimistic_write').where('u.id = :id', { id }).getOne();
    if (!user) throw new AuthError('USER_NOT_FOUND');
    return user;
  }

  private lockMfa(em: EntityManager, userId: string): Promise<UserMfa | null> {
    return em.getRepository(UserMfa).createQueryBuilder('m').setLock('pessimistic_write').where('m.user_id = :userId', { userId }).getOne();
  }

  private actorOf(actor: AuthUser) {
    return { id: actor.id, role: actor.role };
  }

  /**
   * A security notice to the account's owner, recorded in the caller's transaction (in the app, and by e-mail through
   * the mail outbox, so a crash between commit and send loses nothing and a rolled-back change tells nobody).
   */
  private async tell(em: EntityManager, user: Pick<User, 'id' | 'name'>, event: string, title: string, lines: string[]): Promise<void> {
    await this.notifier?.record(em, user.id, { kind: 'account.mfa_changed', title, body: [`Dear ${user.name},`, '', ...lines].join('\n'), data: { event } });
  }

}
