import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface SinkMail {
  to: string[];
  subject: string;
  raw: string;
  /** The body with quoted-printable undone. */
  text: string;
}

const decodeQuotedPrintable = (body: string) =>
  Buffer.from(
    body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');

export interface SmtpSink {
  /** For SMTP_URL: plain SMTP on 127.0.0.1, no TLS. */
  url: string;
  mails: SinkMail[];
  /** Resolves with the first mail (now or later) to `to` whose subject matches. */
  waitFor(to: string, subject: RegExp, timeoutMs?: number): Promise<SinkMail>;
  close(): Promise<void>;
}

/** A real SMTP server on a free port that keeps every message it receives. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const mails: SinkMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const subject = /^Subject: (.*(?:\r\n[ \t].*)*)/m.exec(raw)?.[1].replace(/\r\n[ \t]/g, ' ') ?? '';
        const rest = raw.slice(Math.max(0, raw.search(/\r?\n\r?\n/))).trimStart();
        const text = /^Content-Transfer-Encoding: quoted-printable/im.test(raw) ? decodeQuotedPrintable(rest) : rest;
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), subject, raw, text });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}?ignoreTLS=true&secure=false`,
    mails,
    async waitFor(to, subject, timeoutMs = 5000) {
      for (const t0 = Date.now(); Date.now() - t0 < timeoutMs; await new Promise((r) => setTimeout(r, 50))) {
        const mail = mails.find((m) => m.to.includes(to) && subject.test(m.subject));
        if (mail) return mail;
      }
      throw new Error(`no mail to ${to} matching ${subject}; got ${JSON.stringify(mails.map((m) => [m.to, m.subject]))}`);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
