import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@contracts';
import { apiFetch } from '@/lib/api-client';
import { importBody, type ImportSource } from './use-import-preview';

export type ImportResult = components['schemas']['ImportResultDto'];

/** POST /api/imports?dryRun=false: applies the report (201), or 200 "unchanged" when the same file was imported before. */
export function useApplyImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (source: ImportSource) => {
      const response = await apiFetch('/api/imports?dryRun=false', { method: 'POST', ...importBody(source) });
      return (await response.json()) as ImportResult;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['catalogue'] }),
  });
}
