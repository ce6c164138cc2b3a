/** Query keys of a report's history: a review, a comment or a submission invalidates `reportKeys.history(id)`. */
export const reportKeys = {
  history: (reportId: string) => ['reports', 'history', reportId] as const,
};
