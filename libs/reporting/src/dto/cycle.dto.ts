import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsDateString, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { TEXT_LANGUAGES, THEME_CODE_PATTERN } from '#contracts';
import { CYCLE_STATUSES } from '../entities/reporting-cycle.entity.js';

/** The scope of a cycle: which recommendations States report on (every filter given narrows it). */
export class CycleScopeDto {
  @ApiPropertyOptional({ type: [Number], example: [4, 5, 9], description: 'Sessions whose recommendations are in scope (default: every final session)' })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(1000, { each: true })
  @ArrayMaxSize(100)
  @ArrayUnique()
  sessions?: number[];
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsUUID(undefined, { each: true })
  @ArrayMaxSize(5000)
  @ArrayUnique()
  recommendationIds?: string[];
  @ApiPropertyOptional({ type: [String], example: ['organ_removal'] })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { each: true, message: 'themes must be theme codes' })
  @ArrayMaxSize(50)
  @ArrayUnique()
  themes?: string[];
}

export class CreateCycleDto extends CycleScopeDto {
  @ApiProperty({ example: '2026 cycle for the 12th meeting' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: '2026-01-15', format: 'date' }) @IsDateString({ strict: true }) @Length(10, 10) opensOn: string;
  @ApiProperty({ example: '2026-04-30', format: 'date' }) @IsDateString({ strict: true }) @Length(10, 10) closesOn: string;
}

export class ScopePreviewQuery {
  @ApiPropertyOptional({ enum: TEXT_LANGUAGES, description: 'The sample’s texts in this language (else English, else the source language)' })
  @IsOptional()
  @IsIn(TEXT_LANGUAGES)
  lang?: string;
}

export class ScopeSampleItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 4 }) session: number;
  @ApiProperty({ example: 'CTOC/COP/WG.4/2011/8, para. 32' }) reference: string;
  @ApiProperty({ nullable: true, type: String, description: 'The opening words of the text' }) excerpt: string | null;
  @ApiProperty({ nullable: true, type: String, enum: TEXT_LANGUAGES }) textLanguage: string | null;
}

export class ScopePreviewDto {
  @ApiProperty({ description: 'Recommendations a cycle created with this scope would hold now' }) count: number;
  @ApiProperty({ type: [ScopeSampleItemDto], description: 'The first 10 of them, in session and paragraph order' }) sample: ScopeSampleItemDto[];
}

/** Only what is sent changes. */
export class UpdateCycleDto {
  @ApiPropertyOptional({ example: '2026 cycle for the 12th meeting' }) @IsOptional() @IsString() @Length(1, 200) name?: string;
  @ApiPropertyOptional({ example: '2026-01-15', format: 'date', description: 'Only while the cycle is planned' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(10, 10)
  opensOn?: string;
  @ApiPropertyOptional({ example: '2026-04-30', format: 'date', description: 'While planned, or open (then not before today); a closed cycle is reopened instead' })
  @IsOptional()
  @IsDateString({ strict: true })
  @Length(10, 10)
  closesOn?: string;
}

export class ReopenCycleDto {
  @ApiProperty({ example: '2026-06-30', format: 'date', description: 'The new closing day (today or later)' }) @IsDateString({ strict: true }) @Length(10, 10) closesOn: string;
}

export class StateExtensionBodyDto {
  @ApiProperty({ example: '2026-05-31', format: 'date', description: 'The State’s own closing day: after the cycle’s' }) @IsDateString({ strict: true }) @Length(10, 10) closesOn: string;
  @ApiProperty({ example: 'National elections delayed the interministerial clearance.' }) @IsString() @Matches(/\S/, { message: 'reason must not be blank' }) @Length(1, 1000) reason: string;
}

export class CycleExtensionDto {
  @ApiProperty({ example: 'KEN' }) stateCode: string;
  @ApiProperty({ format: 'date' }) closesOn: string;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) grantedBy: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class CycleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'date' }) opensOn: string;
  @ApiProperty({ format: 'date' }) closesOn: string;
  @ApiProperty({ enum: CYCLE_STATUSES }) status: string;
  @ApiProperty() filters: Record<string, unknown>;
  @ApiProperty({ description: 'Recommendations in scope' }) scopeCount: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) openedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) closedAt: string | null;
  @ApiProperty({ description: 'Drafts pre-filled from earlier accepted reports when the cycle opened' }) carriedForward: number;
  @ApiProperty({ type: [CycleExtensionDto], description: 'States given a later deadline (a focal point sees its own State’s only), by State' })
  extensions: CycleExtensionDto[];
  @ApiProperty({ description: 'Send it back in If-Match (as the ETag "v<n>") to change the cycle' }) version: number;
}
