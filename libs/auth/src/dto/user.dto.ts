import { ApiProperty } from '@nestjs/swagger';
import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, UI_LANGUAGES, type Permission, type Role } from '#contracts';
import type { User } from '../user.entity.js';

/** What the API shows of a user (never the hash or the token version). */
export class UserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'focal.point@example.org' }) email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, nullable: true, example: 'KEN', description: 'ISO 3166-1 alpha-3; focal points only' })
  stateCode: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty({ description: 'False until the user has chosen a password through their invitation link.' }) hasPassword: boolean;
  @ApiProperty({ enum: UI_LANGUAGES }) language: string;
  @ApiProperty({ description: 'Two-factor sign-in is set up.' }) mfaEnabled: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastLoginAt: string | null;

  static from(user: User): UserDto {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      stateCode: user.stateCode,
      active: user.active,
      mustChangePassword: user.mustChangePassword,
      hasPassword: user.passwordHash !== null,
      language: user.language,
      mfaEnabled: user.mfaEnabled,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    };
  }
}

/** The signed-in user, with what their role lets them do (a client shows only what the server would allow). */
export class MeDto extends UserDto {
  @ApiProperty({ enum: PERMISSIONS, isArray: true, description: 'The permissions of the user’s role (ROLE_PERMISSIONS)' }) permissions: Permission[];

  static fromMe(user: User): MeDto {
    return { ...UserDto.from(user), permissions: [...ROLE_PERMISSIONS[user.role]] };
  }
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
  @ApiProperty() mustChangePassword: boolean;
  @ApiProperty({ enum: UI_LANGUAGES }) language: string;
}

export class TokenPairDto {
  @ApiProperty({ description: 'JWT (HS256), valid 15 minutes; send as `Authorization: Bearer`.' }) accessToken: string;
  @ApiProperty({ description: 'Opaque, single use; exchange at /api/auth/refresh. Also set as the httpOnly session cookie for browsers.' }) refreshToken: string;
  @ApiProperty({ example: 900 }) expiresIn: number;
  @ApiProperty({ format: 'date-time', description: 'The session ends then, however often it is refreshed.' }) sessionExpiresAt: string;
  @ApiProperty({ format: 'date-time', description: 'This refresh token (and the session cookie carrying it) expires then, never after sessionExpiresAt.' })
  refreshExpiresAt: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ type: SessionUserDto }) user: SessionUserDto;
}

export class InvitationReceiptDto {
  @ApiProperty({ example: 'focal.point@example.org' }) sentTo: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ description: 'True: the mail is in the outbox, sent (with retries) by a worker; a mail that still fails after the last retry is listed at GET /api/jobs/failed.' }) delivered: boolean;
}

export class InvitedUserDto extends UserDto {
  @ApiProperty({ type: InvitationReceiptDto, description: 'The invitation link went to the user by e-mail; it is never shown here.' })
  invitation: InvitationReceiptDto;
}

/** One sign-in session of the user (not a meeting: that is the catalogue's SessionDto). */
export class SignInSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) lastUsedAt: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: String, nullable: true, example: '192.0.2.10' }) ip: string | null;
  @ApiProperty({ type: String, nullable: true }) userAgent: string | null;
  @ApiProperty({ description: 'The session of this request.' }) current: boolean;
}

export class RevokedSessionsDto {
  @ApiProperty({ example: 2 }) revoked: number;
}
