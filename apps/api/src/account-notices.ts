import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ACCOUNT_NOTIFIER, type AccountNotice, type AccountNotifier } from '#auth';
import { NotificationsModule, NotificationsService } from '#notifications';

/** Security notices about one's own account go through the notifications feature: in the app and by e-mail. */
@Injectable()
export class NotificationAccountNotifier implements AccountNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  record(em: EntityManager, userId: string, notice: AccountNotice): Promise<string[]> {
    return this.notifications.notifyUser(em, userId, { kind: notice.kind, title: notice.title, body: notice.body, data: notice.data ?? {}, dedupeKey: notice.dedupeKey });
  }
}

/** Lets the accounts layer tell users about their accounts without depending on notifications. */
@Global()
@Module({
  imports: [NotificationsModule],
  providers: [NotificationAccountNotifier, { provide: ACCOUNT_NOTIFIER, useExisting: NotificationAccountNotifier }],
  exports: [ACCOUNT_NOTIFIER],
})
export class AccountNotifierModule {}
