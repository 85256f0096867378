import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { csrfTokenIn } from '../lib/auth/me-query';
import { setCsrfTokenSource } from '../lib/api-client';
import { i18n } from '../lib/i18n';

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  // Changes carry the CSRF token of the session that this query cache knows.
  setCsrfTokenSource(() => csrfTokenIn(queryClient));
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </I18nextProvider>
  );
}
