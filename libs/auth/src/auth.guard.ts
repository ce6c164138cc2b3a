import { ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ALLOW_PENDING_MFA_ENROLMENT_KEY, ALLOW_PENDING_PASSWORD_CHANGE_KEY, IS_PUBLIC_KEY } from '#common';
import { authConfig, mfaRequiredRoles } from './auth.config.js';
import { AuthError } from './auth-errors.js';
import type { AuthUser } from './auth-user.js';
import { MfaError } from './mfa/mfa-errors.js';
import { roleHas, type Permission, type Role } from '#contracts';
import { PERMISSION_KEY } from './require-permission.decorator.js';

/**
 * The global guard. Deny by default: every route needs a valid access token unless marked `@Public()`, and then
 * the permission it declares with `@RequirePermission()`. A route that declares neither is refused (and logged),
 * so forgetting the decorator can never open a route.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  private readonly mfaRequired: Set<Role>;

  constructor(
    private readonly reflector: Reflector,
    @Inject(authConfig.KEY) config: ConfigType<typeof authConfig>,
  ) {
    super();
    this.mfaRequired = mfaRequiredRoles(config);
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;
    await super.canActivate(context);
    const user = context.switchToHttp().getRequest<{ user: AuthUser }>().user;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, targets);
    if (!permission) {
      this.logger.error(`Route ${context.getClass().name}.${context.getHandler().name} declares no permission; refused`);
      throw new AuthError('FORBIDDEN');
    }
    if (user.mustChangePassword && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_PASSWORD_CHANGE_KEY, targets)) {
      throw new AuthError('PASSWORD_CHANGE_REQUIRED');
    }
    // MFA: a role that requires a second factor reaches only the enrolment routes until it has one.
    if (!user.mfaEnabled && this.mfaRequired.has(user.role) && !this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_MFA_ENROLMENT_KEY, targets)) {
      throw new MfaError('MFA_ENROLMENT_REQUIRED');
    }
    if (!roleHas(user.role, permission)) throw new AuthError('FORBIDDEN');
    return true;
  }

  /**
   * Passport's failures (no token, bad signature, expired, `alg: none`) arrive as "no user" and become one coded
   * 401. An error is what validate() threw: an AuthError, or the database failing to answer — that one is passed on
   * (503 from the error filter), so an outage never tells clients their tokens are bad.
   */
  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error) throw error;
    if (!user) throw new AuthError('INVALID_TOKEN');
    return user;
  }
}
