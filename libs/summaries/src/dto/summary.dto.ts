import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { ARTICLE_CODE_PATTERN, IMPLEMENTATION_STATUSES, STATE_CODE_PATTERN, TEXT_LANGUAGES, THEME_CODE_PATTERN } from '#contracts';

/** A State code in any case (the service upper-cases it). */
const STATE_CODE_ANY_CASE = new RegExp(STATE_CODE_PATTERN.source, 'i');

export const SUMMARY_FORMATS = ['json', 'csv', 'xlsx', 'pdf'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];

/** Status buckets of a distribution: the six answers, and no information (never "not implemented"). */
export const STATUS_BUCKETS = [...IMPLEMENTATION_STATUSES, 'no_information'] as const;
export type StatusBucket = (typeof STATUS_BUCKETS)[number];
export type StatusDistribution = Record<StatusBucket, number>;

export class SummaryQueryDto {
  @ApiPropertyOptional({
    enum: ['submitted'],
    description:
      'Also count submitted and under-review reports (labelled "accepted_and_submitted"). Default: accepted reports only. ' +
      'A focal point may ask it only for figures about its own State alone (its profile, trends?state=own); elsewhere 403 PENDING_FIGURES_OWN_STATE_ONLY.',
  })
  @IsOptional()
  @IsIn(['submitted'])
  include?: 'submitted';

  @ApiPropertyOptional({
    format: 'date-time',
    example: '2026-05-01T09:00:00Z',
    description: 'Reproduce the figures as they stood at this time (from the version history). Default: now.',
  })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO 8601 date-time, e.g. 2026-05-01T09:00:00Z' })
  asOf?: string;

  @ApiPropertyOptional({ enum: SUMMARY_FORMATS, default: 'json' })
  @IsOptional()
  @IsIn(SUMMARY_FORMATS)
  format?: SummaryFormat;

  @ApiPropertyOptional({
    enum: TEXT_LANGUAGES,
    description: 'Language of the document (its frame, labels and dates) and of the texts in it (else English, else the source language; textLanguage says which)',
  })
  @IsOptional()
  @IsIn(TEXT_LANGUAGES)
  lang?: string;
}

/** The overview's query: the summary query, and its scope narrowed to one article's recommendations. */
export class OverviewQueryDto extends SummaryQueryDto {
  @ApiPropertyOptional({ example: 'tip_6', description: 'Only the recommendations linked (suggested or confirmed) to this article of the Protocol (tip_N) or the Convention (untoc_N)' })
  @IsOptional()
  @Matches(ARTICLE_CODE_PATTERN, { message: 'article must be an article code such as tip_6 or untoc_25' })
  article?: string;
}

export const SESSION_DOCUMENT_FORMATS = ['docx', 'pdf', 'md'] as const;

/** The session document: the summary query, in an editable format (Word by default). */
export class SessionDocumentQueryDto extends OmitType(SummaryQueryDto, ['format'] as const) {
  @ApiPropertyOptional({ enum: SESSION_DOCUMENT_FORMATS, default: 'docx' })
  @IsOptional()
  @IsIn(SESSION_DOCUMENT_FORMATS)
  format?: (typeof SESSION_DOCUMENT_FORMATS)[number];
}

/** The query of the summaries that show recommendation texts (State profile, one recommendation): `lang` as for every summary. */
export class SummaryTextQueryDto extends SummaryQueryDto {}

export class TrendsQueryDto extends SummaryQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Narrow to one recommendation' })
  @IsOptional()
  @IsUUID()
  recommendation?: string;

  @ApiPropertyOptional({ example: 'AUT', description: 'Narrow to one State (a focal point: its own only)' })
  @IsOptional()
  @Matches(STATE_CODE_ANY_CASE, { message: 'state must be a three-letter State code' })
  state?: string;

  @ApiPropertyOptional({ example: 'organ_removal', description: 'Narrow to the recommendations of one theme' })
  @IsOptional()
  @Matches(THEME_CODE_PATTERN, { message: 'theme must be a theme code' })
  theme?: string;
}

/** For the OpenAPI document: a count per status bucket. */
export class StatusDistributionDto {
  @ApiProperty({ minimum: 0 }) not_started: number;
  @ApiProperty({ minimum: 0 }) planned: number;
  @ApiProperty({ minimum: 0 }) in_progress: number;
  @ApiProperty({ minimum: 0 }) partially_implemented: number;
  @ApiProperty({ minimum: 0 }) fully_implemented: number;
  @ApiProperty({ minimum: 0 }) not_applicable: number;
  @ApiProperty({ minimum: 0, description: 'Pairs nobody answered (never "not implemented")' }) no_information: number;
}

