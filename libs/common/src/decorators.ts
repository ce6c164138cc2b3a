import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'wg4:isPublic';
/** Opts a route out of the global authentication guard (login, refresh, health, docs). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

export const ALLOW_PENDING_PASSWORD_CHANGE_KEY = 'wg4:allowPendingPasswordChange';
/** Lets a user who must still change a temporary password reach this route (me, change-password, logout). */
export const AllowPendingPasswordChange = () => SetMetadata(ALLOW_PENDING_PASSWORD_CHANGE_KEY, true);

export const ALLOW_PENDING_MFA_ENROLMENT_KEY = 'wg4:allowPendingMfaEnrolment';
/** Lets a user whose role requires MFA but who has not enrolled yet reach this route (me, MFA enrolment, change-password). */
export const AllowPendingMfaEnrolment = () => SetMetadata(ALLOW_PENDING_MFA_ENROLMENT_KEY, true);

/** The authenticated user that the auth guard put on the request. */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext) => {
  const request = ctx.switchToHttp().getRequest<{ user?: unknown }>();
  return request.user;
});
