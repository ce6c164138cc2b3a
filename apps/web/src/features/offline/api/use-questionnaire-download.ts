import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '@/lib/api-client';
import { saveDownload } from '@/lib/download';

export type QuestionnaireFormat = 'xlsx' | 'pdf' | 'docx';

const ACCEPT: Record<QuestionnaireFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** GET /api/cycles/{id}/states/{code}/questionnaire.{xlsx,pdf,docx}?lang=: the workbook or the printable form, saved as a file. */
export function useQuestionnaireDownload(cycleId: string, stateCode: string) {
  return useMutation({
    mutationFn: async ({ format, lang }: { format: QuestionnaireFormat; lang: string }) => {
      const path = `/api/cycles/${encodeURIComponent(cycleId)}/states/${encodeURIComponent(stateCode)}/questionnaire.${format}?lang=${encodeURIComponent(lang)}`;
      const response = await apiFetch(path, { headers: { Accept: ACCEPT[format] } });
      await saveDownload(response, `questionnaire-${stateCode}.${format}`);
    },
  });
}
