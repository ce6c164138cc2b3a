import { createRootRoute, createRoute, redirect } from '@tanstack/react-router';
import { hasAccessToken } from '@/lib/api-client';
import { AppLayout } from './AppLayout';
import { PublicLayout } from './PublicLayout';
import { RootLayout } from './RootLayout';
import { NotFoundPage } from '@/components/NotFoundPage';

/**
 * The trunk of the route tree: the root, the public pages' layout and the signed-in layout. Each feature hangs its
 * own routes on `appRoute` in `features/<feature>/routes.tsx` (pages as lazy chunks), and `router.tsx` joins them.
 */
export const rootRoute = createRootRoute({ component: RootLayout, notFoundComponent: NotFoundPage });

export const publicRoute = createRoute({ getParentRoute: () => rootRoute, id: 'public', component: PublicLayout });

/** Every page below needs a session: without one, the sign-in page, which comes back here afterwards. */
export const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: ({ location }) => {
    if (!hasAccessToken()) throw redirect({ to: '/sign-in', search: { next: location.href === '/' ? undefined : location.href } });
  },
  component: AppLayout,
});

