import { defineErrors } from '#common';

export const AuthError = defineErrors('AuthError', {
  INVALID_CREDENTIALS: { kind: 'unauthenticated', message: 'The e-mail or password is not correct.' },
  INVALID_TOKEN: { kind: 'unauthenticated', message: 'The token is invalid, expired or revoked.' },
  TOO_MANY_ATTEMPTS: { kind: 'too_many_requests', message: 'Too many failed sign-in attempts; try again later.' },
  PASSWORD_CHANGE_REQUIRED: { kind: 'forbidden', message: 'You must change your temporary password first.' },
  FORBIDDEN: { kind: 'forbidden', message: 'You do not have permission to do this.' },
  WEAK_PASSWORD: { kind: 'invalid', message: 'The password does not meet the password policy.' },
  WRONG_CURRENT_PASSWORD: { kind: 'invalid', message: 'The current password is not correct.' },
  USER_NOT_FOUND: { kind: 'not_found', message: 'No such user.' },
  EMAIL_TAKEN: { kind: 'conflict', message: 'A user with this e-mail already exists.' },
  LAST_ADMIN: { kind: 'conflict', message: 'This would leave the system without an active admin.' },
  INVALID_USER: { kind: 'invalid', message: 'The user is not valid.' },
  INVALID_ACCOUNT_LINK: { kind: 'invalid', message: 'This link is not valid: it was already used, replaced by a newer one, or has expired.' },
  SESSION_NOT_FOUND: { kind: 'not_found', message: 'No such session.' },
  REFRESH_TOKEN_REQUIRED: { kind: 'invalid', message: 'Send the refresh token in the body (refreshToken) or as the session cookie.' },
  CSRF_ORIGIN_REFUSED: { kind: 'forbidden', message: 'This request comes from a page of another origin; the session cookie is only accepted from this application.' },
});
