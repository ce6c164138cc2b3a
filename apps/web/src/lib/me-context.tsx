import { createContext, useContext } from 'react';
import type { components, Permission } from '@contracts';

type Me = components['schemas']['MeDto'];

const MeContext = createContext<Me | null>(null);

export const MeProvider = MeContext.Provider;

/** The signed-in user (inside the signed-in layout only). */
export function useCurrentUser(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentUser outside the signed-in layout');
  return me;
}

/** What the server said this user may do (GET /api/auth/me → permissions). */
export function useCan(permission: Permission): boolean {
  return useCurrentUser().permissions.includes(permission);
}
