import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard, PassportStrategy } from '@nestjs/passport';
import passportLocal from 'passport-local';
import { validateBody } from '#common';
import { AuthError } from './auth-errors.js';
import { AuthService, type LoginResult } from './auth.service.js';
import { LoginDto } from './dto/login.dto.js';

/** Passport's local strategy for POST /auth/login: e-mail + password, with the limiter and audit in AuthService. */
@Injectable()
export class LocalStrategy extends PassportStrategy(passportLocal.Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password' });
  }

  validate(email: string, password: string): Promise<LoginResult> {
    return this.auth.login(email, password);
  }
}

/**
 * Guards run before pipes, and passport-local answers a missing field with a bare 401. Validate the body first with
 * the global rules so a malformed login is a 400 with field errors, like every other endpoint.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ body: unknown }>();
    await validateBody(LoginDto, request.body);
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error) throw error;
    if (!user) throw new AuthError('INVALID_CREDENTIALS');
    return user;
  }
}
