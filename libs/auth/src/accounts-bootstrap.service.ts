import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { authConfig } from './auth.config.js';
import { UsersService } from './users.service.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@wg4.local';

/**
 * First start with no users: create an admin from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password that
 * is printed once (and must be changed at first login). Safe when several replicas start at once.
 */
@Injectable()
export class AccountsBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly users: UsersService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const email = this.config.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
    // Under an advisory lock: of replicas started together on an empty database, exactly one creates it (and
    // prints its password); the others find it there.
    const created = await this.users.createFirstAdmin({ email, name: 'Administrator', password: this.config.ADMIN_PASSWORD });
    if (!created) return;
    if (created.temporaryPassword) {
      // Printed once, on purpose, to the console (not only the JSON log) so the operator can sign in.
      process.stdout.write(
        `\n  First admin created: ${email}\n  Temporary password: ${created.temporaryPassword}\n  (shown once; it expires in TEMPORARY_PASSWORD_TTL_HOURS, 72 h by default: change it at first sign-in)\n\n`,
      );
    } else {
      this.logger.log(`First admin created: ${email} (password from ADMIN_PASSWORD)`);
    }
  }
}
