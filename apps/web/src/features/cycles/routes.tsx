import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';

export const cyclesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review/cycles',
  component: lazyRouteComponent(() => import('./components/CyclesPage'), 'CyclesPage'),
});
export const newCycleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review/cycles/new',
  component: lazyRouteComponent(() => import('./components/NewCyclePage'), 'NewCyclePage'),
});
export const cycleRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/review/cycles/$cycleId',
  component: lazyRouteComponent(() => import('./components/CyclePage'), 'CyclePage'),
});

export const cyclesRoutes = [cyclesRoute, newCycleRoute, cycleRoute] as const;
