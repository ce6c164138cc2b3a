import type { Role } from '#contracts';

/** The authenticated principal the guards put on the request (`@CurrentUser()`). */
export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  stateCode: string | null;
  mustChangePassword: boolean;
  /** A confirmed second factor is set up (users.mfa_enabled). */
  mfaEnabled: boolean;
  /** The sign-in session (auth_sessions.id) the access token was issued for. */
  sessionId: string;
}
