import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { components, TextLanguage } from '@contracts';
import { api, unwrap } from '@/lib/api-client';
import { cycleKeys } from './keys';

export type CycleScope = components['schemas']['CycleScopeDto'];
export type ScopePreview = components['schemas']['ScopePreviewDto'];

/** POST /api/cycles/scope-preview: how many recommendations a cycle with this scope would hold now, and the first few. */
export function useScopePreview(scope: CycleScope, lang: TextLanguage, enabled = true) {
  return useQuery({
    queryKey: cycleKeys.scopePreview(scope, lang),
    queryFn: ({ signal }) => unwrap(api.POST('/api/cycles/scope-preview', { body: scope, params: { query: { lang } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}
