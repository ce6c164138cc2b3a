import { etagFor } from '#common';
import { nextState, type FromState } from '#contracts';
import { contentProblems, type ReportContent } from '#reporting';
import type { DocLanguage } from '#exports';
import { EDITABLE_FIELDS, type CurrentAnswer, type EditableField, type FieldValue, type ParsedRow, type ParsedWorkbook, type PreviewRow, type WorkbookPreview } from './model.js';

/** The value of an editable field as the workbook shows it (the narrative: its text in the workbook's language). */
function shown(content: ReportContent, field: EditableField, lang: DocLanguage): FieldValue {
  if (field === 'narrative') return content.narrative?.[lang]?.trim() || null;
  const v = content[field];
  return typeof v === 'string' ? v.trim() || null : (v ?? null);
}

/** The report's content after the row: the fields read from the row replace the current ones. */
export function contentAfter(current: ReportContent, values: ParsedRow['values'], lang: DocLanguage): ReportContent {
  const next: ReportContent = { ...current, narrative: { ...(current.narrative ?? {}) } };
  for (const field of EDITABLE_FIELDS) {
    const v = values[field];
    if (v === undefined) continue;
    if (field === 'narrative') {
      if (v) next.narrative[lang] = v as string;
      else delete next.narrative[lang];
    } else (next as unknown as Record<string, unknown>)[field] = v;
  }
  return next;
}

/**
 * Compares every row read with the current answers. A row is "invalid" when a cell could not be read, the row is
 * not the questionnaire's, repeats a recommendation, breaks a rule of the answers (not applicable without a
 * justification) or changes an answer that cannot be edited now; a "conflict" when it changes an answer saved online
 * since the download (its version is not the report's current one); else "change" (which fields, old → new) or
 * "unchanged". Pure.
 */
export function compareWorkbook(parsed: ParsedWorkbook, current: Map<string, CurrentAnswer>): WorkbookPreview {
  const seen = new Set<string>();
  const rows: PreviewRow[] = parsed.rows.map((r) => {
    const answer = r.recommendationId ? current.get(r.recommendationId) : undefined;
    const base: PreviewRow = {
      row: r.row,
      recommendationId: r.recommendationId,
      reference: answer?.reference ?? null,
      outcome: 'invalid',
      changes: [],
      problems: [...r.problems],
      fileVersion: r.version,
      currentVersion: answer?.version ?? null,
    };
    if (r.recommendationId && !answer && r.problems.length === 0) base.problems.push({ cell: `A${r.row}`, column: null, code: 'ROW_UNKNOWN' });
    if (r.recommendationId && answer) {
      if (seen.has(r.recommendationId)) base.problems.push({ cell: `A${r.row}`, column: null, code: 'ROW_DUPLICATE' });
      seen.add(r.recommendationId);
    }
    if (base.problems.length || !answer) return base;
    const after = contentAfter(answer.content, r.values, parsed.lang);
    base.changes = EDITABLE_FIELDS.map((field) => ({ field, from: shown(answer.content, field, parsed.lang), to: shown(after, field, parsed.lang) })).filter((c) => c.from !== c.to);
    if (base.changes.length === 0) return { ...base, outcome: 'unchanged' };
    if (r.version !== answer.version) return { ...base, outcome: 'conflict' };
    if (!nextState((answer.version === null ? 'none' : answer.workflowState) as FromState, 'save', 'focal_point').ok) {
      base.problems.push({ cell: `A${r.row}`, column: null, code: 'ROW_NOT_EDITABLE' });
      return base;
    }
    if (contentProblems(after).length) {
      base.problems.push({ cell: `E${r.row}`, column: 'narrative', code: 'ROW_JUSTIFICATION_REQUIRED' });
      return base;
    }
    return { ...base, outcome: 'change' };
  });
  const counts = { change: 0, unchanged: 0, invalid: 0, conflict: 0 };
  for (const r of rows) counts[r.outcome]++;
  return { lang: parsed.lang, counts, rows };
}

/** The bulk save's items for the rows that change: only the changed fields, each with If-Match of the row's version. */
export function saveItems(parsed: ParsedWorkbook, preview: WorkbookPreview, current: Map<string, CurrentAnswer>) {
  const byRow = new Map(parsed.rows.map((r) => [r.row, r]));
  return preview.rows
    .filter((p) => p.outcome === 'change')
    .map((p) => {
      const r = byRow.get(p.row)!;
      const answer = current.get(p.recommendationId!)!;
      const after = contentAfter(answer.content, r.values, parsed.lang);
      const item: Record<string, unknown> = { recommendationId: p.recommendationId!, ifMatch: r.version === null ? undefined : etagFor(r.version) };
      for (const c of p.changes) item[c.field] = c.field === 'narrative' ? after.narrative : after[c.field];
      return item as { recommendationId: string; ifMatch?: string } & Partial<ReportContent>;
    });
}
