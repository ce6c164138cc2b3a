import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ARTICLE_CODE_PATTERN, THEME_CODE_PATTERN } from '#contracts';

export const COMPILATION_FORMATS = ['json', 'md', 'pdf', 'xlsx', 'docx'] as const;

export class CompilationQueryDto {
  @ApiPropertyOptional({ enum: ['session', 'theme'], default: 'session' })
  @IsOptional()
  @IsIn(['session', 'theme'])
  groupBy?: 'session' | 'theme';

  @ApiPropertyOptional({ example: 'en', description: 'Language of the texts (falls back to English, then to the source language, marked)' })
  @IsOptional()
  @Matches(/^[a-z]{2}$/, { message: 'lang must be a two-letter language code' })
  lang?: string;

  @ApiPropertyOptional({ enum: COMPILATION_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(COMPILATION_FORMATS)
  format?: (typeof COMPILATION_FORMATS)[number];

  @ApiPropertyOptional({ description: 'Only this session (number)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  session?: number;

  @ApiPropertyOptional({ example: 'organ_removal', description: 'Only recommendations with this theme' })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { message: 'theme must be a theme code' })
  theme?: string;

  @ApiPropertyOptional({ example: 'tip_6', description: 'Only paragraphs linked (suggested or confirmed, at any level) to this article' })
  @IsOptional()
  @Matches(ARTICLE_CODE_PATTERN, { message: 'article must be an article code such as tip_6 or untoc_25' })
  article?: string;
}

export class CompilationItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'CTOC/COP/WG.4/2019/4, para. 17' }) reference: string;
  @ApiProperty() number: string;
  @ApiProperty({ nullable: true, type: String, example: '(a)' }) label: string | null;
  @ApiProperty() session: number;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) sessionDate: string | null;
  @ApiProperty({ nullable: true, type: String }) symbol: string | null;
  @ApiProperty({ type: [String] }) addressee: string[];
  @ApiProperty({ example: 'should' }) strength: string;
  @ApiProperty() requiresStateReport: boolean;
  @ApiProperty({ description: 'In ?lang= (default en), else English, else the source language' }) text: string;
  @ApiProperty({ description: 'The language of `text` (differs from ?lang= when it fell back)' }) textLanguage: string;
  @ApiProperty({ deprecated: true, description: 'Same as textLanguage (kept for older clients)' }) language: string;
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty({ type: [String] }) themeNames: string[];
  @ApiProperty({ type: () => [CompilationItemDto], description: 'Sub-items, in order' }) items: CompilationItemDto[];
}

export class CompilationSectionDto {
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ type: [CompilationItemDto] }) recommendations: CompilationItemDto[];
}

export class CompilationGroupDto {
  @ApiProperty({ description: 'Session number or theme code' }) key: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: [CompilationSectionDto] }) sections: CompilationSectionDto[];
}

export class CompilationIndexRowDto {
  @ApiProperty() reference: string;
  @ApiProperty() session: number;
  @ApiProperty({ nullable: true, type: String }) section: string | null;
  @ApiProperty() themes: string;
  @ApiProperty() addressee: string;
  @ApiProperty() strength: string;
  @ApiProperty() requiresStateReport: boolean;
  @ApiProperty() subItems: number;
}

export class CompilationDto {
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty() lang: string;
  @ApiProperty({ enum: ['session', 'theme'] }) groupBy: 'session' | 'theme';
  @ApiProperty({ description: 'Recommendations (sub-items not counted)' }) recommendations: number;
  @ApiProperty({ type: [CompilationGroupDto] }) groups: CompilationGroupDto[];
  @ApiProperty({ type: [CompilationIndexRowDto] }) index: CompilationIndexRowDto[];
}
