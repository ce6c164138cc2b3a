import { Module } from '@nestjs/common';
import { Mailer } from './mailer.js';
import { NotificationsService } from './notifications.service.js';

@Module({ providers: [Mailer, NotificationsService], exports: [NotificationsService] })
export class NotificationsModule {}
