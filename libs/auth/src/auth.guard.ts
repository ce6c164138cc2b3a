import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ALLOW_PENDING_PASSWORD_CHANGE_KEY, IS_PUBLIC_KEY } from '#common';
import { AuthError } from './auth-errors.js';
import type { AuthUser } from './auth-user.js';
import { roleHas, type Permission } from './permissions.js';
import { PERMISSION_KEY } from './require-permission.decorator.js';

/**
 * The global guard. Deny by default: every route needs a valid access token unless marked `@Public()`, and then
 * the permission it declares with `@RequirePermission()`. A route that declares neither is refused (and logged),
 * so forgetting the decorator can never open a route.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
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
