import { Stack, type StackProps } from '@mantine/core';
import type { FormEventHandler, ReactNode } from 'react';

/** A form laid out as a Stack; the browser's own validation bubbles are off (the fields show their errors). */
export function FormStack({ onSubmit, children, ...stack }: Omit<StackProps, 'onSubmit' | 'children'> & { onSubmit: FormEventHandler<HTMLFormElement>; children: ReactNode }) {
  return (
    <form noValidate onSubmit={onSubmit}>
      <Stack {...stack}>{children}</Stack>
    </form>
  );
}
