import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';

export interface SunkMail {
  to: string[];
  subject: string;
  text: string;
  /** The Message-ID header (a retried mail keeps its id). */
  messageId?: string;
  /** When the sink accepted it (ms since the epoch). */
  at: number;
}

/**
 * A real SMTP server on loopback that keeps every message it is given, so tests read invitation and reset links
 * the way a person would: from the mail. `refuse` makes it answer 451 (a mail server that is down for a while).
 */
export class SmtpSink {
  readonly mails: SunkMail[] = [];
  refuse = false;
  /** Each recipient is answered after this many ms (a slow mail server, so a worker can die mid-batch). */
  delayMs = 0;
  private readonly waiters: { match: (m: SunkMail) => boolean; resolve: (m: SunkMail) => void }[] = [];
  private server?: SMTPServer;
  port = 0;

  async start(): Promise<this> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // The delay comes before the message is accepted: a client that dies during it has delivered nothing.
      onRcptTo: (_address, _session, callback) => {
        const answer = () => (this.refuse ? callback(Object.assign(new Error('try later'), { responseCode: 451 })) : callback());
        if (this.delayMs > 0) setTimeout(answer, this.delayMs);
        else answer();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            const mail: SunkMail = {
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              messageId: parsed.messageId,
              at: Date.now(),
            };
            this.mails.push(mail);
            for (const waiter of [...this.waiters]) {
              if (waiter.match(mail)) {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                waiter.resolve(mail);
              }
            }
            callback();
          })
          .catch(callback);
      },
    });
    // A client that dies mid-session (a SIGKILLed worker) resets its socket: not the sink's failure.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.server.address() as AddressInfo).port;
    // Never the reason a test process stays alive.
    this.server.server.unref();
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  /** The next (or an already received) mail to `to` matching `subject`. */
  waitFor(to: string, subject?: RegExp, timeoutMs = 10_000): Promise<SunkMail> {
    const match = (m: SunkMail) => m.to.includes(to.toLowerCase()) && (!subject || subject.test(m.subject));
    const found = [...this.mails].reverse().find(match);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no mail to ${to} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ match, resolve: (m) => (clearTimeout(timer), resolve(m)) });
    });
  }

  /** Forgets what was received (so waitFor sees only newer mails). */
  clear(): void {
    this.mails.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

/** The token of the invitation or reset link in a mail (`…#token=<token>`). */
export function linkToken(mail: SunkMail): string {
  const match = /#token=([A-Za-z0-9_-]{20,})/.exec(mail.text);
  if (!match) throw new Error(`no account link in the mail "${mail.subject}"`);
  return match[1];
}
