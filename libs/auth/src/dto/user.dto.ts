import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '../permissions.js';
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
      mfaEnabled: user.mfaEnabled,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    };
  }
}

export class SessionUserDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
  @ApiProperty() mustChangePassword: boolean;
}

export class TokenPairDto {
  @ApiProperty({ description: 'JWT (HS256), valid 15 minutes; send as `Authorization: Bearer`.' }) accessToken: string;
  @ApiProperty({ description: 'Opaque, single use; exchange at /api/auth/refresh.' }) refreshToken: string;
  @ApiProperty({ example: 900 }) expiresIn: number;
  @ApiProperty({ example: 'Bearer' }) tokenType: 'Bearer';
  @ApiProperty({ type: SessionUserDto }) user: SessionUserDto;
}

export class CreatedUserDto extends UserDto {
  @ApiPropertyOptional({ description: 'Shown once when no password was given; the user must change it at first login.' })
  temporaryPassword?: string;
}

export class TemporaryPasswordDto {
  @ApiProperty({ description: 'Shown once; the user must change it at next login.' }) temporaryPassword: string;
}
