import { useQuery } from '@tanstack/react-query';
import type { components, TextLanguage } from '@contracts';
import { textLanguage } from '@/lib/text-language';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import { workspaceKeys } from './keys';

export type QuestionnaireRow = components['schemas']['ReportRowDto'];
type RowPage = { items: QuestionnaireRow[]; total: number; page: number; limit: number };

/**
 * (A questionnaire of 140 items is two requests of the largest page, 1,000 ten.) Each page's last answer and its ETag, for this visit only (memory, never storage). The API answers 304 to
 * If-None-Match while the page is unchanged (its answers are `no-store`, so the browser's cache cannot do it).
 */
const lastPages = new Map<string, { etag: string; page: RowPage }>();

async function fetchPage(cycleId: string, stateCode: string, lang: TextLanguage, page: number, limit: number): Promise<RowPage> {
  const key = `${cycleId}|${stateCode}|${lang}|${page}`;
  const cached = lastPages.get(key);
  const call = api.GET('/api/cycles/{id}/states/{code}/reports', {
    params: { path: { id: cycleId, code: stateCode }, query: { lang, page, limit } },
    headers: cached ? { 'If-None-Match': cached.etag } : {},
  });
  const { response } = await call;
  if (response.status === 304 && cached) return cached.page;
  const data = (await unwrap(call)) as RowPage;
  const etag = response.headers.get('ETag');
  if (etag) lastPages.set(key, { etag, page: data });
  return data;
}

/**
 * GET /api/cycles/{id}/states/{code}/reports?lang=: the State's whole questionnaire (every page: the first, then the
 * others at once), one row per in-scope recommendation, in questionnaire order (session, then paragraph).
 */
export function useQuestionnaire(cycleId: string | undefined, stateCode: string | null, lang: string) {
  const language = textLanguage(lang);
  return useQuery({
    queryKey: workspaceKeys.questionnaire(cycleId ?? '', stateCode ?? '', language),
    enabled: Boolean(cycleId && stateCode),
    queryFn: async () => {
      const items = await allPages((page, limit) => fetchPage(cycleId!, stateCode!, language, page, limit));
      return { total: items.length, items };
    },
  });
}

export type Progress = { total: number; answered: number; drafts: number; submitted: number; accepted: number; returned: number; unanswered: number };

/** The questionnaire's progress, counted from its rows (answered: an implementation status chosen). */
export function progressOf(rows: QuestionnaireRow[]): Progress {
  const count = (test: (row: QuestionnaireRow) => boolean) => rows.filter(test).length;
  return {
    total: rows.length,
    answered: count((r) => r.implementationStatus !== null),
    unanswered: count((r) => r.implementationStatus === null),
    drafts: count((r) => r.workflowState === 'draft'),
    submitted: count((r) => r.workflowState === 'submitted' || r.workflowState === 'under_review'),
    accepted: count((r) => r.workflowState === 'accepted'),
    returned: count((r) => r.workflowState === 'returned'),
  };
}
