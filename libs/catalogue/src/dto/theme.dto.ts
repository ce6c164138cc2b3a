import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { THEME_CODE_PATTERN } from '#contracts';
import { IsKeywordMap, IsLanguageMap } from './language-map.validator.js';
import type { Theme } from '../entities/theme.entity.js';

export class ThemeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'organ_removal' }) code: string;
  @ApiProperty({ example: { en: 'Trafficking for organ removal', zh: '为切除器官目的贩运人口' } }) names: Record<string, string>;
  @ApiProperty({ example: 12, description: 'Recommendations tagged with it' }) recommendationCount: number;

  static from(t: Theme, recommendationCount = 0): ThemeDto {
    return { id: t.id, code: t.code, names: t.names, recommendationCount };
  }
}

export class CreateThemeDto {
  @ApiProperty({ example: 'child_trafficking', pattern: THEME_CODE_PATTERN.source })
  @Matches(THEME_CODE_PATTERN, { message: 'code must be snake_case (a-z, 0-9, _), 2–63 characters' })
  code: string;

  @ApiProperty({ example: { en: 'Child trafficking', zh: '贩运儿童' } })
  @IsLanguageMap({ maxLength: 200, required: true })
  names: Record<string, string>;

  @ApiPropertyOptional({ example: { zh: ['儿童'], en: ['child'] } })
  @IsOptional()
  @IsKeywordMap()
  keywords?: Record<string, string[]>;
}
