import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { authConfig } from './auth.config.js';
import { UsersService } from './users.service.js';

export const DEFAULT_ADMIN_EMAIL = 'admin@wg4.local';

/**
 * First start with no users: create an admin from ADMIN_EMAIL / ADMIN_PASSWORD, or with a generated password that
 * is printed once (and must be changed at first login).
 */
@Injectable()
export class AccountsBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    private readonly users: UsersService,
    @Inject(authConfig.KEY) private readonly config: ConfigType<typeof authConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if ((await this.users.countUsers()) > 0) return;
    const email = this.config.ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
    try {
      const { temporaryPassword } = await this.users.createWithPassword({
        email,
        name: 'Administrator',
        role: 'admin',
        password: this.config.ADMIN_PASSWORD,
      });
      if (temporaryPassword) {
        // Printed once, on purpose, to the console (not only the JSON log) so the operator can sign in.
        process.stdout.write(
          `\n  First admin created: ${email}\n  Temporary password: ${temporaryPassword}\n  (shown once; it expires in TEMPORARY_PASSWORD_TTL_HOURS, 72 h by default: change it at first sign-in)\n\n`,
        );
      } else {
        this.logger.log(`First admin created: ${email} (password from ADMIN_PASSWORD)`);
      }
    } catch (error) {
      // Another replica may have created it at the same moment.
      if ((await this.users.countUsers()) === 0) throw error;
    }
  }
}