export class SummaryCycleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['planned', 'open', 'closed'] }) status: string;
  @ApiProperty({ format: 'date' }) opensOn: string;
  @ApiProperty({ format: 'date' }) closesOn: string;
}

class SummaryBaseDto {
  @ApiProperty({ type: SummaryCycleDto }) cycle: SummaryCycleDto;
  @ApiProperty({ format: 'date-time', description: 'The moment the figures describe; pass it back as ?asOf= to reproduce them' }) asOf: string;
  @ApiProperty({ enum: ['accepted', 'accepted_and_submitted'], description: 'Which reports were counted' }) counting: 'accepted' | 'accepted_and_submitted';
}

export class OverviewStatesDto {
  @ApiProperty({ description: 'Protocol parties plus States with an active focal point' }) expected: number;
  @ApiProperty({ description: 'States with at least one counted report' }) reporting: number;
  @ApiProperty({ description: 'Expected States that reported' }) reportingExpected: number;
  @ApiProperty({ description: 'reportingExpected / expected (0..1)' }) responseRate: number;
  @ApiProperty({ description: 'States with a counted report submitted after the closing day' }) late: number;
}

/** Why a figure shown to a focal point is null: too few other States behind it, or it would give away one that is. */
export const SUPPRESSION_REASONS = ['FEWER_THAN_MIN_STATES', 'COMPLEMENT'] as const;

export class SuppressionDto {
  @ApiProperty({ description: 'A figure is shown to a focal point only when at least this many States other than its own have a counted report behind it' })
  minOtherStates: number;
}

const SUPPRESSIBLE_NOTE =
  ' For a focal point, a group with fewer than suppression.minOtherStates other States behind it (or whose figures would give such a group away by subtraction) has suppressed: true, a suppressedReason, and its State figures null.';

/** A State by code and name (in `lang`, else English). */
export class SummaryStateNameDto {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'In `lang` if given, else English' }) name: string;
}

/** Whether a group's State figures are hidden from a focal point (the small-group rule). */
class SuppressibleRowDto {
  @ApiProperty({ description: `Whether this group's State figures are null.${SUPPRESSIBLE_NOTE}` }) suppressed: boolean;
  @ApiProperty({ type: String, nullable: true, enum: SUPPRESSION_REASONS }) suppressedReason: (typeof SUPPRESSION_REASONS)[number] | null;
}

export class OverviewRegionalGroupDto extends SuppressibleRowDto {
  @ApiProperty({ type: String, nullable: true, description: 'The UN regional group; null: "Other / not assigned" (see unassignedStates)' }) regionalGroup: string | null;
  @ApiProperty({ type: Number, nullable: true }) states: number | null;
  @ApiProperty({ type: Number, nullable: true }) expected: number | null;
  @ApiProperty({ type: Number, nullable: true }) reporting: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Reporting expected States over expected States (0–1)' }) responseRate: number | null;
  @ApiProperty({ type: StatusDistributionDto, nullable: true }) statusDistribution: StatusDistribution | null;
}

export class OverviewSessionDto extends SuppressibleRowDto {
  @ApiProperty() session: number;
  @ApiProperty({ type: String, nullable: true, format: 'date' }) startDate: string | null;
  @ApiProperty() recommendations: number;
  @ApiProperty({ type: Number, nullable: true }) reports: number | null;
  @ApiProperty({ type: StatusDistributionDto, nullable: true }) statusDistribution: StatusDistribution | null;
}

export class OverviewThemeDto extends SuppressibleRowDto {
  @ApiProperty() theme: string;
  @ApiProperty({ description: 'In `lang` if given, else English' }) name: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: "The theme's name in every language it has, by language code" }) names: Record<string, string>;
  @ApiProperty() recommendations: number;
  @ApiProperty({ type: Number, nullable: true }) reports: number | null;
  @ApiProperty({ type: StatusDistributionDto, nullable: true }) statusDistribution: StatusDistribution | null;
}

export class OverviewReportsDto {
  @ApiProperty() accepted: number;
  @ApiProperty() pending: number;
}

export class OverviewAssistanceDto {
  @ApiProperty() states: number;
  @ApiProperty() reports: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Reports by assistance type; for a focal point, types asked by too few other States are summed under "suppressed"' })
  byType: Record<string, number>;
}

