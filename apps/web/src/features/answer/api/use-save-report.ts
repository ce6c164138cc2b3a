import type { components } from '@contracts';
import { api, currentAccessToken, unwrap } from '@/lib/api-client';
import { etagOf, reportPath } from './keys';
import type { Report } from './use-report';

export type ReportContentBody = components['schemas']['ReportContentDto'];
type Key = { cycleId: string; stateCode: string; recommendationId: string };

/**
 * PUT the draft with If-Match on its version (none the first time: 201 creates it). Plain functions rather than a
 * mutation hook: the autosave calls them from timers and page-leave handlers, where a hook's state would lag.
 */
export function saveReport({ cycleId, stateCode, recommendationId }: Key, version: number | null, body: ReportContentBody): Promise<Report> {
  const ifMatch = etagOf(version);
  return unwrap(
    api.PUT('/api/cycles/{id}/states/{code}/reports/{recommendationId}', {
      params: { path: { id: cycleId, code: stateCode, recommendationId }, header: ifMatch ? { 'If-Match': ifMatch } : {} },
      body,
    }),
  );
}

/**
 * The same PUT as the page goes away (tab closed, reload): fetch with keepalive outlives the page. Nothing waits for
 * the answer; the local copy stays until a later visit sees the server has it.
 */
export function saveReportOnLeave({ cycleId, stateCode, recommendationId }: Key, version: number | null, body: ReportContentBody): void {
  const token = currentAccessToken();
  const ifMatch = etagOf(version);
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (ifMatch) headers['If-Match'] = ifMatch;
  void fetch(reportPath(cycleId, stateCode, recommendationId), { method: 'PUT', headers, body: JSON.stringify(body), keepalive: true, credentials: 'same-origin' }).catch(() => undefined);
}
