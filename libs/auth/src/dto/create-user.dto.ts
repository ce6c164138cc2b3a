import { Transform } from 'class-transformer';
import { trimString } from '#common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, type Role } from '../permissions.js';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy.js';

export const STATE_CODE_PATTERN = /^[A-Z]{3}$/;

export class CreateUserDto {
  @ApiProperty({ example: 'focal.point@example.org', maxLength: 254 })
  @Transform(trimString)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'Amina Diallo', maxLength: 200 })
  @IsString()
  @Length(1, 200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ example: 'KEN', description: 'Required for focal points, forbidden otherwise (ISO 3166-1 alpha-3).' })
  @IsOptional()
  @Matches(STATE_CODE_PATTERN, { message: 'stateCode must be an ISO 3166-1 alpha-3 code (three capital letters)' })
  stateCode?: string;

  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, description: 'When absent a temporary password is generated.' })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;
}
