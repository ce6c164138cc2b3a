import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appRoute } from '@/app/base-routes';
import { flag, oneOf, text } from '@/lib/search-params';

export const workspaceHomeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workspace',
  component: lazyRouteComponent(() => import('./components/WorkspaceHomePage'), 'WorkspaceHomePage'),
});
export type QuestionnaireSearch = { q?: string; status?: string; workflow?: string; unanswered?: true; group?: 'session' | 'theme' };
export const questionnaireRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workspace/cycles/$cycleId',
  validateSearch: (search: Record<string, unknown>): QuestionnaireSearch => ({ q: text(search.q), status: text(search.status), workflow: text(search.workflow), unanswered: flag(search.unanswered), group: oneOf(['session', 'theme'] as const, search.group) }),
  component: lazyRouteComponent(() => import('./components/QuestionnairePage'), 'QuestionnairePage'),
});
export const stateProfileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workspace/cycles/$cycleId/profile',
  component: lazyRouteComponent(() => import('./components/StateProfilePage'), 'StateProfilePage'),
});

export const workspaceRoutes = [workspaceHomeRoute, questionnaireRoute, stateProfileRoute] as const;
