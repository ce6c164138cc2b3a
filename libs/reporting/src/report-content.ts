import type { FieldError } from '#common';
import type { ImplementationReport, ReportContent } from './entities/implementation-report.entity.js';
import type { ReportContentDto } from './dto/report.dto.js';

export const EMPTY_CONTENT: ReportContent = {
  implementationStatus: null,
  narrative: {},
  measures: [],
  evidence: [],
  challenges: null,
  assistanceNeeded: false,
  assistanceDetails: null,
  assistanceType: null,
};

export const CONTENT_FIELDS = Object.keys(EMPTY_CONTENT) as (keyof ReportContent)[];

export function contentOf(report: ImplementationReport): ReportContent {
  return {
    implementationStatus: report.implementationStatus,
    narrative: report.narrative,
    measures: report.measures,
    evidence: report.evidence,
    challenges: report.challenges,
    assistanceNeeded: report.assistanceNeeded,
    assistanceDetails: report.assistanceDetails,
    assistanceType: report.assistanceType,
  };
}

/** A save: fields present in the body replace the current ones; absent ones stay. */
export function mergeContent(current: ReportContent, dto: ReportContentDto): ReportContent {
  const next = { ...current };
  for (const field of CONTENT_FIELDS) {
    const value = (dto as Record<string, unknown>)[field];
    if (value !== undefined) (next as Record<string, unknown>)[field] = value;
  }
  return next;
}

/** Rules across fields that a DTO cannot express. */
export function contentProblems(content: ReportContent, prefix = ''): FieldError[] {
  const problems: FieldError[] = [];
  const hasNarrative = Object.values(content.narrative ?? {}).some((t) => t.trim().length > 0);
  if (content.implementationStatus === 'not_applicable' && !hasNarrative) {
    problems.push({ field: `${prefix}narrative`, message: 'narrative must justify why the recommendation is not applicable' });
  }
  return problems;
}

/** Why a report cannot be submitted as it stands, as the error codes submit answers ([] when it can be). */
export type SubmitBlocker = 'INCOMPLETE_REPORT' | 'JUSTIFICATION_REQUIRED';

/**
 * The one rule of a complete answer: an implementation status, and for "not_applicable" a justification in the
 * narrative. Submit refuses by it; the questionnaire's rows carry it (`incomplete`) so the interface can say why.
 */
export function submitBlockers(content: Pick<ReportContent, 'implementationStatus' | 'narrative'>): SubmitBlocker[] {
  if (!content.implementationStatus) return ['INCOMPLETE_REPORT'];
  return contentProblems({ ...EMPTY_CONTENT, ...content }).length ? ['JUSTIFICATION_REQUIRED'] : [];
}
