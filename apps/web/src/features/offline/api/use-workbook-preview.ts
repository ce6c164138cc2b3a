import { useMutation } from '@tanstack/react-query';
import { uploadWorkbook, type WorkbookPreview } from './workbook-upload';

/** POST …/questionnaire/preview: what the filled workbook would change, row by row; nothing is written. */
export function useWorkbookPreview(cycleId: string, stateCode: string) {
  return useMutation({ mutationFn: async (file: File) => (await (await uploadWorkbook(cycleId, stateCode, 'preview', file)).json()) as WorkbookPreview });
}
