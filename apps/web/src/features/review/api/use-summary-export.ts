import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';

export type ExportFormat = 'csv' | 'xlsx' | 'pdf';

/** The recommendation across States as a file (?format=csv|xlsx|pdf, in the interface language), saved as a download. */
export function useAcrossStatesExport(cycleId: string, recommendationId: string) {
  return useMutation({
    mutationFn: async ({ format, lang }: { format: ExportFormat; lang: string }) => {
      const query = new URLSearchParams({ format, lang, include: 'submitted' });
      const response = await apiFetch(`/api/summaries/cycles/${cycleId}/recommendations/${recommendationId}?${query}`);
      await saveDownload(response, `recommendation.${format}`);
    },
  });
}
