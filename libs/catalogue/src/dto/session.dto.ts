import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';
import { SESSION_STATUSES } from '../entities/session.entity.js';
import { IsLanguageMap } from './language-map.validator.js';

export class SessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 4 }) number: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endDate: string | null;
  @ApiProperty({ type: String, nullable: true, example: '维也纳' }) venue: string | null;
  @ApiProperty({ type: String, nullable: true }) chair: string | null;
  @ApiProperty({ type: String, nullable: true }) format: string | null;
  @ApiProperty({
    enum: SESSION_STATUSES,
    description: "The status of the meeting's report; `unknown` when its report is not in the record (`reportImported` false)",
  })
  status: string;
  @ApiProperty({ type: String, nullable: true, example: 'CTOC/COP/WG.4/2011/8' }) reportSymbol: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { zh: '2011 年 10 月 10 日至 12 日在维也纳举行的贩运人口问题工作组会议的报告' } }) title: Record<string, string>;
  @ApiProperty({ description: 'Recommendations including sub-items' }) recommendationCount: number;
  @ApiProperty({
    description:
      'Whether this meeting\'s own report is in the record. False for a meeting known only from other documents (their ' +
      'lists of earlier meetings, document lists): its dates and venue come from them, and `status` says nothing about a report.',
  })
  reportImported: boolean;
  @ApiProperty({ type: [String], example: ['en', 'zh'], description: 'Languages of the imported versions of its report' }) reportLanguages: string[];
}

export class SectionNodeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'A.1' }) key: string;
  @ApiProperty() heading: Record<string, string>;
  @ApiProperty() recommendationCount: number;
  @ApiProperty({ type: () => [SectionNodeDto] }) sections: SectionNodeDto[];
}

export class SessionDocumentDto {
  @ApiProperty({ example: 'CTOC/COP/WG.4/2011/1' }) symbol: string;
  @ApiProperty({ type: String, nullable: true, example: '2' }) agendaItem: string | null;
  @ApiProperty() title: string;
}

export class AttendanceDto {
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['party', 'reio', 'signatory', 'observer_state', 'un_entity', 'igo', 'other_entity'] }) category: string;
  @ApiProperty({ type: String, nullable: true, example: 'KEN' }) stateCode: string | null;
}

export class SessionDetailDto extends SessionDto {
  @ApiProperty({ type: [SectionNodeDto] }) sections: SectionNodeDto[];
  @ApiProperty({ type: [SessionDocumentDto] }) documents: SessionDocumentDto[];
  @ApiProperty({ type: [AttendanceDto] }) attendance: AttendanceDto[];
}

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A report symbol as the United Nations prints it: `CTOC/COP/WG.4/2011/8`. */
export const REPORT_SYMBOL_PATTERN = /^[A-Z][A-Z0-9.]*(\/[A-Z0-9.]+)+$/;

/**
 * What the secretariat corrects about a meeting: its report symbol (the references of its recommendations are
 * rewritten with it), its venue and its report's title per language. Absent fields are kept; null clears.
 */
export class UpdateSessionDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 60, example: 'CTOC/COP/WG.4/2013/2', pattern: REPORT_SYMBOL_PATTERN.source })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(60)
  @Matches(REPORT_SYMBOL_PATTERN, { message: 'reportSymbol must be a document symbol such as CTOC/COP/WG.4/2013/2' })
  reportSymbol?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, example: 'Vienna' })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(200)
  @Matches(/\S/, { message: 'venue must not be blank' })
  venue?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { en: 'Report on the meeting of the Working Group on Trafficking in Persons' },
    description: 'Titles to set, per language (other languages are kept)',
  })
  @IsOptional()
  @IsLanguageMap({ maxLength: 500, required: true })
  title?: Record<string, string>;
}
