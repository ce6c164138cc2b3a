import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '#common';
import { PROTOCOL_STATUS_SOURCES } from '../entities/protocol-status-change.entity.js';
import { PROTOCOL_ACTIONS, PROTOCOL_STATUSES, REGIONAL_GROUPS, STATE_KINDS, type State } from '../entities/state.entity.js';

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

/** One entry of a State's protocol status history: the status and where it comes from. */
export class ProtocolStatusChangeDto {
  @ApiProperty({ enum: PROTOCOL_STATUSES }) status: string;
  @ApiProperty({ enum: PROTOCOL_STATUSES, nullable: true, type: String, description: 'Null for the first entry kept' }) previousStatus: string | null;
  @ApiProperty({
    enum: PROTOCOL_STATUS_SOURCES,
    description:
      '`treaty_list`: the UN Treaty Collection status list in seeds/protocol-parties.json (transcribed); `report`: a final ' +
      "report's attendance list (only for what the treaty list lacks; a draft never changes a status); `manual`: the secretariat",
  })
  source: string;
  @ApiProperty({ example: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-12-a&chapter=18&clang=_en', description: "The list's URL, the report's file and symbol, or the request" })
  sourceReference: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: "The list's as-of date, or the first day of the meeting" }) sourceDate: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The meeting whose report is the source' }) session: number | null;
  @ApiProperty({ example: 'ratification 2004-05-10' }) note: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) changedBy: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) recordedAt: Date;
}

export class StateDetailDto extends StateDto {
  @ApiProperty({ enum: PROTOCOL_ACTIONS, nullable: true, type: String, description: "How the State became a party, per the UN Treaty Collection's list" })
  protocolAction: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The date of that ratification, accession, acceptance, approval or succession' })
  protocolActionDate: string | null;
  @ApiProperty({ type: ProtocolStatusChangeDto, nullable: true, description: 'Where the current status comes from (the latest history entry)' })
  protocolStatusSource: ProtocolStatusChangeDto | null;
  @ApiProperty({ type: [ProtocolStatusChangeDto], description: 'Newest first' }) protocolStatusHistory: ProtocolStatusChangeDto[];
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
