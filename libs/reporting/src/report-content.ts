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
