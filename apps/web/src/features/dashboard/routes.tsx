import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';
import { flag, isoInstant, uuid } from '@/lib/search-params';

export type DashboardSearch = { cycle?: string; asOf?: string; includeSubmitted?: true };
export const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review',
  validateSearch: (search: Record<string, unknown>): DashboardSearch => ({ cycle: uuid(search.cycle), asOf: isoInstant(search.asOf), includeSubmitted: flag(search.includeSubmitted) }),
  component: lazyRouteComponent(() => import('./components/DashboardPage'), 'DashboardPage'),
});
export const followUpRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review/cycles/$cycleId/non-reporting',
  component: lazyRouteComponent(() => import('./components/FollowUpPage'), 'FollowUpPage'),
});

export const dashboardRoutes = [dashboardRoute, followUpRoute] as const;
