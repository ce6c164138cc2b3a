import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';

/** GET /api/reports/{id}/evidence/{fileId}: an evidence file the submission cites, saved under its name. */
export function useEvidenceDownload(reportId: string) {
  return useMutation({
    mutationFn: async ({ fileId, fileName }: { fileId: string; fileName: string }) => {
      const response = await apiFetch(`/api/reports/${reportId}/evidence/${fileId}`);
      await saveDownload(response, fileName);
    },
  });
}
