import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, Optional, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import pg from 'pg';
import { authConfig } from '../auth.config.js';
import { UserAccessCache } from './user-access-cache.js';

/** The channel the users/auth_sessions triggers notify (migration UserChangeNotify); the payload is a user id. */
export const USER_CHANGED_CHANNEL = 'auth_user_changed';
/** Shown in pg_stat_activity (followed by the process id), so an operator (and the tests) can find the listening session. */
export const USER_CACHE_APPLICATION_NAME = 'wg4-user-cache';

export const USER_CACHE_OPTIONS = Symbol('USER_CACHE_OPTIONS');
export interface UserCacheOptions {
  /** A direct connection (DIRECT_DATABASE_URL, else DATABASE_URL): LISTEN does not pass a transaction pooler. */
  listenUrl?: string;
}

const PING = 'ping:';

/**
 * Keeps the user-row cache honest across replicas: one LISTEN session on a direct connection. The cache answers only
 * after LISTEN succeeded **and** a ping sent through the application's own pool came back on it (delivery proven end
 * to end, a pooler in the way included); a lost connection, or a heartbeat ping not back in time, turns it off
 * (every request reads the database) and reconnects; coming back clears it.
 */
@Injectable()
export class UserChangeListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(UserChangeListener.name);
  private readonly instance = randomUUID();
  private client: pg.Client | null = null;
  private stopped = false;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private heartbeatTimer: NodeJS.Timeout | null = null;
  /** Pings sent and not yet back: sequence → resolve. */
  private readonly waiting = new Map<number, () => void>();
  private pingSeq = 0;
  private syncInFlight = false;
  private readonly heartbeatMs: number;
  private readonly reconnectMs: number;

  constructor(
    readonly cache: UserAccessCache,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
    @Optional() @Inject(USER_CACHE_OPTIONS) private readonly options: UserCacheOptions | null,
  ) {
    this.heartbeatMs = config.USER_CACHE_HEARTBEAT_MS;
    this.reconnectMs = config.USER_CACHE_RECONNECT_MS;
  }

  onApplicationBootstrap(): void {
    if (!this.options?.listenUrl || !this.cache.enabled) return;
    void this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.cache.setLive(false);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /**
   * A write request of this process ended: until a ping sent now comes back (after the notifications of every
   * transaction committed before it), the cache does not answer — so a user's own next request sees their change.
   */
  noteLocalWrite(): void {
    this.cache.noteLocalWrite();
    if (!this.cache.isLive || this.syncInFlight) return;
    void this.syncLocalWrites();
  }

  private async syncLocalWrites(): Promise<void> {
    this.syncInFlight = true;
    try {
      // One ping in flight at a time; writes noted meanwhile are covered by the next round.
      while (this.cache.isLive && this.cache.pendingLocalWrites > 0) {
        if (!(await this.ping(this.heartbeatMs))) break;
      }
    } finally {
      this.syncInFlight = false;
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({ connectionString: this.options!.listenUrl, application_name: `${USER_CACHE_APPLICATION_NAME} ${process.pid}`, keepAlive: true });
    this.client = client;
    let closed = false;
    const lost = (why: string) => {
      if (closed) return;
      closed = true;
      this.down(`user cache: listener lost (${why}); reading users per request until it is back`);
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', (error) => lost(error.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (message) => {
      if (message.channel !== USER_CHANGED_CHANNEL || !message.payload) return;
      if (message.payload.startsWith(PING)) {
        const [instance, seq] = message.payload.slice(PING.length).split(':');
        if (instance === this.instance) this.waiting.get(Number(seq))?.();
        return;
      }
      this.cache.invalidateUser(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${USER_CHANGED_CHANNEL}`);
      if (!(await this.ping(Math.max(this.heartbeatMs, 2_000)))) throw new Error('the first ping did not come back');
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (closed || this.stopped) return;
    this.cache.setLive(true);
    this.logger.log('user cache: listening for user changes');
    this.heartbeatTimer = setInterval(() => {
      void this.ping(this.heartbeatMs).then((ok) => {
        if (!ok && !closed) lost(`no heartbeat within ${this.heartbeatMs} ms`);
      });
    }, this.heartbeatMs);
    this.heartbeatTimer.unref();
  }

  private down(message: string): void {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer);
    this.heartbeatTimer = null;
    const wasLive = this.cache.isLive;
    this.cache.setLive(false);
    if (wasLive && !this.stopped) this.logger.warn(message);
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, this.reconnectMs);
    this.reconnectTimer.unref();
  }

  /** Sends a ping through the application's pool and waits for it on the LISTEN session. */
  private async ping(timeoutMs: number): Promise<boolean> {
    const seq = ++this.pingSeq;
    // Every local write noted before the ping was committed before it: its notifications arrive first.
    const writesBefore = this.cache.localWritesNoted;
    const back = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), timeoutMs);
      timer.unref(); // a ping in flight never holds the process open at shutdown
      this.waiting.set(seq, () => {
        clearTimeout(timer);
        resolve(true);
      });
    });
    try {
      await this.dataSource.query('SELECT pg_notify($1, $2)', [USER_CHANGED_CHANNEL, `${PING}${this.instance}:${seq}`]);
      const ok = await back;
      if (ok) this.cache.synced(writesBefore);
      return ok;
    } catch {
      return false;
    } finally {
      this.waiting.delete(seq);
    }
  }
}
