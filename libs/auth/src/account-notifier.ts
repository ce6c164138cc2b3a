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
 * e-mail); auth stays independent of it. `record` runs inside the caller's transaction; `deliver` after commit.
 */
export interface AccountNotifier {
  record(em: EntityManager, userId: string, notice: AccountNotice): Promise<string[]>;
  deliver(outbox: string[]): Promise<void>;
}

export const ACCOUNT_NOTIFIER = Symbol('ACCOUNT_NOTIFIER');
