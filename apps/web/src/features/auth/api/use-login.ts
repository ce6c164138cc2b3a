import { useMutation } from '@tanstack/react-query';
import type { components } from '@contracts';
import { api, setSession, unwrap } from '@/lib/api-client';

export type LoginAnswer = components['schemas']['TokenPairDto'] | components['schemas']['MfaChallengeDto'];
export const isMfaChallenge = (answer: LoginAnswer): answer is components['schemas']['MfaChallengeDto'] => 'mfaRequired' in answer;

/** POST /api/auth/login: a token pair (and the session cookie), or the challenge of the second step. */
export function useLogin() {
  return useMutation({
    mutationFn: async (body: components['schemas']['LoginDto']) => {
      const answer = (await unwrap(api.POST('/api/auth/login', { body }))) as LoginAnswer;
      if (!isMfaChallenge(answer)) setSession(answer);
      return answer;
    },
  });
}
