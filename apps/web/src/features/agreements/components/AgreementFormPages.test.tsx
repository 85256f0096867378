import type { Me } from '@leerkring/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { apiPrefix } from '../../../lib/api-client';
import { renderApp } from '../../../test/render-app';

const at = '2026-03-01T09:00:00Z';
const groupId = '8b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const agreementId = '9b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const organisation = { id: '3b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Gemeente Doetinchem' };
const person = { id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Pim Partner' };
const group = {
  id: groupId,
  name: 'Financieren vanuit de bedoeling',
  theme: 'Financieren',
  description: '',
  startDate: null,
  endDate: null,
  regions: [],
  createdAt: at,
  updatedAt: at,
};
const meWith = (role: 'partner' | 'coordinator'): Me => ({
  person: {
    ...person,
    email: 'partner@leerkring.test',
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
      person,
      organisation,
      context: { type: 'learning-group', id: groupId, name: group.name },
      role,
      status: 'active',
      requestedBy: null,
      decidedBy: null,
      decidedAt: null,
      createdAt: at,
    },
  ],
  csrfToken: 'csrf-123',
  authenticatedBy: 'session',
});
const created = {
  id: agreementId,
  context: { type: 'learning-group', id: groupId, name: group.name },
  title: 'Gespreksdocument wijkbudget',
  scope: '',
  decisionRule: { kind: 'qualified-majority', share: 0.6 },
  versionInForce: null,
  latestVersion: { id: 'ab7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', number: '0.1', status: 'concept' },
  createdAt: at,
  updatedAt: at,
};
const emptyPage = { items: [], meta: { page: 1, pageSize: 20, totalItems: 0, totalPages: 0 } };

/** Answers by method and path below the API prefix; records what was sent. */
function stubApi(answers: Record<string, { status: number; body: unknown }>) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname.slice(apiPrefix.length);
      const method = init?.method ?? 'GET';
      sent.push({ method, path, body: init?.body ? JSON.parse(String(init.body)) : undefined });
      const answer = answers[`${method} ${path}`] ?? {
        status: 404,
        body: { type: 'about:blank', title: 'Niet gevonden', status: 404 },
      };
      const contentType = answer.status >= 400 ? 'application/problem+json' : 'application/json';
      return new Response(JSON.stringify(answer.body), {
        status: answer.status,
        headers: { 'Content-Type': contentType },
      });
    }),
  );
  return sent;
}

describe('starting the agreement of a learning group', () => {
  it('links a partner from the learning group page to the form, and sends the learning group as the context', async () => {
    const sent = stubApi({
      'GET /me': { status: 200, body: meWith('partner') },
      'GET /learning-groups': {
        status: 200,
        body: { ...emptyPage, items: [group], meta: { ...emptyPage.meta, totalItems: 1, totalPages: 1 } },
      },
      [`GET /learning-groups/${groupId}`]: { status: 200, body: { ...group, members: [] } },
      'GET /agreements': { status: 200, body: emptyPage },
      'POST /agreements': { status: 201, body: created },
      [`GET /agreements/${agreementId}`]: { status: 200, body: created },
    });
    renderApp(`/leergroepen/${groupId}`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Gespreksdocument en afspraken' })).closest(
      'section',
    )!;
    const link = await within(section).findByRole('link', { name: 'Nieuwe afspraak' });
    expect(link.getAttribute('href')).toBe(`/afspraken/nieuw?leergroep=${groupId}`);
    fireEvent.click(link);

    await screen.findByRole('heading', { level: 1, name: 'Nieuwe afspraak' });
    await screen.findByText(/^Voor Leergroep Financieren vanuit de bedoeling\./);
    fireEvent.change(screen.getByLabelText('Titel (verplicht)'), { target: { value: 'Gespreksdocument wijkbudget' } });
    fireEvent.click(screen.getByRole('radio', { name: /^Gekwalificeerde meerderheid/ }));
    fireEvent.change(screen.getByLabelText('Deel van de partnerorganisaties dat moet instemmen (%)'), {
      target: { value: '60' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Afspraak starten' }));

    await screen.findByRole('heading', { level: 1, name: 'Gespreksdocument wijkbudget' });
    expect(sent.find((request) => request.method === 'POST')).toEqual({
      method: 'POST',
      path: '/agreements',
      body: {
        context: { type: 'learning-group', id: groupId },
        title: 'Gespreksdocument wijkbudget',
        scope: '',
        decisionRule: { kind: 'qualified-majority', share: 0.6 },
        clauses: [],
        changelog: '',
      },
    });
  });

  it("offers the link to the group's coordinator, who drafts its talking document (issue #14)", async () => {
    stubApi({
      'GET /me': { status: 200, body: meWith('coordinator') },
      'GET /learning-groups': {
        status: 200,
        body: { ...emptyPage, items: [group], meta: { ...emptyPage.meta, totalItems: 1, totalPages: 1 } },
      },
      [`GET /learning-groups/${groupId}`]: { status: 200, body: { ...group, members: [] } },
      'GET /agreements': { status: 200, body: emptyPage },
    });
    renderApp(`/leergroepen/${groupId}`);
    const section = (await screen.findByRole('heading', { level: 2, name: 'Gespreksdocument en afspraken' })).closest(
      'section',
    )!;
    await within(section).findByText('Er zijn nog geen afspraken.');
    const link = await within(section).findByRole('link', { name: 'Nieuwe afspraak' });
    expect(link.getAttribute('href')).toBe(`/afspraken/nieuw?leergroep=${groupId}`);
  });
});
