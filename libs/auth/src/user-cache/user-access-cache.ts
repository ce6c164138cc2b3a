import type { AuthUser } from '../auth-user.js';

/** What the access check needs of a user and one of their sessions, as read from the database. */
export interface CachedAccess {
  user: Omit<AuthUser, 'sessionId'>;
  tokenVersion: number;
  /** auth_sessions.expires_at: an entry never outlives its session. */
  sessionExpiresAtMs: number;
}

interface Entry {
  access: CachedAccess;
  userId: string;
  cachedAtMs: number;
}

/**
 * The users' rows (with their session) kept in process between requests. It only answers while the change listener
 * is live (`setLive(true)` after LISTEN and a delivered ping) and the process has no write of its own whose
 * notification may still be on its way (`noteLocalWrite` / `synced`); otherwise every request reads the database.
 * A read started before an invalidation is not stored (`generation`): the row it read may be the old one.
 */
export class UserAccessCache {
  private readonly entries = new Map<string, Entry>();
  private readonly keysByUser = new Map<string, Set<string>>();
  private generation = 0;
  private live = false;
  private writesSent = 0;
  private writesSeen = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  get enabled(): boolean {
    return this.ttlMs > 0;
  }

  /** The cache answers: listener live, and every local write's notifications already received. */
  get usable(): boolean {
    return this.enabled && this.live && this.writesSeen >= this.writesSent;
  }

  get isLive(): boolean {
    return this.live;
  }

  get size(): number {
    return this.entries.size;
  }

  get(userId: string, sessionId: string, nowMs: number): CachedAccess | undefined {
    if (!this.usable) return undefined;
    const entry = this.entries.get(sessionId);
    if (!entry || entry.userId !== userId) return undefined;
    if (nowMs - entry.cachedAtMs >= this.ttlMs || entry.access.sessionExpiresAtMs <= nowMs) {
      this.remove(sessionId, entry.userId);
      return undefined;
    }
    return entry.access;
  }

  /** Taken before reading the database; `store` keeps the row only if nothing was invalidated meanwhile. */
  readTicket(): number {
    return this.usable ? this.generation : -1;
  }

  store(ticket: number, userId: string, sessionId: string, access: CachedAccess, nowMs: number): void {
    if (ticket < 0 || ticket !== this.generation || !this.usable) return;
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.remove(oldest, this.entries.get(oldest)!.userId);
    }
    this.entries.set(sessionId, { access, userId, cachedAtMs: nowMs });
    let keys = this.keysByUser.get(userId);
    if (!keys) this.keysByUser.set(userId, (keys = new Set()));
    keys.add(sessionId);
  }

  /** A NOTIFY for this user: every session of theirs is read again. */
  invalidateUser(userId: string): void {
    this.generation++;
    const keys = this.keysByUser.get(userId);
    if (!keys) return;
    for (const key of keys) this.entries.delete(key);
    this.keysByUser.delete(userId);
  }

  /** Listener up (after a delivered ping) or down: either way nothing read before is trusted any more. */
  setLive(live: boolean): void {
    this.clear();
    this.live = live;
    // Empty now, so no earlier local write can have left a stale entry.
    this.writesSeen = this.writesSent;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
    this.keysByUser.clear();
  }

  /**
   * A write request of this process ended: its transaction may have changed a user, and the notification may not
   * have arrived yet. Returns the sequence number to ping with; until `synced(n)` sees it the cache does not answer.
   */
  noteLocalWrite(): number {
    return ++this.writesSent;
  }

  /** The ping sent after local write `n` came back: every notification committed before it has been handled. */
  synced(n: number): void {
    if (n > this.writesSeen) this.writesSeen = n;
  }

  get localWritesNoted(): number {
    return this.writesSent;
  }

  get pendingLocalWrites(): number {
    return this.writesSent - this.writesSeen;
  }

  private remove(sessionId: string, userId: string): void {
    this.entries.delete(sessionId);
    const keys = this.keysByUser.get(userId);
    keys?.delete(sessionId);
    if (keys && keys.size === 0) this.keysByUser.delete(userId);
  }
}
