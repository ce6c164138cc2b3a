import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DocLanguage } from '#exports';
import type { ReportContent } from '#reporting';
import { defineErrors } from '#common';
import { WORKBOOK_ERRORS, type WorkbookCellProblem } from '#contracts';

export const WorkbookError = defineErrors('WorkbookError', WORKBOOK_ERRORS);

/** What the workbook is about: one State's questionnaire in one cycle, in one language. */
export interface QuestionnaireHeader {
  cycleId: string;
  cycleName: string;
  stateCode: string;
  stateName: string;
  lang: DocLanguage;
}

/** One in-scope recommendation and the State's current answer (content null: no report, or not visible). */
export interface QuestionnaireItem {
  recommendationId: string;
  reference: string;
  text: string | null;
  workflowState: string;
  version: number | null;
  content: ReportContent | null;
}

/** The fields a workbook row can change (measures and evidence are shown, never read back). */
export const EDITABLE_FIELDS = ['implementationStatus', 'narrative', 'challenges', 'assistanceNeeded', 'assistanceType', 'assistanceDetails'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

/** The questionnaire sheet's columns, in order. The last four are hidden and locked. */
export const COLUMNS = [
  'reference',
  'text',
  'workflowState',
  'implementationStatus',
  'narrative',
  'challenges',
  'assistanceNeeded',
  'assistanceType',
  'assistanceDetails',
  'measures',
  'evidence',
  'recommendationId',
  'version',
  'questionnaire',
  'token',
] as const;
export type Column = (typeof COLUMNS)[number];
export const columnNumber = (c: Column): number => COLUMNS.indexOf(c) + 1;
/** The hidden columns' headers: fixed, not translated, so the reader can check the layout. */
export const HIDDEN_HEADERS: Partial<Record<Column, string>> = { recommendationId: 'wg4:recommendation_id', version: 'wg4:version', questionnaire: 'wg4:questionnaire', token: 'wg4:token' };

export const MARKER = 'WG4-FOLLOW-UP-QUESTIONNAIRE';
export const FORMAT_VERSION = 1;
export const MARKER_SHEET = '_wg4';
export const LISTS_SHEET = '_lists';
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;
/** Field lengths, as the report DTO allows them. */
export const MAX_LENGTH: Record<'narrative' | 'challenges' | 'assistanceDetails', number> = { narrative: 50_000, challenges: 20_000, assistanceDetails: 20_000 };

/** Which questionnaire a row belongs to, in clear (a row pasted from another State's workbook says so). */
export const questionnaireKey = (cycleId: string, stateCode: string) => `${cycleId}/${stateCode}`;

const mac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('base64url').slice(0, 32);

/** The row's seal: any change of its recommendation, version or questionnaire breaks it. */
export const rowToken = (key: Buffer, questionnaire: string, recommendationId: string, version: number | null) => mac(key, `row|${questionnaire}|${recommendationId}|${version ?? ''}`);
export const markerToken = (key: Buffer, questionnaire: string, lang: string) => mac(key, `marker|${questionnaire}|${lang}`);

export const sameToken = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export interface CellProblem {
  /** A1-style address on the questionnaire sheet, e.g. `D7`; the row alone (`A7`) for a row's problem. */
  cell: string;
  column: Column | null;
  code: WorkbookCellProblem;
}

/** A row as read: the values of the editable cells that could be read, and the problems of the others. */
export interface ParsedRow {
  row: number;
  recommendationId: string | null;
  version: number | null;
  values: {
    implementationStatus?: string | null;
    narrative?: string | null;
    challenges?: string | null;
    assistanceNeeded?: boolean;
    assistanceType?: string | null;
    assistanceDetails?: string | null;
  };
  problems: CellProblem[];
}

export interface ParsedWorkbook {
  lang: DocLanguage;
  rows: ParsedRow[];
}

export type FieldValue = string | boolean | null;
export interface FieldChange {
  field: EditableField;
  from: FieldValue;
  to: FieldValue;
}

export type RowOutcome = 'change' | 'unchanged' | 'invalid' | 'conflict';

export interface PreviewRow {
  row: number;
  recommendationId: string | null;
  reference: string | null;
  outcome: RowOutcome;
  changes: FieldChange[];
  problems: CellProblem[];
  /** For a conflict: the version in the file and the report's current one. */
  fileVersion: number | null;
  currentVersion: number | null;
}

export interface WorkbookPreview {
  lang: DocLanguage;
  counts: Record<RowOutcome, number>;
  rows: PreviewRow[];
}

/** What the service knows of each in-scope recommendation when it compares: the current report, if any. */
export interface CurrentAnswer {
  reference: string;
  workflowState: string;
  version: number | null;
  content: ReportContent;
}
