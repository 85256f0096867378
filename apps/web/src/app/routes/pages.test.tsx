import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, stubApi } from '../../test/render-app';

const overview = { organisations: 1234, regions: 3, buildingTeams: 4, learningGroups: 1 };
const team = {
  id: '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  name: 'Bouwteam Jeugd Oude IJsselstreek',
  theme: 'youth',
  description: 'Eerst buurten, dan zorgen.',
  startDate: '2024-03-01',
  municipality: { id: '1b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Gemeente Oude IJsselstreek' },
  partners: [{ id: '2b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Sociaal Team' }],
  createdAt: '2026-01-01T09:00:00Z',
  updatedAt: '2026-01-01T09:00:00Z',
};
const teams = { items: [team], meta: { page: 1, pageSize: 3, totalItems: 4, totalPages: 2 } };
export const me = {
  person: {
    id: '3b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
    name: 'Bea Heerder',
    email: 'beheerder@leerkring.test',
    organisation: { id: '4b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Leerkring' },
    isAdmin: true,
    active: true,
    hasPassword: true,
    createdAt: '2026-01-01T09:00:00Z',
    updatedAt: '2026-01-01T09:00:00Z',
  },
  memberships: [],
  csrfToken: 'csrf-123',
  authenticatedBy: 'session',
};
const signedIn = { status: 200, body: me };

describe('start page', () => {
  it('shows the counts, formatted in Dutch, and the first bouwteams', async () => {
    stubApi({
      '/me': signedIn,
      '/overview': { status: 200, body: overview },
      '/building-teams': { status: 200, body: teams },
    });
    renderApp('/');
    const counts = await screen.findByRole('list', { name: 'Aantallen' });
    const items = within(counts)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual(['1.234 organisaties', "3 regio's", '4 bouwteams', '1 leergroep']);
    expect(await screen.findByRole('heading', { name: team.name })).toBeTruthy();
    expect(screen.getByText('1 maart 2024')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Alle bouwteams bekijken' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Start – Leerkring'));
  });

  it('shows the problem the API answered, and not a blank page', async () => {
    stubApi({
      '/me': signedIn,
      '/overview': {
        status: 503,
        contentType: 'application/problem+json',
        body: {
          type: 'about:blank',
          title: 'Dienst niet beschikbaar',
          status: 503,
          detail: 'De database is even niet bereikbaar.',
        },
      },
      '/building-teams': { status: 200, body: teams },
    });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dienst niet beschikbaar');
    expect(alert.textContent).toContain('De database is even niet bereikbaar.');
    expect(screen.getByRole('heading', { level: 1, name: 'Welkom bij Leerkring' })).toBeTruthy();
  });

  it('switches to English with the language switch', async () => {
    stubApi({
      '/me': signedIn,
      '/overview': { status: 200, body: overview },
      '/building-teams': { status: 200, body: teams },
    });
    renderApp('/');
    await screen.findByRole('list', { name: 'Aantallen' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Leerkring' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Counts' }).textContent).toContain('1,234 organisations');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
  });
});

describe('unknown routes', () => {
  it('shows the not-found page with a way home', async () => {
    stubApi({ '/me': signedIn });
    renderApp('/bestaat-niet');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' })).toBeTruthy();
    expect(screen.getByText(/\/bestaat-niet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Naar de startpagina' }).getAttribute('href')).toBe('/');
  });
});
