import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { FullPageLoader } from '@/components/FullPageLoader';
import { LanguageSwitcher } from '@/components/LanguageSwitcher';

/** Sign-in, invitation, password pages: one card, the language switcher always at hand. */
export function PublicLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0" py="xl">
      <a className="skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <Container size={460} px="md">
        <Stack gap="lg">
          <Group justify="space-between" align="flex-start" wrap="nowrap" component="header">
            <div>
              <Text fw={700} size="lg" c="blue.9">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
            <LanguageSwitcher />
          </Group>
          <Paper withBorder shadow="sm" p="lg" radius="md" component="main" id="main-content" tabIndex={-1}>
            <Suspense fallback={<FullPageLoader inline />}>
              <Outlet />
            </Suspense>
          </Paper>
          <Title order={2} size="xs" fw={400} c="dimmed" ta="center">
            {t('app.footer')}
          </Title>
        </Stack>
      </Container>
    </Box>
  );
}
