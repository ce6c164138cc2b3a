import { Global, Module } from '@nestjs/common';
import { Mailer } from './mailer.js';

/** One mail transport for the whole application (notifications, invitations, security notices). */
@Global()
@Module({ providers: [Mailer], exports: [Mailer] })
export class MailModule {}
