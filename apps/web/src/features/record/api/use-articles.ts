import { useQuery } from '@tanstack/react-query';
import { TEXT_LANGUAGES, type components } from '@contracts';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

export type Article = components['schemas']['ArticleDto'];
export type ArticleLink = components['schemas']['RecommendationArticleDto'];

/** GET /api/articles, every page (43 articles): the Protocol's and the Convention's articles, titled in `lang`, with their counts. */
export function useArticles(lang: string) {
  const textLanguage = TEXT_LANGUAGES.find((l) => l === lang);
  return useQuery({
    queryKey: recordKeys.articles(lang),
    queryFn: () => allPages((page, limit) => unwrap(api.GET('/api/articles', { params: { query: { lang: textLanguage, page, limit } } }))),
  });
}
