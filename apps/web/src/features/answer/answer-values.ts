import type { AssistanceType, ImplementationStatus, MeasureType } from '@contracts';
import type { Report } from './api/use-report';
import type { ReportContentBody } from './api/use-save-report';

/** What the form holds: the report's content as a person edits it (rows may be half filled in). */
export interface AnswerValues {
  implementationStatus: ImplementationStatus | null;
  narrative: Record<string, string>;
  measures: { type: MeasureType | ''; description: string }[];
  evidence: { title: string; url: string }[];
  challenges: string;
  assistanceNeeded: boolean;
  assistanceType: AssistanceType | null;
  assistanceDetails: string;
}

export function valuesOf(report: Report): AnswerValues {
  return {
    implementationStatus: (report.implementationStatus as ImplementationStatus | null) ?? null,
    narrative: { ...report.narrative },
    measures: report.measures.map((m) => ({ type: m.type, description: m.description })),
    evidence: report.evidence.map((e) => ({ title: e.title, url: e.url })),
    challenges: report.challenges ?? '',
    assistanceNeeded: report.assistanceNeeded,
    assistanceType: (report.assistanceType as AssistanceType | null) ?? null,
    assistanceDetails: report.assistanceDetails ?? '',
  };
}

export const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
};

const hasText = (value: string) => value.trim().length > 0;

export const measureComplete = (m: AnswerValues['measures'][number]) => m.type !== '' && hasText(m.description);
export const linkComplete = (l: AnswerValues['evidence'][number]) => hasText(l.title) && isHttpUrl(l.url);

export interface SaveBody {
  body: ReportContentBody;
  /** Every row is complete: what the server keeps is all the person typed. */
  complete: boolean;
  /** Why nothing can be saved yet (the server would refuse it). */
  blocked: 'justification' | null;
}

/**
 * The body of a save. The server refuses half-filled rows (a measure without a type or text, a link without a title
 * or an http(s) URL) and empty narratives, so those stay out of the body — and on this device (`complete: false`)
 * until finished. "Not applicable" needs a narrative that says why (report-content.ts: contentProblems), on a draft
 * too: until there is one, nothing is sent.
 */
export function saveBodyOf(values: AnswerValues): SaveBody {
  const narrative = Object.fromEntries(Object.entries(values.narrative).filter(([, text]) => hasText(text)));
  const measures = values.measures.filter(measureComplete).map((m) => ({ type: m.type as MeasureType, description: m.description }));
  const evidence = values.evidence.filter(linkComplete).map((l) => ({ title: l.title.trim(), url: l.url.trim() }));
  const complete = measures.length === values.measures.length && evidence.length === values.evidence.length;
  const blocked = values.implementationStatus === 'not_applicable' && Object.keys(narrative).length === 0 ? 'justification' : null;
  return {
    body: {
      implementationStatus: values.implementationStatus as ImplementationStatus,
      narrative,
      measures,
      evidence,
      challenges: hasText(values.challenges) ? values.challenges : null,
      assistanceNeeded: values.assistanceNeeded,
      assistanceType: values.assistanceType,
      assistanceDetails: hasText(values.assistanceDetails) ? values.assistanceDetails : null,
    },
    complete,
    blocked,
  };
}

/** A stable text of the values, for "is this what the server has?" (narrative keys sorted, empty texts dropped). */
export function canonical(values: AnswerValues): string {
  const narrative = Object.fromEntries(
    Object.entries(values.narrative)
      .filter(([, text]) => hasText(text))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  return JSON.stringify({ ...values, narrative, challenges: values.challenges.trim() ? values.challenges : '', assistanceDetails: values.assistanceDetails.trim() ? values.assistanceDetails : '' });
}

/** The fields a conflict is resolved by: each narrative language on its own, then the other fields. */
export type ConflictField = { kind: 'narrative'; language: string } | { kind: 'field'; name: Exclude<keyof AnswerValues, 'narrative'> };

const SIMPLE_FIELDS: Exclude<keyof AnswerValues, 'narrative'>[] = ['implementationStatus', 'measures', 'evidence', 'challenges', 'assistanceNeeded', 'assistanceType', 'assistanceDetails'];

export const fieldId = (field: ConflictField) => (field.kind === 'narrative' ? `narrative.${field.language}` : field.name);

/** The fields where mine and theirs differ. */
export function differingFields(mine: AnswerValues, theirs: AnswerValues): ConflictField[] {
  const fields: ConflictField[] = [];
  if (JSON.stringify(mine.implementationStatus) !== JSON.stringify(theirs.implementationStatus)) fields.push({ kind: 'field', name: 'implementationStatus' });
  const languages = [...new Set([...Object.keys(mine.narrative), ...Object.keys(theirs.narrative)])].sort();
  for (const language of languages) {
    if ((mine.narrative[language] ?? '').trim() !== (theirs.narrative[language] ?? '').trim()) fields.push({ kind: 'narrative', language });
  }
  for (const name of SIMPLE_FIELDS.slice(1)) {
    const a = typeof mine[name] === 'string' ? (mine[name] as string).trim() : JSON.stringify(mine[name]);
    const b = typeof theirs[name] === 'string' ? (theirs[name] as string).trim() : JSON.stringify(theirs[name]);
    if (a !== b) fields.push({ kind: 'field', name });
  }
  return fields;
}

/** Theirs, with my value for each field chosen as mine. */
export function merge(mine: AnswerValues, theirs: AnswerValues, keepMine: Set<string>): AnswerValues {
  const merged: AnswerValues = { ...theirs, narrative: { ...theirs.narrative } };
  for (const field of differingFields(mine, theirs)) {
    if (!keepMine.has(fieldId(field))) continue;
    if (field.kind === 'narrative') {
      if (mine.narrative[field.language]?.trim()) merged.narrative[field.language] = mine.narrative[field.language];
      else delete merged.narrative[field.language];
    } else {
      (merged as unknown as Record<string, unknown>)[field.name] = mine[field.name];
    }
  }
  return merged;
}
