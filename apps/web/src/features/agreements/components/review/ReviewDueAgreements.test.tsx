import type { Me } from '@leerkring/domain';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderApp, stubApi } from '../../../../test/render-app';

const at = '2026-03-01T09:00:00Z';
const teamId = '2b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const groupId = '8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const organisation = { id: '3b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Zorggroep De Linde' };
const member: Me = {
  person: {
    id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
    name: 'Cor Coördinator',
    email: 'coordinator@leerkring.test',
    organisation,
    isAdmin: false,
    active: true,
    hasPassword: true,
    createdAt: at,
    updatedAt: at,
  },
  memberships: [
    {
      id: '7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
      person: { id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Cor Coördinator' },
      organisation,
      context: { type: 'learning-group', id: groupId, name: 'Financieren vanuit de bedoeling' },
      role: 'coordinator',
      status: 'active',
      requestedBy: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: at,
    },
  ],
  csrfToken: 'csrf-123',
  authenticatedBy: 'session',
};
const agreementOf = (
  id: string,
  title: string,
  context: { type: 'building-team' | 'learning-group'; id: string; name: string },
  version: { id: string; number: string; reviewDate: string },
) => ({
  id,
  context,
  title,
  scope: '',
  decisionRule: { kind: 'no-objection-and-share', share: 2 / 3 },
  versionInForce: { ...version, status: 'beta' },
  latestVersion: { ...version, status: 'beta' },
  createdAt: at,
  updatedAt: at,
});
const talkingDocument = agreementOf(
  '9b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  'Gespreksdocument',
  { type: 'learning-group', id: groupId, name: 'Financieren vanuit de bedoeling' },
  {
    id: 'ab7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
    number: '0.4',
    reviewDate: '2026-03-11',
  },
);
const teamAgreement = agreementOf(
  'bb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  'Samenwerkingsafspraken bouwteam',
  { type: 'building-team', id: teamId, name: 'Bouwteam Jeugd' },
  {
    id: 'cb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
    number: '0.3',
    reviewDate: '2026-02-26',
  },
);

describe('agreements due for review on the start page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('lists each agreement whose version in force is due within 30 days or overdue, soonest first, linking the version', async () => {
    const fetch = stubApi({
      '/me': { status: 200, body: member },
      '/me/work': { status: 200, body: { sessions: [], actions: [], consentsOwed: [], reviewsDue: [], drafts: [] } },
      '/overview': { status: 200, body: { organisations: 1, regions: 1, buildingTeams: 1, learningGroups: 1 } },
      '/building-teams': {
        status: 200,
        body: { items: [], meta: { page: 1, pageSize: 3, totalItems: 0, totalPages: 0 } },
      },
      '/agreements': {
        status: 200,
        body: {
          items: [talkingDocument, teamAgreement],
          meta: { page: 1, pageSize: 20, totalItems: 2, totalPages: 1 },
        },
      },
    });
    renderApp('/');
    const section = (await screen.findByRole('heading', { level: 2, name: 'Afspraken om te herzien' })).closest(
      'section',
    )!;
    const items = await within(section).findAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Samenwerkingsafspraken bouwteam, versie 0.3 (bèta) (Bouwteam Jeugd): herzien op 26 februari 2026, 3 dagen over tijd',
      'Gespreksdocument, versie 0.4 (bèta) (leergroep Financieren vanuit de bedoeling): herzien op 11 maart 2026, over 10 dagen',
    ]);
    expect(
      within(section).getByRole('link', { name: 'Gespreksdocument, versie 0.4 (bèta)' }).getAttribute('href'),
    ).toBe(`/afspraken/${talkingDocument.id}/versies/ab7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10`);
    const asked = fetch.mock.calls.map(([input]) => String(input)).find((url) => url.startsWith('/api/v1/agreements'));
    expect(asked).toBe('/api/v1/agreements?reviewDueWithinDays=30&page=1&pageSize=20');
  });
});
