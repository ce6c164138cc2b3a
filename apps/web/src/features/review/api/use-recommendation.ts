import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import { reviewKeys } from './keys';

type Lang = 'ar' | 'en' | 'es' | 'fr' | 'ru' | 'zh';

/** GET /api/recommendations/{id}?lang=: the text the text rule picks (that language, else English, else the source), and which. */
export function useRecommendation(id: string | undefined, lang: string) {
  return useQuery({
    queryKey: reviewKeys.recommendation(id ?? '', lang),
    queryFn: () => unwrap(api.GET('/api/recommendations/{id}', { params: { path: { id: id! }, query: { lang: lang as Lang } } })),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });
}
