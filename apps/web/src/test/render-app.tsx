import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, MemoryRouter, RouterProvider } from 'react-router';
import { vi } from 'vitest';
import { AppProviders } from '../app/providers';
import { routes } from '../app/router';
import { apiPrefix } from '../lib/api-client';

/** Renders a part of the app in the app's providers and a router, with a fresh query cache and no retries. */
export function renderInApp(ui: ReactNode) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter>{ui}</MemoryRouter>
    </AppProviders>,
  );
}

/** Renders the whole app at a path, with a fresh query cache and no retries. */
export function renderApp(path: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  return render(
    <AppProviders queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
}

type Answer = { status: number; body: unknown; contentType?: string };

/** Answers API calls by path (below the prefix, without query string); anything else is a 404 problem. */
export function stubApi(answers: Record<string, Answer>) {
  const fetchStub = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), 'http://localhost');
    const path = url.pathname.slice(apiPrefix.length);
    const answer = answers[path] ?? {
      status: 404,
      body: { type: 'about:blank', title: 'Niet gevonden', status: 404, detail: `Geen ${path}` },
      contentType: 'application/problem+json',
    };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status,
      headers: { 'Content-Type': answer.contentType ?? 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return fetchStub;
}
