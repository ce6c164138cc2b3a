import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { UI_LANGUAGES, type UiLanguage } from '#contracts';

/** What a signed-in user may change of their own account: the interface language and their display name. */
export class UpdateMeDto {
  @ApiPropertyOptional({ enum: UI_LANGUAGES, description: 'Interface language, remembered on the account.' })
  @IsOptional()
  @IsIn(UI_LANGUAGES)
  language?: UiLanguage;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/\S/, { message: 'name must not be blank' })
  name?: string;
}
