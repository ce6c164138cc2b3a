import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  Matches,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { MAX_PAGE_LIMIT, PageQueryDto } from '#common';
import { IsLanguageMap, IsSearchQuery, REGIONAL_GROUPS, SEARCH_LIMITS } from '#catalogue';
import { ASSISTANCE_TYPES, IMPLEMENTATION_STATUSES, MEASURE_TYPES, ROLES, STATE_CODE_PATTERN, TEXT_LANGUAGES, THEME_CODE_PATTERN, WORKFLOW_STATES, type ImplementationStatus } from '#contracts';

export class MeasureDto {
  @ApiProperty({ enum: MEASURE_TYPES }) @IsIn(MEASURE_TYPES) type: (typeof MEASURE_TYPES)[number];
  @ApiProperty({ maxLength: 5000 }) @IsString() @Length(1, 5000) description: string;
}

export class EvidenceLinkDto {
  @ApiProperty({ maxLength: 300 }) @IsString() @Length(1, 300) title: string;
  @ApiProperty({ example: 'https://www.example.gov/law.pdf' })
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true }, { message: 'url must be an http(s) URL' })
  @MaxLength(2000)
  url: string;
}

/** What a focal point writes. Absent fields keep their current value on a save; arrays replace. */
export class ReportContentDto {
  @ApiPropertyOptional({ enum: IMPLEMENTATION_STATUSES, nullable: true })
  @IsOptional()
  @IsIn(IMPLEMENTATION_STATUSES)
  implementationStatus?: ImplementationStatus;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { en: 'The 2024 law criminalises …' },
    description: 'Per language',
  })
  @IsOptional()
  @IsLanguageMap({ maxLength: 50_000, required: false })
  narrative?: Record<string, string>;

  @ApiPropertyOptional({ type: [MeasureDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => MeasureDto)
  @ArrayMaxSize(100)
  measures?: MeasureDto[];

  @ApiPropertyOptional({ type: [EvidenceLinkDto] })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => EvidenceLinkDto)
  @ArrayMaxSize(50)
  evidence?: EvidenceLinkDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20_000 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(20_000)
  challenges?: string | null;

  @ApiPropertyOptional() @IsOptional() @IsBoolean() assistanceNeeded?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 20_000 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(20_000)
  assistanceDetails?: string | null;

  @ApiPropertyOptional({ enum: ASSISTANCE_TYPES, nullable: true })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsIn(ASSISTANCE_TYPES)
  assistanceType?: (typeof ASSISTANCE_TYPES)[number] | null;
}

export class BulkReportItemDto extends ReportContentDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() recommendationId: string;
  @ApiPropertyOptional({ description: 'The report’s current ETag; required when the report exists' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  ifMatch?: string;
}

export class BulkSaveDto {
  @ApiProperty({ type: [BulkReportItemDto] })
  @ValidateNested({ each: true })
  @Type(() => BulkReportItemDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  items: BulkReportItemDto[];
}

export class AssessmentDto {
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES }) @IsIn(IMPLEMENTATION_STATUSES) status: ImplementationStatus;
  @ApiPropertyOptional({ maxLength: 10_000 }) @IsOptional() @IsString() @MaxLength(10_000) note?: string;
}

export class ReviewDto {
  @ApiProperty({ enum: ['start_review', 'accept', 'return'] }) @IsIn(['start_review', 'accept', 'return']) decision: 'start_review' | 'accept' | 'return';
  @ApiPropertyOptional({ maxLength: 10_000, description: 'Required to return a report' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  comment?: string;
  @ApiPropertyOptional({ description: "The secretariat's own assessment, kept beside the State's" })
  @IsOptional()
  @ValidateNested()
  @Type(() => AssessmentDto)
  assessment?: AssessmentDto;
}


export class CommentDto {
  @ApiProperty({ maxLength: 10_000 }) @IsString() @Length(1, 10_000) body: string;
}

/** `?lang=`: the language of the recommendation texts in rows (else English, else the source language). */
export class RowLangQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: TEXT_LANGUAGES }) @IsOptional() @IsIn(TEXT_LANGUAGES) lang?: string;
}

/** A questionnaire page: the default limit is the largest page, so that most questionnaires fit on one. */
export class QuestionnaireQuery extends RowLangQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_LIMIT, default: MAX_PAGE_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_LIMIT)
  override limit: number = MAX_PAGE_LIMIT;

  @ApiPropertyOptional({
    maxLength: SEARCH_LIMITS.maxLength,
    example: '器官 贩运',
    description: 'Only the rows whose recommendation text matches, as GET /recommendations?q= searches (the ?lang= text and the original, each by its language)',
  })
  @IsOptional()
  @IsString()
  @IsSearchQuery()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  q?: string;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

