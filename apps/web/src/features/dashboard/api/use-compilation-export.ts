import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';

export type CompilationFormat = 'pdf' | 'docx' | 'xlsx' | 'md';

/** GET /api/compilation?format=: the index and compilation of the recommendations, in the interface language. */
export function useCompilationExport() {
  return useMutation({
    mutationFn: async ({ format, lang }: { format: CompilationFormat; lang: string }) => {
      const response = await apiFetch(`/api/compilation?${new URLSearchParams({ format, lang })}`);
      await saveDownload(response, `compilation.${format}`);
    },
  });
}
