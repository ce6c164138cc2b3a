import { AppShell, Burger, Button, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link, Navigate, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '@contracts';
import { FullPageLoader } from '@/components/FullPageLoader';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';
import { QueryError } from '@/components/QueryError';
import { useMe, type Me } from '@/features/auth/api/use-me';
import { useMfaStatus } from '@/features/auth/api/use-mfa';
import { useLogout } from '@/features/auth/api/use-logout';
import { changeLanguage, isUiLanguage } from '@/lib/i18n';
import { languageChosenThisVisit } from '@/lib/language-choice';
import { MeProvider } from '@/lib/me-context';
import { NotificationBell } from '@/features/notifications/components/NotificationBell';

interface NavItem {
  to: string;
  label: string;
  /** Shown when the signed-in user's permissions (from /auth/me) include this one. */
  permission?: Permission;
}

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/workspace', label: 'nav.workspace', permission: 'reports:write' },
  { to: '/review', label: 'nav.dashboard', permission: 'reports:review' },
  { to: '/review/queue', label: 'nav.reviewQueue', permission: 'reports:review' },
  { to: '/review/cycles', label: 'nav.cycles', permission: 'cycles:manage' },
  { to: '/record/sessions', label: 'nav.sessions', permission: 'catalogue:write' },
  { to: '/record/recommendations', label: 'nav.recommendations', permission: 'catalogue:write' },
  { to: '/record/imports', label: 'nav.imports', permission: 'catalogue:write' },
  { to: '/admin/users', label: 'nav.users', permission: 'users:manage' },
  { to: '/admin/invitations', label: 'nav.bulkInvitations', permission: 'users:manage' },
  { to: '/admin/audit', label: 'nav.audit', permission: 'audit:read' },
  { to: '/notifications', label: 'nav.notifications' },
  { to: '/account', label: 'nav.account' },
];

/** The item whose page this is: the longest path that starts the current one ("/review/queue/…" is the queue's). */
function activeNavItem(items: NavItem[], pathname: string): string | undefined {
  const matches = items.filter((item) => (item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`)));
  return matches.sort((a, b) => b.to.length - a.to.length)[0]?.to;
}

export function AppLayout() {
  const { t } = useTranslation();
  const me = useMe(true);
  // Whether the role requires two-step sign-in is asked only once the password is the person's own.
  const needsMfaCheck = me.data !== undefined && !me.data.mustChangePassword && !me.data.mfaEnabled;
  const mfa = useMfaStatus(needsMfaCheck);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const [opened, { toggle, close }] = useDisclosure();

  // The account's language wins, unless the person picked another one on this visit (then the account follows it).
  useEffect(() => {
    const language = me.data?.language;
    if (isUiLanguage(language) && !languageChosenThisVisit()) void changeLanguage(language);
  }, [me.data?.language]);

  useEffect(close, [pathname, close]);

  if (me.isPending) return <FullPageLoader />;
  if (me.isError) return <QueryError error={me.error} onRetry={() => void me.refetch()} fullPage />;
  if (needsMfaCheck && mfa.isPending) return <FullPageLoader />;
  if (needsMfaCheck && mfa.isError) return <QueryError error={mfa.error} onRetry={() => void mfa.refetch()} fullPage />;

  const user = me.data;
  // A temporary password is changed first, then (where the role requires it) two-step sign-in is set up.
  if (user.mustChangePassword && pathname !== '/account/password') return <Navigate to="/account/password" />;
  if (!user.mustChangePassword && !user.mfaEnabled && mfa.data?.required && pathname !== '/account/two-step') return <Navigate to="/account/two-step" />;
  const restricted = user.mustChangePassword || (!user.mfaEnabled && mfa.data?.required === true);
  const items = restricted ? [] : NAV_ITEMS.filter((item) => !item.permission || user.permissions.includes(item.permission));
  const activeItem = activeNavItem(items, pathname);

  return (
    <MeProvider value={user}>
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              {items.length > 0 && <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggleMenu')} />}
              <UnstyledButton component={Link} to="/" aria-label={t('nav.homeLink')}>
                <Text fw={700} c="blue.9" truncate visibleFrom="sm">
                  {t('app.name')}
                </Text>
                {/* Phones: the short name, so the language and account menus keep their room. */}
                <Text fw={700} c="blue.9" hiddenFrom="sm" aria-hidden>
                  WG.4
                </Text>
              </UnstyledButton>
            </Group>
            <Group gap="xs" wrap="nowrap">
              <LanguageSwitcher saveToAccount />
              {!restricted && <NotificationBell />}
              <UserMenu user={user} />
            </Group>
          </Group>
        </AppShell.Header>
        {items.length > 0 && (
          <AppShell.Navbar p="xs" component="nav" aria-label={t('nav.main')}>
            <Stack gap={2}>
              {items.map((item) => (
                <NavLink
                  key={item.to}
                  component={Link}
                  to={item.to}
                  label={t(item.label)}
                  active={item.to === activeItem}
                  aria-current={item.to === activeItem ? 'page' : undefined}
                />
              ))}
            </Stack>
          </AppShell.Navbar>
        )}
        <AppShell.Main id="main-content" tabIndex={-1} component="main">
          <Suspense fallback={<FullPageLoader inline />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </MeProvider>
  );
}

/** Who is signed in (to their account page) and signing out: plain buttons, no popover code on the first page. */
function UserMenu({ user }: { user: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
  const navigate = useNavigate();
  const signOut = async () => {
    await logout.mutateAsync().catch(() => undefined);
    await navigate({ to: '/sign-in' });
  };
  return (
    <Group gap={4} wrap="nowrap">
      <Button variant="subtle" size="compact-md" component={Link} to="/account" title={t(`roles.${user.role}`)} visibleFrom="xs">
        <Text size="sm" truncate maw={{ base: 90, sm: 220 }}>
          {user.name}
        </Text>
      </Button>
      <Button variant="default" size="compact-md" onClick={() => void signOut()} loading={logout.isPending}>
        {t('nav.signOut')}
      </Button>
    </Group>
  );
}
