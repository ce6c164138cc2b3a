import { defineErrors } from '#common';

export const MfaError = defineErrors('MfaError', {
  MFA_ENROLMENT_REQUIRED: {
    kind: 'forbidden',
    message: 'Your role requires two-factor sign-in: set it up at POST /api/auth/mfa/enrol before doing anything else.',
  },
  MFA_REQUIRED: { kind: 'forbidden', message: 'Your role requires two-factor sign-in; it cannot be turned off.' },
  MFA_RESET_SELF: { kind: 'forbidden', message: 'Turn off your own second factor with DELETE /api/auth/mfa and a code.' },
  MFA_ALREADY_ENABLED: { kind: 'conflict', message: 'Two-factor sign-in is already set up.' },
  MFA_NOT_ENABLED: { kind: 'conflict', message: 'Two-factor sign-in is not set up.' },
  MFA_ENROLMENT_NOT_STARTED: { kind: 'conflict', message: 'Start the enrolment first (POST /api/auth/mfa/enrol).' },
  WRONG_MFA_CODE: { kind: 'invalid', message: 'The code is not correct.' },
  INVALID_MFA_CODE: { kind: 'unauthenticated', message: 'The code is not correct.' },
  INVALID_MFA_CHALLENGE: { kind: 'unauthenticated', message: 'The sign-in challenge is invalid, expired or used up; sign in again.' },
});
