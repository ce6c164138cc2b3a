import type { paths } from '@contracts';
import { apiFetch } from '@/lib/api-client';

type Base = '/api/cycles/{id}/states/{code}/questionnaire';
export type WorkbookPreview = paths[`${Base}/preview`]['post']['responses'][200]['content']['application/json'];
export type WorkbookApplied = paths[`${Base}/apply`]['post']['responses'][200]['content']['application/json'];
export type PreviewRow = WorkbookPreview['rows'][number];

/** Checked before upload, as the API checks it again. */
export const MAX_WORKBOOK_BYTES = 5 * 1024 * 1024;

/** The filled workbook as multipart `file` to …/questionnaire/{preview|apply}. */
export function uploadWorkbook(cycleId: string, stateCode: string, what: 'preview' | 'apply', file: File): Promise<Response> {
  const body = new FormData();
  body.append('file', file, file.name);
  const path = `/api/cycles/${encodeURIComponent(cycleId)}/states/${encodeURIComponent(stateCode)}/questionnaire/${what}`;
  return apiFetch(path, { method: 'POST', body, headers: { Accept: 'application/json' } });
}
