import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';
import { figuresParams, type FiguresQuery } from './use-overview';

export type OverviewFormat = 'csv' | 'xlsx' | 'pdf';

/** The query string of a figures document: format, language, counting rule and moment. */
export function documentQuery(format: string, lang: string, query: FiguresQuery): URLSearchParams {
  const search = new URLSearchParams({ format, lang });
  for (const [key, value] of Object.entries(figuresParams(query))) if (value) search.set(key, value);
  return search;
}

/** GET /api/summaries/cycles/{id}?format=csv|xlsx|pdf: the overview as a file, in the interface language. */
export function useOverviewExport(cycleId: string | undefined) {
  return useMutation({
    mutationFn: async ({ format, lang, query }: { format: OverviewFormat; lang: string; query: FiguresQuery }) => {
      const response = await apiFetch(`/api/summaries/cycles/${cycleId}?${documentQuery(format, lang, query)}`);
      await saveDownload(response, `overview.${format}`);
    },
  });
}
