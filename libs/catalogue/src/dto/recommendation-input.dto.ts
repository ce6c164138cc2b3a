import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageQueryDto } from '#common';
import { ADDRESSEES, ADOPTIONS, ARTICLE_CODE_PATTERN, MODALITIES, RECOMMENDATION_NUMBER_PATTERN, TEXT_LANGUAGES, THEME_CODE_PATTERN, type Addressee, type Adoption, type Modality } from '#contracts';
import { LINK_TYPES, type LinkType } from '../entities/recommendation-link.entity.js';
import { IsLanguageMap } from './language-map.validator.js';
import { IsSearchQuery } from './search-query.validator.js';
import { SEARCH_LIMITS } from '../search-query.js';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
export const RECOMMENDATION_SORTS = ['number', '-number', 'updatedAt', '-updatedAt'] as const;

export class ListRecommendationsQuery extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Session (meeting) number' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  session?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Section id (see GET /sessions/{number})' })
  @IsOptional()
  @IsUUID()
  section?: string;

  @ApiPropertyOptional({ example: 'organ_removal' })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { message: 'theme must be a theme code' })
  theme?: string;

  @ApiPropertyOptional({ example: 'tip_6', description: 'Only recommendations linked (suggested or confirmed) to this article of the Protocol (tip_N) or the Convention (untoc_N)' })
  @IsOptional()
  @Matches(ARTICLE_CODE_PATTERN, { message: 'article must be an article code such as tip_6 or untoc_25' })
  article?: string;

  @ApiPropertyOptional({ enum: ADDRESSEES })
  @IsOptional()
  @IsIn(ADDRESSEES)
  addressee?: Addressee;

  @ApiPropertyOptional({ enum: MODALITIES })
  @IsOptional()
  @IsIn(MODALITIES)
  modality?: Modality;

  @ApiPropertyOptional({ enum: ADOPTIONS })
  @IsOptional()
  @IsIn(ADOPTIONS)
  adoption?: Adoption;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  requiresStateReport?: boolean;

  @ApiPropertyOptional({
    maxLength: SEARCH_LIMITS.maxLength,
    example: '器官 贩运',
    description:
      `Search: up to ${SEARCH_LIMITS.maxTerms} terms separated by spaces (U+3000 too), all of which must match; "quoted phrases" (also “…”, «…», 「…」); ` +
      'a leading - excludes a term. Searches the ?lang= text and the original text (English, else the first present): full text with stemming ' +
      'in English, French, Spanish, Russian and Arabic, substrings in Chinese; matches sub-items too, and `matchedIn` says which text matched',
  })
  @IsOptional()
  @IsString()
  @IsSearchQuery()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  q?: string;

  @ApiPropertyOptional({ enum: TEXT_LANGUAGES, description: 'Return one text: in this language, else English, else the source language (see textLanguage)' })
  @IsOptional()
  @IsIn(TEXT_LANGUAGES)
  lang?: string;

  @ApiPropertyOptional({ enum: RECOMMENDATION_SORTS, default: 'number' })
  @IsOptional()
  @IsIn(RECOMMENDATION_SORTS)
  sort?: (typeof RECOMMENDATION_SORTS)[number];
}

export class CreateRecommendationDto {
  @ApiProperty({ example: 9 }) @Type(() => Number) @IsInt() @Min(1) @Max(1000) session: number;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() sectionId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Parent, for a sub-item' }) @IsOptional() @IsUUID() parentId?: string;
  @ApiProperty({ example: '40' })
  @IsString()
  @Matches(RECOMMENDATION_NUMBER_PATTERN, { message: 'number must be as cited, e.g. 32, 51(a), 51(i)(一)' })
  number: string;
  @ApiPropertyOptional({ example: '(a)' }) @IsOptional() @IsString() @MaxLength(12) label?: string;
  @ApiProperty({ example: { zh: '缔约国应当……' } }) @IsLanguageMap({ maxLength: 20_000, required: true }) text: Record<string, string>;
  @ApiProperty({ enum: ADDRESSEES, isArray: true })
  @IsIn(ADDRESSEES, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(ADDRESSEES.length)
  @ArrayUnique()
  addressee: Addressee[];
  @ApiProperty({ enum: MODALITIES }) @IsIn(MODALITIES) modality: Modality;
  @ApiProperty({ enum: ADOPTIONS }) @IsIn(ADOPTIONS) adoption: Adoption;
  @ApiPropertyOptional({ description: 'Defaults to true when addressed to States (parties)' }) @IsOptional() @IsBoolean() requiresStateReport?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isContainer?: boolean;
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { each: true, message: 'themes must be theme codes' })
  @ArrayMaxSize(30)
  @ArrayUnique()
  themes?: string[];
}

export class UpdateRecommendationDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'Texts to set, per language (other languages are kept)' })
  @IsOptional()
  @IsLanguageMap({ maxLength: 20_000, required: true })
  text?: Record<string, string>;
  @ApiPropertyOptional({ enum: ADDRESSEES, isArray: true })
  @IsOptional()
  @IsIn(ADDRESSEES, { each: true })
  @ArrayMinSize(1)
  @ArrayUnique()
  addressee?: Addressee[];
  @ApiPropertyOptional({ enum: MODALITIES }) @IsOptional() @IsIn(MODALITIES) modality?: Modality;
  @ApiPropertyOptional({ enum: ADOPTIONS }) @IsOptional() @IsIn(ADOPTIONS) adoption?: Adoption;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() requiresStateReport?: boolean;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() isContainer?: boolean;
  @ApiPropertyOptional({ type: [String], description: 'Replaces the set of themes' })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { each: true, message: 'themes must be theme codes' })
  @ArrayMaxSize(30)
  @ArrayUnique()
  themes?: string[];
}

export class CreateLinkDto {
  @ApiProperty({ format: 'uuid', description: 'The recommendation this one reiterates / builds on / supersedes' }) @IsUUID() toId: string;
  @ApiProperty({ enum: LINK_TYPES }) @IsIn(LINK_TYPES) type: LinkType;
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}
