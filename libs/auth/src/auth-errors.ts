import { AUTH_ERRORS } from '#contracts';
import { defineErrors } from '#common';

export const AuthError = defineErrors('AuthError', AUTH_ERRORS);
