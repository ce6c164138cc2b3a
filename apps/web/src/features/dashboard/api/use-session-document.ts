import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';
import type { FiguresQuery } from './use-overview';
import { documentQuery } from './use-overview-export';

export type SessionDocumentFormat = 'docx' | 'pdf' | 'md';

/** GET /api/summaries/cycles/{id}/session-document: the Working Group's session document (Word by default). */
export function useSessionDocument(cycleId: string | undefined) {
  return useMutation({
    mutationFn: async ({ format, lang, query }: { format: SessionDocumentFormat; lang: string; query: FiguresQuery }) => {
      const response = await apiFetch(`/api/summaries/cycles/${cycleId}/session-document?${documentQuery(format, lang, query)}`);
      await saveDownload(response, `session-document.${format}`);
    },
  });
}
