import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsDateString, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { THEME_CODE_PATTERN } from '#contracts';
import { CYCLE_STATUSES } from '../entities/reporting-cycle.entity.js';

export class CreateCycleDto {
  @ApiProperty({ example: '2026 cycle for the 12th meeting' }) @IsString() @Length(1, 200) name: string;
  @ApiProperty({ example: '2026-01-15', format: 'date' }) @IsDateString({ strict: true }) @Length(10, 10) opensOn: string;
  @ApiProperty({ example: '2026-04-30', format: 'date' }) @IsDateString({ strict: true }) @Length(10, 10) closesOn: string;
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
}
