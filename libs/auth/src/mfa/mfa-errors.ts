import { MFA_ERRORS } from '#contracts';
import { defineErrors } from '#common';

export const MfaError = defineErrors('MfaError', MFA_ERRORS);