export class OverviewDto extends SummaryBaseDto {
  @ApiProperty({ description: 'In-scope recommendations that ask something of States (the denominator)' }) recommendations: number;
  @ApiProperty({ description: 'For a focal point: whether the cycle-wide figures (states, reports, statusDistribution, assistance) are null because fewer than suppression.minOtherStates other States reported' })
  suppressed: boolean;
  @ApiProperty({ type: SuppressionDto, nullable: true, description: 'The small-group rule applied (null for the secretariat, who sees every figure)' })
  suppression: SuppressionDto | null;
  @ApiProperty({ type: OverviewStatesDto, nullable: true }) states: OverviewStatesDto | null;
  @ApiProperty({ type: OverviewReportsDto, nullable: true, description: 'Counted reports by workflow state' }) reports: OverviewReportsDto | null;
  @ApiProperty({ type: StatusDistributionDto, nullable: true, description: 'Over every (State, recommendation) pair of the expected and reporting States' })
  statusDistribution: StatusDistribution | null;
  @ApiProperty({ type: [OverviewRegionalGroupDto] }) byRegionalGroup: OverviewRegionalGroupDto[];
  @ApiProperty({ type: [OverviewSessionDto] }) bySession: OverviewSessionDto[];
  @ApiProperty({
    type: [SummaryStateNameDto],
    description: 'The States counted under the regional group null ("Other / not assigned": in none of the five groups, e.g. the European Union), by code',
  })
  unassignedStates: SummaryStateNameDto[];
  @ApiProperty({ type: [OverviewThemeDto] }) byTheme: OverviewThemeDto[];
  @ApiProperty({ type: OverviewAssistanceDto, nullable: true, description: 'For a focal point, null when fewer than suppression.minOtherStates other States asked for assistance' })
  assistance: OverviewAssistanceDto | null;
}

export class StateProfileAssistanceDto {
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty() reference: string;
  @ApiProperty({ type: String, nullable: true }) assistanceType: string | null;
  @ApiProperty({ type: String, nullable: true }) details: string | null;
}

export class StateProfileItemDto {
  @ApiProperty({ format: 'uuid' }) recommendationId: string;
  @ApiProperty() reference: string;
  @ApiProperty() session: number;
  @ApiProperty({ type: String, nullable: true, description: 'In `lang` if given, else English, else the source language' }) text: string | null;
  @ApiProperty({ type: String, nullable: true, enum: TEXT_LANGUAGES, description: 'The language of `text`' }) textLanguage: string | null;
  @ApiProperty({ enum: STATUS_BUCKETS }) status: StatusBucket;
  @ApiProperty({ nullable: true, type: String, description: 'Shown for submitted, under-review and accepted reports only' }) workflowState: string | null;
  @ApiProperty({ description: 'Whether this report is counted in the figures' }) counted: boolean;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastUpdate: string | null;
  @ApiProperty() late: boolean;
  @ApiProperty() assistanceNeeded: boolean;
  @ApiProperty({ nullable: true, type: String }) assistanceType: string | null;
  @ApiProperty({ nullable: true, type: String, enum: IMPLEMENTATION_STATUSES, description: "The secretariat's own assessment, beside the State's status (null when it gave none)" })
  secretariatStatus: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The first 300 characters of the narrative, in `lang` when the State wrote one in it' }) narrativeExcerpt: string | null;
}

export class StateProfileDto extends SummaryBaseDto {
  @ApiProperty({ description: '{ code, name, regionalGroup, protocolStatus, expected }' })
  state: { code: string; name: string; regionalGroup: string | null; protocolStatus: string; expected: boolean };
  @ApiProperty({ description: 'In-scope recommendations minus the accepted not_applicable answers' }) applicable: number;
  @ApiProperty({ description: 'Counted reports' }) reported: number;
  @ApiProperty({ description: 'Accepted reports' }) accepted: number;
  @ApiProperty({ description: 'Counted reports on applicable recommendations / applicable (0..1)' }) coverage: number;
  @ApiProperty({ description: 'Counted reports submitted after the closing day' }) late: number;
  @ApiProperty({ type: StatusDistributionDto }) statusDistribution: StatusDistribution;
  @ApiProperty({ type: [StateProfileAssistanceDto], description: 'The counted answers that ask for technical assistance' })
  assistanceNeeded: StateProfileAssistanceDto[];
  @ApiProperty({ description: "Counted answers where the secretariat's assessment differs from the State's status" }) assessmentsDiffer: number;
  @ApiProperty({ type: [StateProfileItemDto] }) items: StateProfileItemDto[];
}

