import { createMyApiToken, getOverview, logout, revokeMyApiToken, type Me } from '@leerkring/domain';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubApi } from '../../test/render-app';
import { callApi, setCsrfTokenSource } from '../../lib/api-client';
import { fieldErrorsOf, unplacedParams } from '../../lib/form-errors';
import { ApiProblem } from '../../lib/api-client';
import { mayEverWith, principalOf } from '../../lib/auth/principal';
import { safeReturnPath, signInUrl } from '../../lib/auth/return-path';

const admin: Me = {
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
const partner: Me = {
  ...admin,
  person: { ...admin.person, isAdmin: false, name: 'Pim Partner' },
  memberships: [
    {
      id: '5b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
      person: { id: admin.person.id, name: 'Pim Partner' },
      organisation: admin.person.organisation,
      context: { type: 'building-team', id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Bouwteam Jeugd' },
      role: 'partner',
      status: 'active',
      requestedBy: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: '2026-01-01T09:00:00Z',
    },
  ],
};

function noContent() {
  return vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => new Response(null, { status: 204 }));
}

afterEach(() => setCsrfTokenSource(() => null));

describe('CSRF token', () => {
  it('goes along on every change, from the session the cache knows, and never on a read', async () => {
    setCsrfTokenSource(() => 'csrf-123');
    const change = noContent();
    await callApi(revokeMyApiToken, { params: { tokenId: admin.person.id } }, { fetch: change });
    await callApi(logout, {}, { fetch: change });
    for (const [, init] of change.mock.calls) {
      expect((init?.headers as Record<string, string>)['X-CSRF-Token']).toBe('csrf-123');
      expect(init?.credentials).toBe('same-origin');
    }
    const read = vi.fn(
      async () =>
        new Response(JSON.stringify({ organisations: 1, regions: 1, buildingTeams: 1, learningGroups: 1 }), {
          status: 200,
        }),
    );
    await callApi(getOverview, {}, { fetch: read });
    const [, init] = read.mock.calls[0] as unknown as [string, RequestInit];
    expect((init.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });

  it('sends none when the session has none (signed in by bearer token)', async () => {
    const change = vi.fn(
      async (_input: RequestInfo | URL, _init?: RequestInit) =>
        new Response(JSON.stringify({}), { status: 400, headers: { 'Content-Type': 'application/json' } }),
    );
    await callApi(createMyApiToken, { body: { name: 'Koppeling' } }, { fetch: change }).catch(() => undefined);
    expect((change.mock.calls[0]?.[1]?.headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
  });
});

describe('principal from me', () => {
  it('is built from the person and their memberships, and the policy decides what they may', () => {
    expect(principalOf(partner)).toEqual({
      personId: admin.person.id,
      organisationId: admin.person.organisation.id,
      isAdmin: false,
      memberships: [
        { contextType: 'building-team', contextId: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', role: 'partner' },
      ],
    });
    expect(mayEverWith(partner, 'building-team:read')).toBe(true);
    expect(mayEverWith(partner, 'person:read')).toBe(false);
    expect(mayEverWith(admin, 'person:read')).toBe(true);
    expect(mayEverWith(undefined, 'overview:read')).toBe(false);
  });
});

describe('form errors', () => {
  it('puts each reason at its field and keeps the rest for the message', () => {
    const error = new ApiProblem({
      kind: 'problem',
      problem: {
        type: 'about:blank',
        title: 'Ongeldige invoer',
        status: 400,
        detail: 'Controleer de velden.',
        invalidParams: [
          { name: 'body.kvkNumber', reason: 'Een KvK-nummer bestaat uit 8 cijfers.' },
          { name: 'body.municipalityIds.2', reason: 'Geen gemeente.' },
          { name: 'body.kvkNumber', reason: 'Tweede reden.' },
          { name: 'query.page', reason: 'Te groot.' },
        ],
      },
    });
    expect(fieldErrorsOf(error)).toEqual({
      kvkNumber: 'Een KvK-nummer bestaat uit 8 cijfers.',
      municipalityIds: 'Geen gemeente.',
      page: 'Te groot.',
    });
    expect(unplacedParams(error, ['kvkNumber', 'municipalityIds']).map((param) => param.name)).toEqual(['query.page']);
    expect(fieldErrorsOf(new Error('x'))).toEqual({});
  });
});

describe('return path', () => {
  it('accepts only paths of this site', () => {
    expect(safeReturnPath('/beheer/personen?pagina=2')).toBe('/beheer/personen?pagina=2');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('/aanmelden')).toBe('/');
    expect(signInUrl({ returnTo: '/profiel', expired: true })).toBe('/aanmelden?terug=%2Fprofiel&sessie=verlopen');
  });
});

const notSignedIn = (code: string) => ({
  status: 401,
  contentType: 'application/problem+json',
  body: { type: 'about:blank', title: 'Niet aangemeld', status: 401, detail: 'Meld je aan.', code },
});

describe('pages and sign-in', () => {
  it('sends an anonymous visitor of / to the sign-in page', async () => {
    stubApi({
      '/me': notSignedIn('AUTH_NOT_SIGNED_IN'),
      '/auth/sso': { status: 200, body: { enabled: false, name: null } },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden bij Leerkring' })).toBeTruthy();
    const email = screen.getByLabelText('E-mailadres');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Wachtwoord').getAttribute('autocomplete')).toBe('current-password');
    expect(screen.queryByText(/Je sessie is verlopen/)).toBeNull();
  });

  it('says the session expired, and offers single sign-on when it is enabled', async () => {
    stubApi({
      '/me': notSignedIn('AUTH_SESSION_EXPIRED'),
      '/auth/sso': { status: 200, body: { enabled: true, name: 'Mijn Organisatie' } },
    });
    renderApp('/profiel');
    expect(await screen.findByText(/Je sessie is verlopen/)).toBeTruthy();
    const sso = await screen.findByRole('link', { name: 'Aanmelden met Mijn Organisatie' });
    expect(sso.getAttribute('href')).toBe('/api/v1/auth/oidc/authorization?returnTo=%2Fprofiel');
  });

  it('tells what went wrong with single sign-on', async () => {
    stubApi({ '/auth/sso': { status: 200, body: { enabled: true, name: null } } });
    renderApp('/aanmelden?sso=unknown');
    expect(await screen.findByText(/kent geen actief account/)).toBeTruthy();
  });

  it('shows a signed-in partner "Geen toegang" on an admin page, and no Beheer in the navigation', async () => {
    stubApi({ '/me': { status: 200, body: partner } });
    renderApp('/beheer/personen');
    expect(await screen.findByRole('heading', { level: 1, name: 'Geen toegang' })).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(nav.textContent).toContain('Bouwteams');
    expect(nav.textContent).not.toContain('Beheer');
  });

  it('shows the admin Beheer in the navigation', async () => {
    stubApi({
      '/me': { status: 200, body: admin },
      '/overview': { status: 200, body: { organisations: 1, regions: 1, buildingTeams: 0, learningGroups: 0 } },
    });
    renderApp('/beheer');
    expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('navigation', { name: 'Hoofdmenu' }).textContent).toContain('Beheer'));
    expect(screen.getByRole('link', { name: 'Toegangslog' })).toBeTruthy();
  });

  it('shows a demo banner on the sign-in page and every other page while the API runs in demo mode, in Dutch and English', async () => {
    const health = (demo: boolean) => ({
      status: 200,
      body: { status: 'ok', database: { kind: 'sqlite', reachable: true }, version: '1.0.0', demo },
    });
    stubApi({
      '/me': notSignedIn('AUTH_NOT_SIGNED_IN'),
      '/auth/sso': { status: 200, body: { enabled: false, name: null } },
      '/health': health(true),
    });
    const signIn = renderApp('/aanmelden');
    const banner = await screen.findByRole('complementary', { name: 'Demomodus' });
    expect(banner.textContent).toContain('alle gegevens zijn verzonnen');
    signIn.unmount();
    const en = (await import('../../locales/en.json')).default;
    expect(en.demo.text).toContain('fictional');

    stubApi({ '/me': { status: 200, body: partner }, '/health': health(true) });
    const home = renderApp('/profiel');
    expect(await screen.findByRole('complementary', { name: 'Demomodus' })).toBeTruthy();
    home.unmount();

    stubApi({
      '/me': notSignedIn('AUTH_NOT_SIGNED_IN'),
      '/auth/sso': { status: 200, body: { enabled: false, name: null } },
      '/health': health(false),
    });
    renderApp('/aanmelden');
    expect(await screen.findByRole('heading', { level: 1, name: 'Aanmelden bij Leerkring' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('complementary', { name: 'Demomodus' })).toBeNull();
  });

  it('lists tokens with their rights and expiry, and asks for both when creating one', async () => {
    const token = {
      id: '7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
      name: 'Rapportage',
      prefix: 'lk_abcdefg',
      scope: 'read',
      createdAt: '2026-01-01T09:00:00Z',
      expiresAt: '2026-04-01T09:00:00Z',
      lastUsedAt: null,
      revokedAt: null,
    };
    stubApi({
      '/me': { status: 200, body: partner },
      '/me/api-tokens': { status: 200, body: { items: [token] } },
      '/me/access-log': { status: 200, body: { items: [], page: 1, pageSize: 20, total: 0 } },
    });
    renderApp('/profiel');
    expect(await screen.findByRole('columnheader', { name: 'Rechten' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Verloopt' })).toBeTruthy();
    expect(screen.getByRole('cell', { name: 'Alleen lezen' })).toBeTruthy();
    const scope = screen.getByLabelText('Rechten van het token') as HTMLSelectElement;
    expect(scope.value).toBe('read');
    expect([...scope.options].map((option) => option.textContent)).toEqual(['Alleen lezen', 'Lezen en wijzigen']);
    const expiry = screen.getByLabelText('Geldig voor') as HTMLSelectElement;
    expect(expiry.value).toBe('90');
    expect([...expiry.options].map((option) => option.value)).toEqual(['30', '90', '180', '365']);
  });
});
