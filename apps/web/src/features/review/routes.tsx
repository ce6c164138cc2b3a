import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';
import { flag, positive, stateCode, text, uuid } from '@/lib/search-params';

export type ReviewQueueSearch = { cycle?: string; state?: string; group?: string; session?: number; theme?: string; late?: true; withFiles?: true; page?: number };
const queueSearch = (search: Record<string, unknown>): ReviewQueueSearch => ({ cycle: uuid(search.cycle), state: stateCode(search.state), group: text(search.group), session: positive(search.session), theme: text(search.theme), late: flag(search.late), withFiles: flag(search.withFiles), page: positive(search.page) });
export const reviewQueueRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review/queue',
  validateSearch: queueSearch,
  component: lazyRouteComponent(() => import('./components/ReviewQueuePage'), 'ReviewQueuePage'),
});
export const reviewReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review/reports/$reportId',
  // The queue's filters ride along, so that "next in queue" follows the same queue.
  validateSearch: queueSearch,
  component: lazyRouteComponent(() => import('./components/ReviewReportPage'), 'ReviewReportPage'),
});
export type AcrossStatesSearch = { group?: string };
export const acrossStatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review/cycles/$cycleId/recommendations/$recommendationId',
  validateSearch: (search: Record<string, unknown>): AcrossStatesSearch => ({ group: text(search.group) }),
  component: lazyRouteComponent(() => import('./components/AcrossStatesPage'), 'AcrossStatesPage'),
});

export const reviewRoutes = [reviewQueueRoute, reviewReportRoute, acrossStatesRoute] as const;
