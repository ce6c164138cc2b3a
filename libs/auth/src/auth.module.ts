import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { authConfig } from './auth.config.js';
import { AccessGuard } from './auth.guard.js';
import { AccountTokensService } from './account-tokens.service.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy, JWT_AUDIENCE, JWT_ISSUER } from './jwt.strategy.js';
import { LocalAuthGuard, LocalStrategy } from './local.strategy.js';
import { TokenService } from './token.service.js';
import { UsersService } from './users.service.js';
import { BulkInvitationsService } from './bulk/bulk-invitations.service.js';
import { MfaService } from './mfa/mfa.service.js';
import { UserAccessCache } from './user-cache/user-access-cache.js';
import { USER_CACHE_OPTIONS, UserChangeListener, type UserCacheOptions } from './user-cache/user-change-listener.js';
import { LocalWriteInterceptor } from './user-cache/local-write.interceptor.js';

@Module({
  imports: [
    ConfigModule.forFeature(authConfig),
    PassportModule,
    JwtModule.registerAsync({
      imports: [ConfigModule.forFeature(authConfig)],
      inject: [authConfig.KEY],
      useFactory: (config: ConfigType<typeof authConfig>) => ({
        secret: config.JWT_SECRET,
        signOptions: { algorithm: 'HS256', expiresIn: config.JWT_ACCESS_TTL_SECONDS, issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: JWT_ISSUER, audience: JWT_AUDIENCE },
      }),
    }),
  ],
  providers: [
    AuthService,
    AccountTokensService,
    UsersService,
    BulkInvitationsService,
    TokenService,
    MfaService,
    JwtStrategy,
    LocalStrategy,
    LocalAuthGuard,
    { provide: APP_GUARD, useClass: AccessGuard },
    {
      provide: UserAccessCache,
      inject: [authConfig.KEY],
      useFactory: (config: ConfigType<typeof authConfig>) => new UserAccessCache(config.USER_CACHE_TTL_SECONDS * 1000),
    },
    UserChangeListener,
    { provide: APP_INTERCEPTOR, useClass: LocalWriteInterceptor },
  ],
  exports: [UserChangeListener, AuthService, UsersService, BulkInvitationsService, TokenService, MfaService, LocalAuthGuard],
})
export class AuthModule {
  /** With the user-row cache on (the API): `listenUrl` is a direct connection for LISTEN. Imported bare, no cache. */
  static forRoot(options: UserCacheOptions): DynamicModule {
    return { module: AuthModule, providers: [{ provide: USER_CACHE_OPTIONS, useValue: options }] };
  }
}
