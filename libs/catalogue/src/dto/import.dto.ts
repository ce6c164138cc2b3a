import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The OpenAPI shape of POST /imports' answers (the service's ImportPlan, ImportSummary and RecordComparison). */
export class ImportWarningDto {
  @ApiProperty({ example: 'UNMATCHED_STATE' }) code: string;
  @ApiProperty() message: string;
  @ApiPropertyOptional() line?: number;
}

export class ImportSourceDto {
  @ApiProperty({ type: String, nullable: true }) fileName: string | null;
  @ApiProperty() sha256: string;
  @ApiProperty({ enum: ['zh', 'en', 'fr', 'es', 'ru', 'ar'] }) language: string;
  @ApiProperty({ enum: ['meeting_report', 'background_paper', 'other'] }) kind: string;
}

export class PlannedSessionDto {
  @ApiProperty({ type: Number, nullable: true }) number: number | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startDate: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) endDate: string | null;
  @ApiProperty({ type: String, nullable: true }) venue: string | null;
  @ApiProperty({ enum: ['draft', 'final'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) reportSymbol: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
}

export class RecordParagraphDto {
  @ApiProperty({ example: '5' }) number: string;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
  @ApiProperty({ enum: ['new', 'changed', 'unchanged'] }) status: 'new' | 'changed' | 'unchanged';
  @ApiProperty({ description: 'The document’s text' }) text: string;
  @ApiProperty({ type: String, nullable: true, description: 'The record’s current text in the document’s language' }) recordText: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) recordId: string | null;
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
}

export class RecordCountsDto {
  @ApiProperty() new: number;
  @ApiProperty() changed: number;
  @ApiProperty() unchanged: number;
}

export class RecordComparisonDto {
  @ApiProperty({ type: Number, nullable: true, description: 'The meeting of the record; null when it is not in the record yet' }) session: number | null;
  @ApiProperty() language: string;
  @ApiProperty({ type: RecordCountsDto }) counts: RecordCountsDto;
  @ApiProperty({ type: [RecordParagraphDto] }) paragraphs: RecordParagraphDto[];
  @ApiProperty({ type: [String], description: 'Numbers the record has for this meeting that the document does not' }) notInDocument: string[];
}

export class ImportPreviewDto {
  @ApiProperty({ type: ImportSourceDto }) source: ImportSourceDto;
  @ApiProperty({ type: PlannedSessionDto, nullable: true }) session: PlannedSessionDto | null;
  @ApiProperty({ type: [ImportWarningDto] }) warnings: ImportWarningDto[];
  @ApiProperty({ type: RecordComparisonDto }) record: RecordComparisonDto;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: 'Another language version of a report in the record' })
  versions?: Record<string, unknown>;
}

export class ImportSummaryDto {
  @ApiProperty({ enum: ['applied', 'unchanged'] }) status: 'applied' | 'unchanged';
  @ApiProperty({ format: 'uuid' }) importId: string;
  @ApiProperty({ type: Number, nullable: true }) session: number | null;
  @ApiProperty() sessionsCreated: number;
  @ApiProperty() sectionsCreated: number;
  @ApiProperty() recommendationsCreated: number;
  @ApiProperty() recommendationsRevised: number;
  @ApiProperty() subItemsCreated: number;
  @ApiProperty() documentsUpserted: number;
  @ApiProperty({ type: [ImportWarningDto] }) warnings: ImportWarningDto[];
}

export class ImportResultDto {
  @ApiProperty({ type: ImportSummaryDto }) summary: ImportSummaryDto;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The plan that was applied' }) plan: Record<string, unknown>;
}
