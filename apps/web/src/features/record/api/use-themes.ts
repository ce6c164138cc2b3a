import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import { recordKeys } from './keys';

export type Theme = components['schemas']['ThemeDto'];

/** GET /api/themes, every page: the theme taxonomy with counts. */
export function useThemes() {
  return useQuery({
    queryKey: recordKeys.themes,
    queryFn: () => allPages((page, limit) => unwrap(api.GET('/api/themes', { params: { query: { page, limit } } }))),
  });
}

/** A theme's name in the language, else English, else its code. */
export const themeName = (theme: Theme | undefined, code: string, lang: string) => theme?.names[lang] ?? theme?.names.en ?? code;
