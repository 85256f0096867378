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

const partnerMe = {
  ...me,
  person: {
    ...me.person,
    id: '5b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
    name: 'Petra Partner',
    email: 'partner@leerkring.test',
    isAdmin: false,
  },
  memberships: [
    {
      id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
      person: { id: '5b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Petra Partner' },
      organisation: { id: '4b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Sociaal Team' },
      context: { type: 'building-team', id: team.id, name: team.name },
      role: 'partner',
      status: 'active',
      requestedBy: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-01-01T09:00:00Z',
    },
  ],
};
const agreementItem = {
  agreement: { id: '7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Samenwerkingsafspraken' },
  context: { type: 'building-team', id: team.id, name: team.name },
  version: { id: '8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', number: '0.4', status: 'proposed' },
  since: '2026-02-01T09:00:00Z',
};
const work = {
  sessions: [
    {
      id: '9b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
      buildingTeam: { id: team.id, name: team.name },
      method: {
        id: 'ab7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
        code: 'incident',
        name: { nl: 'Incidentmethode', en: 'Incident method' },
      },
      plannedDate: '2099-03-01',
      status: 'planned',
      myRoles: ['inbrenger'],
    },
  ],
  actions: [],
  consentsOwed: [agreementItem],
  reviewsDue: [],
  drafts: [],
};

describe('start page', () => {
  it("shows a partner's work: the next session with their role, the stance owed, and what to do where nothing waits", async () => {
    stubApi({ '/me': { status: 200, body: partnerMe }, '/me/work': { status: 200, body: work } });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Voor jou' })).toBeTruthy();
    const sessions = await screen.findByRole('list', { name: 'Je volgende sessies' });
    expect(within(sessions).getByRole('link', { name: 'Incidentmethode, 1 maart 2099' }).getAttribute('href')).toBe(
      '/sessies/9b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
    );
    expect(sessions.textContent).toContain('Jij bent inbrenger.');
    const consents = screen.getByRole('list', { name: 'Instemming gevraagd' });
    expect(
      within(consents)
        .getByRole('link', { name: 'Geef het standpunt van je organisatie over Samenwerkingsafspraken 0.4' })
        .getAttribute('href'),
    ).toBe('/afspraken/7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10/versies/8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10');
    expect(screen.getByText(/Geen open acties voor jou of je organisatie/)).toBeTruthy();
    expect(screen.getByRole('link', { name: team.name }).getAttribute('href')).toBe(`/bouwteams/${team.id}`);
    // Not an administrator: no counts of the platform.
    expect(screen.queryByRole('list', { name: 'Aantallen' })).toBeNull();
    await waitFor(() => expect(document.title).toBe('Start – Leerkring'));
  });

  it('shows the administrator their pages and the counts, formatted in Dutch', async () => {
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
    expect(screen.getByRole('link', { name: 'Lidmaatschappen en rollen' }).getAttribute('href')).toBe(
      '/beheer/lidmaatschappen',
    );
  });

  it('shows the problem the API answered, and not a blank page', async () => {
    stubApi({
      '/me': { status: 200, body: partnerMe },
      '/me/work': {
        status: 503,
        contentType: 'application/problem+json',
        body: {
          type: 'about:blank',
          title: 'Dienst niet beschikbaar',
          status: 503,
          detail: 'De database is even niet bereikbaar.',
        },
      },
    });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dienst niet beschikbaar');
    expect(alert.textContent).toContain('De database is even niet bereikbaar.');
    expect(screen.getByRole('heading', { level: 1, name: 'Voor jou' })).toBeTruthy();
  });

  it('switches to English with the language switch', async () => {
    stubApi({ '/me': { status: 200, body: partnerMe }, '/me/work': { status: 200, body: work } });
    renderApp('/');
    await screen.findByRole('list', { name: 'Je volgende sessies' });
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'For you' })).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Your next sessions' }).textContent).toContain('You are case presenter.');
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
