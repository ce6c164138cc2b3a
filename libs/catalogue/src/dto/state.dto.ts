import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '#common';
import { PROTOCOL_STATUSES, REGIONAL_GROUPS, STATE_KINDS, type State } from '../entities/state.entity.js';

export class StateDto {
  @ApiProperty({ example: 'GBR' }) code: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The name in each of the six UN languages (ar, zh, en, fr, ru, es); see seeds/SOURCES.md',
    example: { en: 'United Kingdom of Great Britain and Northern Ireland', zh: '大不列颠及北爱尔兰联合王国', ar: 'المملكة المتحدة', fr: 'Royaume-Uni', ru: 'Великобритания', es: 'Reino Unido' },
  })
  names: Record<string, string>;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } }, description: 'Other names by language code', example: { zh: ['联合王国'] } })
  aliases: Record<string, string[]>;
  @ApiProperty({ enum: STATE_KINDS }) kind: string;
  @ApiProperty({ enum: REGIONAL_GROUPS, nullable: true, type: String }) regionalGroup: string | null;
  @ApiProperty({ enum: PROTOCOL_STATUSES }) protocolStatus: string;

  static from(s: State): StateDto {
    return { code: s.code, names: s.names, aliases: s.aliases, kind: s.kind, regionalGroup: s.regionalGroup, protocolStatus: s.protocolStatus };
  }
}

export class StateAttendanceDto {
  @ApiProperty() session: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startDate: string | null;
  @ApiProperty() name: string;
  @ApiProperty() category: string;
}

export class StateDetailDto extends StateDto {
  @ApiProperty({ type: [StateAttendanceDto] }) attendance: StateAttendanceDto[];
}

export class ListStatesQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: REGIONAL_GROUPS }) @IsOptional() @IsIn(REGIONAL_GROUPS) regionalGroup?: string;
  @ApiPropertyOptional({ enum: STATE_KINDS }) @IsOptional() @IsIn(STATE_KINDS) kind?: string;
  @ApiPropertyOptional({ enum: PROTOCOL_STATUSES }) @IsOptional() @IsIn(PROTOCOL_STATUSES) protocolStatus?: string;
  @ApiPropertyOptional({ description: 'Part of a name or alias (any language), or the code' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  q?: string;
}

export class UpdateStateDto {
  @ApiProperty({ enum: PROTOCOL_STATUSES }) @IsIn(PROTOCOL_STATUSES) protocolStatus: 'party' | 'signatory' | 'non_party';
}
