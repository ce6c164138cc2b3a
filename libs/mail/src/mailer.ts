import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';

export interface Mail {
  to: string;
  subject: string;
  text: string;
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
    this.transport = url ? nodemailer.createTransport(url) : null;
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
