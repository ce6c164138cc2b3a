import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { TEXT_LANGUAGES, WORKBOOK_CELL_PROBLEMS } from '#contracts';
import { ReportRowDto } from '#reporting';
import { COLUMNS, EDITABLE_FIELDS } from './model.js';

export class WorkbookLangQuery {
  @ApiPropertyOptional({ enum: TEXT_LANGUAGES, description: 'The language of the texts, labels and drop-down lists (default English)' })
  @IsOptional()
  @IsIn(TEXT_LANGUAGES)
  lang?: string;
}

export class CellProblemDto {
  @ApiProperty({ example: 'D7', description: 'The cell on the questionnaire sheet (column A for a problem of the whole row)' }) cell: string;
  @ApiProperty({ enum: COLUMNS, nullable: true, type: String }) column: string | null;
  @ApiProperty({ enum: Object.keys(WORKBOOK_CELL_PROBLEMS) }) code: string;
}

export class FieldChangeDto {
  @ApiProperty({ enum: EDITABLE_FIELDS }) field: string;
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'boolean' }], description: 'A code for status and assistance type' }) from: string | boolean | null;
  @ApiProperty({ nullable: true, oneOf: [{ type: 'string' }, { type: 'boolean' }] }) to: string | boolean | null;
}

export class PreviewRowDto {
  @ApiProperty({ description: 'The row number on the questionnaire sheet' }) row: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) recommendationId: string | null;
  @ApiProperty({ type: String, nullable: true }) reference: string | null;
  @ApiProperty({ enum: ['change', 'unchanged', 'invalid', 'conflict'] }) outcome: 'change' | 'unchanged' | 'invalid' | 'conflict';
  @ApiProperty({ type: [FieldChangeDto] }) changes: FieldChangeDto[];
  @ApiProperty({ type: [CellProblemDto] }) problems: CellProblemDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'The report version the row was downloaded with' }) fileVersion: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'The report’s current version' }) currentVersion: number | null;
}

export class PreviewCountsDto {
  @ApiProperty() change: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() invalid: number;
  @ApiProperty() conflict: number;
}

export class WorkbookPreviewDto {
  @ApiProperty({ enum: TEXT_LANGUAGES, description: 'The workbook’s language' }) lang: string;
  @ApiProperty({ type: PreviewCountsDto }) counts: PreviewCountsDto;
  @ApiProperty({ type: [PreviewRowDto] }) rows: PreviewRowDto[];
}

export class ApplyRowsDto {
  @ApiProperty({ type: [ReportRowDto] }) items: ReportRowDto[];
  @ApiProperty() total: number;
}

export class WorkbookApplyDto {
  @ApiProperty({ description: 'Answers saved' }) applied: number;
  @ApiProperty({ description: 'Rows the same as the current answers' }) unchanged: number;
  @ApiProperty({ type: ApplyRowsDto, nullable: true, description: 'The saved answers’ questionnaire rows' }) rows: ApplyRowsDto | null;
}
