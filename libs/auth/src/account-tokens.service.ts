import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { MailOutbox } from '#mail';
import { authConfig } from './auth.config.js';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity.js';
import { hashToken } from './token.service.js';
import type { User } from './user.entity.js';

/** A link made inside a transaction; its e-mail is enqueued in the same transaction. */
export interface PendingAccountMail {
  to: string;
  name: string;
  purpose: AccountTokenPurpose;
  token: string;
  expiresAt: Date;
  /** Why: a new account, an admin's reset, or the user's own request. */
  reason: 'new_account' | 'admin_reset' | 'forgot_password';
}

/** What each kind of account mail says before its link. */
const ACCOUNT_MAIL_TEXT: Record<PendingAccountMail['reason'], { subject: string; intro: string }> = {
  new_account: {
    subject: 'WG.4 Follow-up: you have been invited',
    intro: 'An account has been created for you in WG.4 Follow-up, the follow-up system of the Working Group on Trafficking in Persons.',
  },
  admin_reset: {
    subject: 'WG.4 Follow-up: set a new password',
    intro: 'An administrator has reset the password of your WG.4 Follow-up account. You have been signed out everywhere.',
  },
  forgot_password: {
    subject: 'WG.4 Follow-up: reset your password',
    intro:
      'Someone (hopefully you) asked to reset the password of your WG.4 Follow-up account. If it was not you, ignore this e-mail: your password stays as it is.',
  },
};

/**
 * Single-use links that let a user set their own password. The token is 256 random bits, stored as its SHA-256;
 * it travels only in the e-mail (or, with no SMTP configured, the server log), never in an API answer.
 */
@Injectable()
export class AccountTokensService {
  constructor(
    private readonly outbox: MailOutbox,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  /** Makes a link (superseding the user's open links of any purpose) inside the caller's transaction. */
  async create(em: EntityManager, user: User, purpose: AccountTokenPurpose, reason: PendingAccountMail['reason'], createdBy: string | null): Promise<PendingAccountMail> {
    await em.query(`UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [user.id]);
    const token = randomBytes(32).toString('base64url');
    const ttlMs = purpose === 'invitation' ? this.config.INVITATION_TTL_HOURS * 3_600_000 : this.config.PASSWORD_RESET_TTL_MINUTES * 60_000;
    const expiresAt = new Date(Date.now() + ttlMs);
    await em.insert(AccountToken, { userId: user.id, purpose, tokenHash: hashToken(token), expiresAt, createdBy });
    const pending: PendingAccountMail = { to: user.email, name: user.name, purpose, token, expiresAt, reason };
    // Its e-mail, in this same transaction (the mail outbox): sent with retries once the link exists, never otherwise.
    await this.enqueue(em, pending);
    return pending;
  }

  /** Invitation links for accounts just created in the caller's transaction (they have no open link to supersede), in one INSERT. */
  async createForNewAccounts(em: EntityManager, users: User[], createdBy: string): Promise<PendingAccountMail[]> {
    if (users.length === 0) return [];
    const expiresAt = new Date(Date.now() + this.config.INVITATION_TTL_HOURS * 3_600_000);
    const tokens = users.map(() => randomBytes(32).toString('base64url'));
    await em.insert(
      AccountToken,
      users.map((user, i) => ({ userId: user.id, purpose: 'invitation' as const, tokenHash: hashToken(tokens[i]), expiresAt, createdBy })),
    );
    const pending: PendingAccountMail[] = users.map((user, i) => ({ to: user.email, name: user.name, purpose: 'invitation', token: tokens[i], expiresAt, reason: 'new_account' }));
    // Their e-mails, in this same transaction (the outbox): all of them, or none if the batch rolls back.
    for (const mail of pending) await this.enqueue(em, mail);
    return pending;
  }

  /** Takes a valid link (locking it); null when it is unknown, used, superseded or expired. */
  async consume(em: EntityManager, token: string): Promise<AccountToken | null> {
    const row = await em
      .getRepository(AccountToken)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.token_hash = :hash', { hash: hashToken(token) })
      .getOne();
    if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) return null;
    await em.update(AccountToken, { id: row.id }, { usedAt: new Date() });
    return row;
  }

  /** How many links of a purpose were made for a user in the last `minutes` (throttles "forgot password" mails). */
  async countRecent(em: EntityManager, userId: string, purpose: AccountTokenPurpose, minutes: number): Promise<number> {
    const [row]: { n: number }[] = await em.query(
      `SELECT count(*)::int AS n FROM account_tokens WHERE user_id = $1 AND purpose = $2 AND created_at > now() - make_interval(mins => $3)`,
      [userId, purpose, minutes],
    );
    return row.n;
  }

  /** The link a person opens in the web app. The token is in the fragment, so it never reaches a server log. */
  link(mail: PendingAccountMail): string {
    const base = this.config.PUBLIC_URL.replace(/\/+$/, '');
    const page = mail.purpose === 'invitation' ? 'invitation' : 'reset-password';
    return `${base}/${page}#token=${mail.token}`;
  }

  /** The link's e-mail into the outbox (keyed by the link, so it is mailed once however often this runs). */
  private async enqueue(em: EntityManager, mail: PendingAccountMail): Promise<void> {
    const link = this.link(mail);
    const until = mail.expiresAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
    const { subject, intro } = ACCOUNT_MAIL_TEXT[mail.reason];
    const text = `Dear ${mail.name},\n\n${intro}\n\nChoose your password here (the link works once, until ${until}):\n\n${link}\n\nNobody at UNODC will ever ask you for your password.\n`;
    await this.outbox.enqueue(em, [{ key: `account-token:${hashToken(mail.token)}`, to: mail.to, subject, text }]);
  }

}
