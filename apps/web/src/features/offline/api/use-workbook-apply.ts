import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadWorkbook, type WorkbookApplied } from './workbook-upload';

/** POST …/questionnaire/apply: every change at once, or none (422 invalid rows, 412 conflicts). */
export function useWorkbookApply(cycleId: string, stateCode: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => (await (await uploadWorkbook(cycleId, stateCode, 'apply', file)).json()) as WorkbookApplied,
    // Many answers changed at once: every cached view of the questionnaire, its reports and the home is stale.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
