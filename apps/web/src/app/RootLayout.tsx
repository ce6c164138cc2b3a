import { Outlet } from '@tanstack/react-router';
import { Suspense } from 'react';
import { FullPageLoader } from '@/components/FullPageLoader';

export function RootLayout() {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <Outlet />
    </Suspense>
  );
}
