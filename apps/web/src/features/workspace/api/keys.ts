/** Query keys of the focal point's workspace: a submit invalidates `workspaceKeys.questionnaires`. */
export const workspaceKeys = {
  questionnaires: ['workspace', 'questionnaire'] as const,
  questionnaire: (cycleId: string, stateCode: string, lang: string) => ['workspace', 'questionnaire', cycleId, stateCode, lang] as const,
  profile: (cycleId: string, stateCode: string, lang: string, includeSubmitted: boolean) => ['workspace', 'profile', cycleId, stateCode, lang, includeSubmitted] as const,
};
