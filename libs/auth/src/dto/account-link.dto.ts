import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength, MinLength } from 'class-validator';
import { trimString } from '#common';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../password-policy.js';

export class SetPasswordDto {
  @ApiProperty({ description: 'The token from the invitation or reset link (after `#token=`).' })
  @IsString()
  @Length(20, 200)
  token: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

export class ForgotPasswordDto {
  @ApiProperty({ example: 'focal.point@example.org' })
  @Transform(trimString)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class PasswordSetDto {
  @ApiProperty({ description: 'The account whose password was set; sign in with it.' }) email: string;
}
