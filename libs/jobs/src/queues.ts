import { createHash } from 'node:crypto';

/** pg-boss's schema: created by the owner role at migration time, used by the runtime role (ADR 0007). */
export { JOB_SCHEMA } from '#common';

/** Every queue of the application. Created at migration time (a queue is a partition table: DDL, the owner's). */
export const QUEUES = {
  /** One job per e-mail (a notification, an invitation, a reset link). */
  mail: 'mail',
  /** The deadline reminders, fired by a pg-boss schedule (REMINDER_CRON). */
  reminders: 'reminders',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * A job id derived from an idempotency key: pg-boss's job table has (name, id) as its key and inserts with
 * ON CONFLICT DO NOTHING, so the same key enqueued twice is one job. UUID-shaped (version nibble 5-like).
 */
export function jobIdFor(key: string): string {
  const h = createHash('sha256').update(key).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 17), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
