import { useQuery } from '@tanstack/react-query';
import type { components } from '@contracts';
import { allPages } from '@/lib/all-pages';
import { api, unwrap } from '@/lib/api-client';
import { adminKeys } from './keys';

export type StateRow = components['schemas']['StateDto'];

/** GET /api/states, every page (about 200 States): for pickers. Rarely changes, so kept for the visit. */
export function useStates() {
  return useQuery({
    queryKey: adminKeys.states,
    queryFn: () => allPages((page, limit) => unwrap(api.GET('/api/states', { params: { query: { page, limit } } }))),
    staleTime: Infinity,
  });
}

/** A State's name in the interface language, else English, else its code. */
export function stateName(state: StateRow | undefined, language: string, code?: string): string {
  if (!state) return code ?? '';
  return state.names[language] ?? state.names.en ?? state.code;
}
