import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { ROLES, STATE_CODE_PATTERN, UI_LANGUAGES, type Role, type UiLanguage } from '#contracts';

export class UpdateUserDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'KEN' })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @Matches(STATE_CODE_PATTERN, { message: 'stateCode must be an ISO 3166-1 alpha-3 code (three capital letters)' })
  stateCode?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: UI_LANGUAGES })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language?: UiLanguage;
}
