import { createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { hasAccessToken } from '@/lib/api-client';
import { appRoute, publicRoute, rootRoute } from './base-routes';
import { isoDate, positive, safeNext, stateCode, text } from '@/lib/search-params';
import { SignInPage } from '@/features/auth/components/SignInPage';
import { ForgotPasswordPage } from '@/features/auth/components/ForgotPasswordPage';
import { SetPasswordPage } from '@/features/auth/components/SetPasswordPage';
import { HomePage } from '@/features/home/components/HomePage';
import { workspaceRoutes } from '@/features/workspace/routes';
import { answerRoutes } from '@/features/answer/routes';
import { offlineRoutes } from '@/features/offline/routes';
import { dashboardRoutes } from '@/features/dashboard/routes';
import { reviewRoutes } from '@/features/review/routes';
import { cyclesRoutes } from '@/features/cycles/routes';
import { recordRoutes } from '@/features/record/routes';
import { notificationsRoutes } from '@/features/notifications/routes';

export const signInRoute = createRoute({
  getParentRoute: () => publicRoute,
  path: '/sign-in',
  validateSearch: (search: Record<string, unknown>): { next?: string; email?: string } => ({ next: safeNext(search.next), email: text(search.email) }),
  beforeLoad: ({ search }) => {
    if (hasAccessToken()) throw redirect({ to: search.next ?? '/' });
  },
  component: SignInPage,
});

const forgotPasswordRoute = createRoute({ getParentRoute: () => publicRoute, path: '/forgot-password', component: ForgotPasswordPage });
const invitationRoute = createRoute({ getParentRoute: () => publicRoute, path: '/invitation', component: () => <SetPasswordPage mode="invitation" /> });
const resetPasswordRoute = createRoute({ getParentRoute: () => publicRoute, path: '/reset-password', component: () => <SetPasswordPage mode="reset" /> });

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account',
  component: lazyRouteComponent(() => import('@/features/auth/components/AccountPage'), 'AccountPage'),
});
export const changePasswordRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account/password',
  component: lazyRouteComponent(() => import('@/features/auth/components/ChangePasswordPage'), 'ChangePasswordPage'),
});
export const mfaRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/account/two-step',
  component: lazyRouteComponent(() => import('@/features/auth/components/MfaPage'), 'MfaPage'),
});

export type UsersSearch = { page?: number; q?: string; role?: 'admin' | 'secretariat' | 'focal_point'; stateCode?: string; active?: 'true' | 'false' };
const ROLE_VALUES = ['admin', 'secretariat', 'focal_point'] as const;
export const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users',
  validateSearch: (search: Record<string, unknown>): UsersSearch => ({
    page: positive(search.page),
    q: text(search.q),
    role: ROLE_VALUES.find((r) => r === search.role),
    stateCode: stateCode(search.stateCode),
    active: search.active === 'true' || search.active === 'false' ? search.active : undefined,
  }),
  component: lazyRouteComponent(() => import('@/features/admin/components/UsersPage'), 'UsersPage'),
});
export const userRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/users/$userId',
  component: lazyRouteComponent(() => import('@/features/admin/components/UserPage'), 'UserPage'),
});
export const bulkInvitationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/invitations',
  component: lazyRouteComponent(() => import('@/features/admin/components/BulkInvitationPage'), 'BulkInvitationPage'),
});
export type AuditSearch = { page?: number; actorEmail?: string; action?: string; entity?: string; from?: string; to?: string };
export const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/admin/audit',
  validateSearch: (search: Record<string, unknown>): AuditSearch => ({
    page: positive(search.page),
    actorEmail: text(search.actorEmail),
    action: text(search.action),
    entity: text(search.entity),
    from: isoDate(search.from),
    to: isoDate(search.to),
  }),
  component: lazyRouteComponent(() => import('@/features/admin/components/AuditPage'), 'AuditPage'),
});

const routeTree = rootRoute.addChildren([
  publicRoute.addChildren([signInRoute, forgotPasswordRoute, invitationRoute, resetPasswordRoute]),
  appRoute.addChildren([homeRoute, accountRoute, changePasswordRoute, mfaRoute, usersRoute, userRoute, bulkInvitationRoute, auditRoute,
    ...workspaceRoutes,
    ...answerRoutes,
    ...offlineRoutes,
    ...dashboardRoutes,
    ...reviewRoutes,
    ...cyclesRoutes,
    ...recordRoutes,
    ...notificationsRoutes,
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent', scrollRestoration: true });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
