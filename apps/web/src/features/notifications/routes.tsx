import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';

export const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifications',
  component: lazyRouteComponent(() => import('./components/NotificationsPage'), 'NotificationsPage'),
});

export const notificationsRoutes = [notificationsRoute] as const;
