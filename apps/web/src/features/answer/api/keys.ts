/** Query keys of the answer page: one report, and the questionnaire rows it takes its context from. */
export const answerKeys = {
  report: (cycleId: string, stateCode: string, recommendationId: string) => ['answer', 'report', cycleId, stateCode, recommendationId] as const,
  rows: (cycleId: string, stateCode: string, lang: string) => ['answer', 'rows', cycleId, stateCode, lang] as const,
};

/** The report's path, for the calls openapi-fetch cannot make (keepalive on leaving, the upload with progress). */
export const reportPath = (cycleId: string, stateCode: string, recommendationId: string) =>
  `/api/cycles/${encodeURIComponent(cycleId)}/states/${encodeURIComponent(stateCode)}/reports/${encodeURIComponent(recommendationId)}`;

/** The If-Match value for a report's version (the API's ETag is "v<n>"). */
export const etagOf = (version: number | null | undefined): string | undefined => (version === null || version === undefined ? undefined : `"v${version}"`);
