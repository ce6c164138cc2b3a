import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';

export const answerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workspace/cycles/$cycleId/recommendations/$recommendationId',
  component: lazyRouteComponent(() => import('./components/AnswerPage'), 'AnswerPage'),
});

export const answerRoutes = [answerRoute] as const;
