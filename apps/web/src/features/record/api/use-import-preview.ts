import { useMutation } from '@tanstack/react-query';
import type { components } from '@contracts';
import { apiFetch } from '@/lib/api-client';

export type ImportPreview = components['schemas']['ImportPreviewDto'];

/** The report to send: a file (.txt, .pdf, .docx) as multipart, or pasted text as text/plain. */
export type ImportSource = { file: File } | { text: string };

export const importBody = (source: ImportSource): RequestInit => {
  if ('file' in source) {
    const form = new FormData();
    form.append('file', source.file);
    return { body: form };
  }
  return { body: source.text, headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
};

/** POST /api/imports?dryRun=true: what the report would change, each paragraph beside the record's text. Writes nothing. */
export function useImportPreview() {
  return useMutation({
    mutationFn: async (source: ImportSource) => {
      const response = await apiFetch('/api/imports?dryRun=true', { method: 'POST', ...importBody(source) });
      return (await response.json()) as ImportPreview;
    },
  });
}
