import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import type { ReviewQueueSearch } from '../routes';
import { reviewKeys } from './keys';

export type QueueItem = components['schemas']['ReviewQueueItemDto'];
type Lang = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';
type Group = NonNullable<components['schemas']['StateDto']['regionalGroup']>;
export const REGIONAL_GROUPS: readonly Group[] = ['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'LATIN_AMERICAN_CARIBBEAN', 'WEOG'];

/** The API's largest page: a page of the queue is one request. */
export const QUEUE_PAGE_SIZE = 100;

function queueQuery(search: ReviewQueueSearch, lang: string) {
  return {
    lang: lang as Lang,
    cycle: search.cycle,
    state: search.state,
    group: REGIONAL_GROUPS.find((g) => g === search.group),
    session: search.session,
    theme: search.theme,
    late: search.late,
    withFiles: search.withFiles,
  };
}

/** GET /api/review-queue: one page of submitted and under-review reports, oldest submission first, filtered. */
export function useReviewQueue(search: ReviewQueueSearch, lang: string) {
  return useQuery({
    queryKey: reviewKeys.queue(search, lang),
    queryFn: ({ signal }) => unwrap(api.GET('/api/review-queue', { params: { query: { ...queueQuery(search, lang), page: search.page ?? 1, limit: QUEUE_PAGE_SIZE } }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** The oldest report of the same queue other than `currentId` (null when the queue is empty): "next in queue". */
export async function nextInQueue(search: ReviewQueueSearch, currentId: string): Promise<string | null> {
  const page = await unwrap(api.GET('/api/review-queue', { params: { query: { ...queueQuery(search, 'en'), page: 1, limit: 2 } } }));
  return page.items.find((item) => item.id !== currentId)?.id ?? null;
}
