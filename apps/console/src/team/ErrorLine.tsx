import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

export function ErrorLine({ children }: { children: ReactNode }) {
  return (
    <Alert color="red" py={6} mb="xs" role="alert">
      {children}
    </Alert>
  );
}
