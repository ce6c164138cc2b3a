import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';
import { positive, text } from '@/lib/search-params';

export const sessionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/record/sessions',
  component: lazyRouteComponent(() => import('./components/SessionsPage'), 'SessionsPage'),
});
export const sessionRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/record/sessions/$number',
  component: lazyRouteComponent(() => import('./components/SessionPage'), 'SessionPage'),
});
export type RecordRecommendationsSearch = { q?: string; session?: number; theme?: string; article?: string; page?: number };
export const recordRecommendationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/record/recommendations',
  validateSearch: (search: Record<string, unknown>): RecordRecommendationsSearch => ({ q: text(search.q), session: positive(search.session), theme: text(search.theme), article: text(search.article), page: positive(search.page) }),
  component: lazyRouteComponent(() => import('./components/RecordRecommendationsPage'), 'RecordRecommendationsPage'),
});
export const recordRecommendationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/record/recommendations/$recommendationId',
  component: lazyRouteComponent(() => import('./components/RecordRecommendationPage'), 'RecordRecommendationPage'),
});
export const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/record/imports',
  component: lazyRouteComponent(() => import('./components/ImportsPage'), 'ImportsPage'),
});

export const recordRoutes = [sessionsRoute, sessionRoute, recordRecommendationsRoute, recordRecommendationRoute, importsRoute] as const;
