import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { pageOf, pageOffset, type Page } from '#common';
import { MailOutbox } from '#mail';
import { Notification } from './notification.entity.js';

export interface NotificationInput {
  kind: string;
  title: string;
  body: string;
  data: Record<string, unknown>;
  /** Same key for the same user → recorded once. */
  dedupeKey?: string;
}

/** Ids of the notifications recorded (and their e-mails enqueued) in a transaction. */
export type Outbox = string[];

@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: MailOutbox,
  ) {
    // The worker tells us which notifications' e-mails went out.
    outbox.onSent('notification', async (ids, em) => {
      await em.query(`UPDATE notifications SET mailed_at = now() WHERE id = ANY($1) AND mailed_at IS NULL`, [ids]);
    });
  }

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
    const rows: { id: string; email: string; title: string; body: string }[] = await em.query(
      `INSERT INTO notifications (user_id, kind, title, body, data, dedupe_key)
       SELECT u.id, $${n + 1}, $${n + 2}, $${n + 3}, $${n + 4}::jsonb, $${n + 5}
         FROM users u WHERE (u.active OR $${n + 6}) AND (${where})
       ON CONFLICT (user_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
       RETURNING id, (SELECT email FROM users WHERE id = user_id) AS email, title, body`,
      [...params, input.kind, input.title.slice(0, 300), input.body, JSON.stringify(input.data), input.dedupeKey ?? null, includeInactive],
    );
    // Each notification's e-mail, in this same transaction (the outbox): sent once it commits, never if it rolls back.
    await this.outbox.enqueue(
      em,
      rows.map((r) => ({ key: `notification:${r.id}`, to: r.email, subject: r.title, text: r.body })),
      (m) => m.key,
    );
    return rows.map((r) => r.id);
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
