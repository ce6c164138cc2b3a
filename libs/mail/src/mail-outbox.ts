import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { JobQueue, jobIdFor, jobMetrics, QUEUES } from '#jobs';
import { Mailer, type Mail } from './mailer.js';

/** What a mail job carries: the mail sealed (it may hold a single-use link), and who to tell once it went out. */
interface MailJobData {
  sealed: string;
  /** e.g. `notification:<id>`: passed to the onSent listener of its kind. */
  ref?: string;
}

/** The outbox's sealing key: from MAIL_OUTBOX_KEY, else derived from JWT_SECRET (shared by every replica anyway). */
function sealingKey(): Buffer {
  const secret = process.env.MAIL_OUTBOX_KEY || process.env.JWT_SECRET;
  if (!secret) throw new Error('the mail outbox needs MAIL_OUTBOX_KEY or JWT_SECRET');
  return createHash('sha256').update(`wg4-mail-outbox\0${secret}`).digest();
}

function seal(mail: Mail): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ to: mail.to, subject: mail.subject, text: mail.text }), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
}

function unseal(sealed: string): Mail {
  const raw = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as Mail;
}

export interface OutboxMail extends Mail {
  /** Idempotency key: the same key is enqueued (and so mailed) once, e.g. `notification:<id>`. */
  key: string;
}

/**
 * The mail outbox. Features enqueue their e-mails inside the transaction of the change that causes them; a worker
 * (any replica with WORKERS on) sends each with retries and exponential backoff. Exactly once per key: the job id is
 * derived from the key (a second enqueue is a no-op), and a delivery row written right after the SMTP server
 * accepted the mail stops a retry of a job whose worker died from sending it again. Payloads are sealed
 * (AES-256-GCM): an invitation link in the job table is not readable from a database dump.
 */
@Injectable()
export class MailOutbox implements OnModuleInit {
  private readonly logger = new Logger('MailOutbox');
  private readonly listeners = new Map<string, (ids: string[], em: EntityManager) => Promise<void>>();

  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.jobs.work<MailJobData>(QUEUES.mail, (job) => this.deliver(job), this.jobs.env.MAIL_CONCURRENCY);
  }

  /** Called (in the delivery's transaction) with the ids of `<kind>:<id>` refs whose mail went out. */
  onSent(kind: string, listener: (ids: string[], em: EntityManager) => Promise<void>): void {
    this.listeners.set(kind, listener);
  }

  /** Enqueues mails inside the caller's transaction (`em` must belong to one). */
  async enqueue(em: EntityManager, mails: OutboxMail[], ref?: (mail: OutboxMail) => string | undefined): Promise<void> {
    await this.jobs.sendInTransaction(
      em,
      QUEUES.mail,
      mails.map((m) => ({ id: jobIdFor(m.key), data: { sealed: seal(m), ref: ref?.(m) } satisfies MailJobData })),
    );
  }

  private async deliver(job: PgBoss.JobWithMetadata<MailJobData>): Promise<void> {
    const [done]: unknown[] = await this.dataSource.query(`SELECT 1 FROM mail_deliveries WHERE job_id = $1`, [job.id]);
    if (done) {
      jobMetrics.mailsSkipped.inc();
      return;
    }
    const mail = unseal(job.data.sealed);
    await this.mailer.send({ ...mail, messageId: `<${job.id}@wg4-follow-up>` });
    jobMetrics.mailsSent.inc();
    jobMetrics.deliveryLatency.observe((Date.now() - new Date(job.createdOn).getTime()) / 1000);
    try {
      await this.dataSource.transaction(async (em) => {
        await em.query(`INSERT INTO mail_deliveries (job_id, enqueued_at) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [job.id, job.createdOn]);
        const [kind, id] = job.data.ref?.split(':') ?? [];
        const listener = kind ? this.listeners.get(kind) : undefined;
        if (listener && id) await listener([id], em);
      });
    } catch (error) {
      // Sent but not recorded (the database went away): failing the job would send it again. Logged; the job completes.
      this.logger.error({ err: error, jobId: job.id }, 'mail sent but its delivery not recorded');
    }
  }
}
