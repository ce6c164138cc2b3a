import { Global, Module } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { MailOutbox } from './mail-outbox.js';

/** One mail transport and one outbox for the whole application (notifications, invitations, security notices). */
@Global()
@Module({ providers: [Mailer, MailOutbox], exports: [Mailer, MailOutbox] })
export class MailModule {}