export class RecommendationSummaryStateDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) regionalGroup: string | null;
  @ApiProperty({ enum: IMPLEMENTATION_STATUSES }) status: string;
  @ApiProperty() workflowState: string;
  @ApiProperty({ format: 'date-time' }) lastUpdate: string;
  @ApiProperty() late: boolean;
  @ApiProperty() assistanceNeeded: boolean;
  @ApiProperty({ description: 'The first 300 characters of the narrative (in `lang`, else English, else the first language given)' }) narrativeExcerpt: string;
  @ApiProperty({ nullable: true, type: String, enum: IMPLEMENTATION_STATUSES, description: "The secretariat's own assessment (null when it gave none)" }) secretariatStatus: string | null;
  @ApiProperty({ format: 'uuid', description: 'The report (for GET /api/reports/{id}/history and the review)' }) reportId: string;
  @ApiProperty({ minimum: 0, description: 'Evidence files the counted submission cites' }) fileCount: number;
}

export class SummaryRecommendationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() reference: string;
  @ApiProperty() session: number;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
  @ApiProperty({ description: 'In `lang` if given, else English, else the source language' }) text: string;
  @ApiProperty({ type: String, nullable: true, enum: TEXT_LANGUAGES, description: 'The language of `text`' }) textLanguage: string | null;
}

export class RecommendationSummaryDto extends SummaryBaseDto {
  @ApiProperty({ type: SummaryRecommendationDto })
  recommendation: SummaryRecommendationDto;
  @ApiProperty() statesReporting: number;
  @ApiProperty({ type: StatusDistributionDto }) statusDistribution: StatusDistribution;
  @ApiProperty({ description: "States whose answer the secretariat assessed differently" }) assessmentsDiffer: number;
  @ApiProperty({ type: [RecommendationSummaryStateDto] }) states: RecommendationSummaryStateDto[];
}

export class NonReportingFocalPointDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ description: 'Interface language (the reminder goes out in it)' }) language: string;
}

export class NonReportingStateDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) regionalGroup: string | null;
  @ApiProperty() protocolStatus: string;
  @ApiProperty({ description: 'Submitted or under-review reports awaiting the secretariat' }) pendingSubmissions: number;
  @ApiProperty() hasPendingSubmission: boolean;
  @ApiProperty() activeFocalPoints: number;
  @ApiProperty({ type: [NonReportingFocalPointDto], description: 'The active focal points (whom a reminder reaches)' }) focalPoints: NonReportingFocalPointDto[];
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When the State was last reminded about this cycle (up to asOf)' }) lastRemindedAt: string | null;
}

export class NonReportingDto extends SummaryBaseDto {
  @ApiProperty() expected: number;
  @ApiProperty({ type: [NonReportingStateDto] }) states: NonReportingStateDto[];
}

export class TrendPointDto {
  @ApiProperty({ type: SummaryCycleDto }) cycle: SummaryCycleDto;
  @ApiProperty() recommendations: number;
  @ApiProperty({ nullable: true, type: Number }) expected: number | null;
  @ApiProperty({ nullable: true, type: Number }) reporting: number | null;
  @ApiProperty({ nullable: true, type: Number }) responseRate: number | null;
  @ApiProperty({ nullable: true, type: Number }) late: number | null;
  @ApiProperty({ nullable: true, type: Number }) reports: number | null;
  @ApiProperty({ type: StatusDistributionDto, nullable: true }) statusDistribution: StatusDistribution | null;
  @ApiProperty({ description: `For a focal point (not narrowed to its own State): the State figures of this cycle are null.${SUPPRESSIBLE_NOTE}` }) suppressed: boolean;
  @ApiProperty({ enum: SUPPRESSION_REASONS, nullable: true }) suppressedReason: (typeof SUPPRESSION_REASONS)[number] | null;
}

export class TrendsDto {
  @ApiProperty({ format: 'date-time' }) asOf: string;
  @ApiProperty({ type: SuppressionDto, nullable: true, description: 'The small-group rule applied (null for the secretariat, and for a focal point narrowing to its own State)' })
  suppression: SuppressionDto | null;
  @ApiProperty({ enum: ['accepted', 'accepted_and_submitted'] }) counting: 'accepted' | 'accepted_and_submitted';
  @ApiProperty({ description: 'The narrowing asked: { recommendation, state, theme }' }) filters: { recommendation: string | null; state: string | null; theme: string | null };
  @ApiProperty({ description: 'The names of the State and theme narrowed to, in `lang` (else English): { state, theme }, each null when not narrowed' })
  filterNames: { state: string | null; theme: string | null };
  @ApiProperty({ type: [TrendPointDto], description: 'One point per cycle, oldest first' }) cycles: TrendPointDto[];
}
