import type { EntityManager } from 'typeorm';

/** What the owner of an account is told about it (in the app and by e-mail). */
export interface AccountNotice {
  kind: 'account.password_changed' | 'account.mfa_changed' | 'account.sign_in_failures' | 'account.sessions_revoked';
  title: string;
  body: string;
  data?: Record<string, unknown>;
  /** The same key for the same user is recorded once (e.g. one alert per window). */
  dedupeKey?: string;
}

/**
 * Tells a user about their own account. The app wires the notifications feature in (an in-app notification and an
 * e-mail); auth stays independent of it. `record` runs inside the caller's transaction (the e-mail goes through the mail outbox).
 */
export interface AccountNotifier {
  /** Records the notice and enqueues its e-mail, inside the caller's transaction. */
  record(em: EntityManager, userId: string, notice: AccountNotice): Promise<string[]>;
}

export const ACCOUNT_NOTIFIER = Symbol('ACCOUNT_NOTIFIER');
