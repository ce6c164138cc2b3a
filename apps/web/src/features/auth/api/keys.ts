/** Query keys of the signed-in user's own data. */
export const authKeys = {
  me: ['auth', 'me'] as const,
  sessions: (page: number) => ['auth', 'sessions', page] as const,
  allSessions: ['auth', 'sessions'] as const,
  mfa: ['auth', 'mfa'] as const,
};
