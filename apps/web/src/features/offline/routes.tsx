import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';

export const offlineRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workspace/cycles/$cycleId/offline',
  component: lazyRouteComponent(() => import('./components/OfflinePage'), 'OfflinePage'),
});

export const offlineRoutes = [offlineRoute] as const;
