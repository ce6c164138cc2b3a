import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** A stable Message-ID (`<…@…>`): a retry after a crash carries the same one, so mail clients show one message. */
  messageId?: string;
}

/**
 * SMTP_URL with connection, greeting and socket timeouts, and a small pool of reused SMTP connections (the workers
 * send several mails at once), unless it names its own.
 */
function withTimeouts(url: string): string {
  const parsed = new URL(url);
  for (const [name, value] of [['connectionTimeout', 15_000], ['greetingTimeout', 15_000], ['socketTimeout', 30_000], ['pool', 'true'], ['maxConnections', 5]] as const) {
    if (!parsed.searchParams.has(name)) parsed.searchParams.set(name, String(value));
  }
  return parsed.toString();
}

/**
 * Sends e-mail through SMTP_URL (e.g. smtp://user:pass@smtp.example.org:587) when it is set; otherwise each mail,
 * body included, is written to the server log, so nothing is lost on a machine without SMTP (an invitation link can
 * be read there by the operator: it is never returned in an API answer).
 */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private readonly from: string;

  constructor() {
    const url = process.env.SMTP_URL;
    // Bounded, well under the mail job's expiry (MAIL_JOB_EXPIRE_SECONDS): a hung server fails the attempt, which is retried.
    this.transport = url ? nodemailer.createTransport(withTimeouts(url)) : null;
    this.from = process.env.MAIL_FROM ?? 'WG.4 Follow-up <no-reply@wg4.local>';
  }

  async send(mail: Mail): Promise<void> {
    if (!this.transport) {
      this.logger.log({ mail: { to: mail.to, subject: mail.subject } }, `mail (no SMTP configured) to ${mail.to}: ${mail.subject}\n${mail.text}`);
      return;
    }
    await this.transport.sendMail({ from: this.from, ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
