import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One row per mail job the SMTP server accepted, written right after it did: a job retried after its worker died
 * finds its row and is not sent again. (The one window left: a crash between the server's 250 and this insert, a
 * few milliseconds; that retry carries the same Message-ID.)
 */
@Entity({ name: 'mail_deliveries' })
export class MailDelivery {
  /** The mail job's id (derived from its idempotency key: a notification's id, an account link's hash). */
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_mail_deliveries' })
  jobId: string;

  @Column({ type: 'timestamptz' })
  enqueuedAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}