/** The review queue's filters, each one SQL condition (see ReportsService.queue). */
export class ReviewQueueQuery extends RowLangQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cycle?: string;
  @ApiPropertyOptional({ example: 'KEN' }) @IsOptional() @Matches(STATE_CODE_PATTERN, { message: 'state must be a State code (three capital letters)' }) state?: string;
  @ApiPropertyOptional({ enum: REGIONAL_GROUPS, description: 'The reporting State’s regional group' })
  @IsOptional()
  @IsIn(REGIONAL_GROUPS)
  group?: (typeof REGIONAL_GROUPS)[number];
  @ApiPropertyOptional({ minimum: 1, example: 4, description: 'Number of the Working Group session that adopted the recommendation' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  session?: number;
  @ApiPropertyOptional({ example: 'organ_removal', description: 'A theme code: recommendations of that theme only' })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { message: 'theme must be a theme code' })
  theme?: string;
  @ApiPropertyOptional({ type: Boolean, description: 'true: submitted after the closing day only; false: on time only' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  late?: boolean;
  @ApiPropertyOptional({ type: Boolean, description: 'true: with at least one evidence file the submission cites; false: without' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  withFiles?: boolean;
}

export class RowSectionDto {
  @ApiProperty({ example: 'II.A' }) key: string;
  @ApiProperty({ type: String, nullable: true, description: 'In the row’s text language when there, else by the same rule' }) heading: string | null;
}

/** What a row says of the recommendation it is about: enough to show it without a second request. */
export class RecommendationContextDto {
  @ApiProperty({ example: 'CTOC/COP/WG.4/2011/8, para. 8' }) reference: string;
  @ApiProperty({ type: String, nullable: true, description: 'In `lang` if given, else English, else the source language' }) text: string | null;
  @ApiProperty({ type: String, nullable: true, enum: TEXT_LANGUAGES, description: 'The language of `text`' }) textLanguage: string | null;
  @ApiProperty({ type: RowSectionDto, nullable: true }) section: RowSectionDto | null;
  @ApiProperty({ description: 'Number of the Working Group session that adopted it', example: 4 }) session: number;
  @ApiProperty({ type: String, nullable: true, description: 'A sub-item’s parent paragraph, its opening words (same language rule)' }) parentOpening: string | null;
}

export class RowThemeDto {
  @ApiProperty({ example: 'victim_protection' }) code: string;
  @ApiProperty({ description: 'In `lang` if given, else English, else the code' }) name: string;
}

export class ReportRowDto extends RecommendationContextDto {
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) reportId: string | null;
  @ApiProperty({ enum: ['not_started', ...WORKFLOW_STATES] }) workflowState: string;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, nullable: true, type: String }) implementationStatus: string | null;
  @ApiProperty({ nullable: true, type: Number }) version: number | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) updatedAt: string | null;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'The secretariat’s comment when it returned the current submission' }) lastReturnComment: string | null;
  @ApiProperty({ description: 'Evidence files attached (for the secretariat: those a submitted version cites; 0 for a draft)' }) fileCount: number;
  @ApiProperty({ type: [RowThemeDto], description: 'The themes of the recommendation (of its root for a sub-item), by code' }) themes: RowThemeDto[];
  @ApiProperty({
    type: [String],
    enum: ['INCOMPLETE_REPORT', 'JUSTIFICATION_REQUIRED'],
    description: 'For the State’s own not started, draft or returned rows: why submit would refuse the answer as it stands (the error codes submit answers); [] when it is complete, and always [] for other rows and for the secretariat',
  })
  incomplete: ('INCOMPLETE_REPORT' | 'JUSTIFICATION_REQUIRED')[];
}

