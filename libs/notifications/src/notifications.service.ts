import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { pageOf, pageOffset, type Page } from '#common';
import { Mailer } from '#mail';
import { Notification } from './notification.entity.js';

export interface NotificationInput {
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  /** Same key for the same user → recorded once. */
  dedupeKey?: string;
}

/** Ids of notifications recorded in a transaction, to be mailed once it has committed. */
export type Outbox = string[];

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  /** Records a notification for every active focal point of a State (inside the caller's transaction). */
  notifyState(em: EntityManager, stateCode: string, input: NotificationInput): Promise<Outbox> {
    return this.insertFor(em, `u.role = 'focal_point' AND u.state_code = $1`, [stateCode], input);
  }

  /** For every active focal point of any of the given States (all States when `stateCodes` is null). */
  notifyFocalPoints(em: EntityManager, stateCodes: string[] | null, input: NotificationInput): Promise<Outbox> {
    return this.insertFor(em, `u.role = 'focal_point' AND ($1::text[] IS NULL OR u.state_code = ANY($1))`, [stateCodes], input);
  }

  /** For one user, about their own account (active or not: a deactivated owner is still told by e-mail). */
  notifyUser(em: EntityManager, userId: string, input: NotificationInput): Promise<Outbox> {
    return this.insertFor(em, `u.id = $1`, [userId], input, true);
  }

  private async insertFor(em: EntityManager, where: string, params: unknown[], input: NotificationInput, includeInactive = false): Promise<Outbox> {
    const n = params.length;
    const rows: { id: string }[] = await em.query(
      `INSERT INTO notifications (user_id, kind, title, body, data, dedupe_key)
       SELECT u.id, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::jsonb, $${n + 5}
         FROM users u WHERE (u.active OR $${n + 6}) AND (${where})
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [...params, input.kind, input.title.slice(0, 300), input.body, JSON.stringify(input.data), input.dedupeKey ?? null, includeInactive],
    );
    return rows.map((r) => r.id);
  }

  /** After commit: e-mails the recorded notifications. A failed mail is logged; the notification stays in the app. */
  async deliver(outbox: Outbox): Promise<void> {
    if (outbox.length === 0) return;
    const rows: { id: string; email: string; title: string; body: string }[] = await this.dataSource.query(
      `SELECT n.id, u.email, n.title, n.body FROM notifications n JOIN users u ON u.id = n.user_id WHERE n.id = ANY($1) AND n.mailed_at IS NULL`,
      [outbox],
    );
    for (const row of rows) {
      try {
        await this.mailer.send({ to: row.email, subject: row.title, text: row.body });
        await this.dataSource.query(`UPDATE notifications SET mailed_at = now() WHERE id = $1`, [row.id]);
      } catch (error) {
        this.logger.warn({ err: error, notificationId: row.id }, 'mail not sent');
      }
    }
  }

  async list(userId: string, query: { page: number; limit: number; unread?: boolean }): Promise<Page<Notification>> {
    const [items, total] = await this.dataSource.getRepository(Notification).findAndCount({
      where: query.unread ? { userId, readAt: IsNull() } : { userId },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: pageOffset(query),
      take: query.limit,
    });
    return pageOf(items, total, query);
  }

  /** Marks one of the user's own notifications read; another user's id is indistinguishable from an unknown one. */
  async markRead(userId: string, id: string): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(Notification)
      .set({ readAt: () => 'COALESCE(read_at, now())' })
      .where('id = :id AND user_id = :userId', { id, userId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  async markAllRead(userId: string): Promise<number> {
    const result = await this.dataSource.getRepository(Notification).update({ userId, readAt: IsNull() }, { readAt: new Date() });
    return result.affected ?? 0;
  }
}
