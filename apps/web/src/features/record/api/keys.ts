import type { RecordRecommendationsSearch } from '../routes';

export const recordKeys = {
  sessions: ['catalogue', 'sessions'] as const,
  session: (number: number) => ['catalogue', 'sessions', number] as const,
  recommendations: ['catalogue', 'recommendations'] as const,
  recommendationList: (search: RecordRecommendationsSearch, lang: string) => ['catalogue', 'recommendations', 'list', search, lang] as const,
  recommendation: (id: string) => ['catalogue', 'recommendations', 'one', id] as const,
  themes: ['catalogue', 'themes'] as const,
  articles: (lang: string) => ['catalogue', 'articles', lang] as const,
};