export class EvidenceFileMetaDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'national-action-plan.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export class SecretariatAssessmentDto {
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ReportDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null for a report not saved yet' }) id: string | null;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
  @ApiProperty({ example: 'KEN' }) stateCode: string;
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ enum: ['not_started', ...WORKFLOW_STATES], description: '"not_started": not saved yet (an empty draft, no ETag)' }) workflowState: string;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, nullable: true, type: String }) implementationStatus: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Per language' }) narrative: Record<string, string>;
  @ApiProperty({ type: [MeasureDto] }) measures: MeasureDto[];
  @ApiProperty({ type: [EvidenceLinkDto] }) evidence: EvidenceLinkDto[];
  @ApiProperty({ nullable: true, type: String }) challenges: string | null;
  @ApiProperty() assistanceNeeded: boolean;
  @ApiProperty({ nullable: true, type: String }) assistanceDetails: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ASSISTANCE_TYPES }) assistanceType: string | null;
  @ApiProperty({ type: SecretariatAssessmentDto, nullable: true }) secretariatAssessment: { status: string; note: string | null } | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) carriedFromId: string | null;
  @ApiProperty() submissions: number;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'The ETag’s number; null (and no ETag) for a report not saved yet' }) version: number | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The secretariat’s comment when it returned the current submission' }) lastReturnComment: string | null;
  @ApiProperty({ type: [EvidenceFileMetaDto] }) files: EvidenceFileMetaDto[];
}

/** A review-queue row: the report (with its files) and what it is about. */
export class ReviewQueueItemDto extends ReportDto {
  @ApiProperty({ example: 'CTOC/COP/WG.4/2011/8, para. 8' }) reference: string;
  @ApiProperty({ type: String, nullable: true, description: 'In `lang` if given, else English, else the source language' }) text: string | null;
  @ApiProperty({ type: String, nullable: true, enum: TEXT_LANGUAGES }) textLanguage: string | null;
  @ApiProperty({ type: RowSectionDto, nullable: true }) section: RowSectionDto | null;
  @ApiProperty({ example: 4 }) session: number;
  @ApiProperty({ type: String, nullable: true }) parentOpening: string | null;
  @ApiProperty() fileCount: number;
  @ApiProperty({ format: 'date-time', description: 'When the current version was submitted (the queue’s order)' }) submittedAt: string;
}

/** An upload's answer: the file, and the report it changed (its new version is the answer's ETag). */
export class EvidenceUploadDto extends EvidenceFileMetaDto {
  @ApiProperty({ type: ReportDto }) report: ReportDto;
}

/** What a submitted version froze: the State's answer at that moment. */
/** An evidence file as a submitted version cites it (download: GET /api/reports/{id}/evidence/{fileId}). */
export class VersionFileDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'national-action-plan.pdf' }) fileName: string;
  @ApiProperty({ example: 'application/pdf' }) contentType: string;
  @ApiProperty() size: number;
  @ApiProperty() sha256: string;
}

export class ReportVersionContentDto {
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES, nullable: true, type: String }) implementationStatus: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: 'Per language' }) narrative: Record<string, string>;
  @ApiProperty({ type: [MeasureDto] }) measures: MeasureDto[];
  @ApiProperty({ type: [EvidenceLinkDto] }) evidence: EvidenceLinkDto[];
  @ApiProperty({ nullable: true, type: String }) challenges: string | null;
  @ApiProperty() assistanceNeeded: boolean;
  @ApiProperty({ nullable: true, type: String }) assistanceDetails: string | null;
  @ApiProperty({ nullable: true, type: String, enum: ASSISTANCE_TYPES }) assistanceType: string | null;
  @ApiPropertyOptional({ type: [VersionFileDto], description: 'The evidence files attached at submission: the files this version cites' }) files?: VersionFileDto[];
}

export class HistoryReportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: WORKFLOW_STATES }) workflowState: string;
  @ApiProperty({ example: 'KEN' }) stateCode: string;
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty({ format: 'uuid' }) cycleId: string;
}

export class HistoryVersionDto {
  @ApiProperty({ description: '1 for the first submission' }) number: number;
  @ApiProperty({ type: ReportVersionContentDto }) content: ReportVersionContentDto;
  @ApiProperty() late: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) submittedBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The name of who submitted it (null once the account is gone)' }) submittedByName: string | null;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
}

export class HistoryReviewDto {
  @ApiProperty({ enum: ['start_review', 'accept', 'return', 'comment'] }) kind: 'start_review' | 'accept' | 'return' | 'comment';
  @ApiProperty({ description: 'The submitted version it is about (0: before the first submission)' }) versionNumber: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: SecretariatAssessmentDto, nullable: true }) assessment: { status: string; note: string | null } | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) authorId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The author’s name (null once the account is gone)' }) authorName: string | null;
  @ApiProperty({ enum: ROLES }) authorRole: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

/** A report's history: every submitted version with its content, and every review and comment, oldest first. */
export class HistoryDto {
  @ApiProperty({ type: HistoryReportDto }) report: HistoryReportDto;
  @ApiProperty({ type: [HistoryVersionDto] }) versions: HistoryVersionDto[];
  @ApiProperty({ type: [HistoryReviewDto] }) reviews: HistoryReviewDto[];
}
