import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { TEXT_LANGUAGES, type components } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import type { RecordRecommendationsSearch } from '../routes';
import { recordKeys } from './keys';

export type RecommendationRow = components['schemas']['RecommendationDto'];
export const RECOMMENDATIONS_PAGE_SIZE = 25;

/** The interface language as a text language of the record (they are the same six). */
const textLanguage = (lang: string) => TEXT_LANGUAGES.find((l) => l === lang);

/** GET /api/recommendations: one page, filtered by session and theme, searched by words; texts in `lang` (with fallback). */
export function useRecommendations(search: RecordRecommendationsSearch, lang: string) {
  return useQuery({
    queryKey: recordKeys.recommendationList(search, lang),
    queryFn: () =>
      unwrap(
        api.GET('/api/recommendations', {
          params: { query: { page: search.page ?? 1, limit: RECOMMENDATIONS_PAGE_SIZE, session: search.session, theme: search.theme, article: search.article, q: search.q || undefined, lang: textLanguage(lang) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}
