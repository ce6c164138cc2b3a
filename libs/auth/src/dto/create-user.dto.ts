import { Transform } from 'class-transformer';
import { trimString } from '#common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLES, STATE_CODE_PATTERN, UI_LANGUAGES, type Role, type UiLanguage } from '#contracts';

/** An admin creates an account without a password: the person gets an invitation link and chooses one. */
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

  @ApiPropertyOptional({ enum: UI_LANGUAGES, default: 'en', description: 'Interface language (the invitation is sent then).' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language?: UiLanguage;
}
