import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPrefix } from '../../../lib/api-client';
import { renderApp } from '../../../test/render-app';

const teamId = '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const agreementId = '1b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const versionId = '2b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const lessonId = '3b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const at = '2026-11-24T09:30:00Z';
const person = { id: '4b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Pim Oldenkamp' };
const other = { id: '5b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Priya Ramdin' };
const organisation = { id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Zorggroep De Linde' };

const me = {
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
      context: { type: 'building-team', id: teamId, name: 'Bouwteam Jeugd' },
      role: 'partner',
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
const agreement = {
  id: agreementId,
  context: { type: 'building-team', id: teamId, name: 'Bouwteam Jeugd' },
  title: 'Samenwerkingsafspraken bouwteam',
  scope: '',
  decisionRule: { kind: 'qualified-majority', share: 2 / 3 },
  versionInForce: null,
  latestVersion: { id: versionId, number: '0.4', status: 'concept' },
  createdAt: at,
  updatedAt: at,
};
const version = {
  id: versionId,
  agreementId,
  number: '0.4',
  status: 'concept',
  clauses: [
    { id: 'terugbellen', title: 'Terugbellen', text: 'Binnen twee werkdagen terugbellen.', lessonIds: [] },
    { id: 'evaluatie', title: 'Evaluatie', text: 'Elk kwartaal evalueren.', lessonIds: [lessonId] },
  ],
  changelog: 'Eerste opzet.',
  revision: 2,
  consentRound: 0,
  basedOnVersionId: null,
  consentDeadline: null,
  proposedById: null,
  validFrom: null,
  validUntil: null,
  createdBy: person,
  updatedBy: person,
  createdAt: at,
  updatedAt: at,
};
const theirs = {
  ...version,
  revision: 3,
  clauses: [{ ...version.clauses[0]!, text: 'Binnen één werkdag terugbellen.' }, version.clauses[1]!],
  updatedBy: other,
};

type Call = { method: string; path: string; headers: Record<string, string>; body: unknown };

function stubAgreementApi(patchAnswers: { status: number; body: unknown }[]) {
  const calls: Call[] = [];
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const path = new URL(String(input), 'http://localhost').pathname.slice(apiPrefix.length);
      const method = init?.method ?? 'GET';
      calls.push({
        method,
        path,
        headers: (init?.headers ?? {}) as Record<string, string>,
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      if (path === '/me') return json(200, me);
      if (path === `/agreements/${agreementId}`) return json(200, agreement);
      if (path === `/agreements/${agreementId}/versions/${versionId}` && method === 'GET') return json(200, version);
      if (path === `/agreements/${agreementId}/versions/${versionId}` && method === 'PATCH') {
        const answer = patchAnswers.shift()!;
        return json(answer.status, answer.body);
      }
      return json(404, { type: 'about:blank', title: 'Niet gevonden', status: 404, detail: path });
    }),
  );
  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the concept editor', () => {
  it('sends If-Match with the revision read and the clauses with their lessons; on 412 shows both texts, re-applies and saves with the new revision', async () => {
    const stale = {
      type: 'about:blank',
      title: 'Voorwaarde niet vervuld',
      status: 412,
      detail: 'Deze versie is intussen gewijzigd (nu revisie 3); er is niets overschreven.',
      code: 'AGREEMENT_STALE_REVISION',
      invalidParams: [{ name: 'header.If-Match', reason: 'De huidige ETag is "3".', code: 'stale' }],
      current: theirs,
    };
    const calls = stubAgreementApi([
      { status: 412, body: stale },
      { status: 200, body: { ...theirs, revision: 4 } },
    ]);
    renderApp(`/afspraken/${agreementId}/versies/${versionId}/bewerken`);
    const second = within(await screen.findByRole('group', { name: 'Artikel 2' }));
    fireEvent.change(second.getByLabelText('Tekst van het artikel (verplicht)'), {
      target: { value: 'Elk kwartaal evalueren, ook met inwoners.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));

    const conflict = within(
      await screen.findByRole('region', { name: 'Iemand anders heeft deze versie intussen gewijzigd' }),
    );
    const patch = calls.find((call) => call.method === 'PATCH')!;
    expect(patch.headers['If-Match']).toBe('"2"');
    expect(patch.body).toEqual({
      clauses: [
        { id: 'terugbellen', title: 'Terugbellen', text: 'Binnen twee werkdagen terugbellen.', lessonIds: [] },
        {
          id: 'evaluatie',
          title: 'Evaluatie',
          text: 'Elk kwartaal evalueren, ook met inwoners.',
          lessonIds: [lessonId],
        },
      ],
      changelog: 'Eerste opzet.',
    });
    const stored = within(conflict.getByRole('region', { name: 'Zoals het nu is opgeslagen (revisie 3)' }));
    const mine = within(conflict.getByRole('region', { name: 'Jouw tekst (nog niet opgeslagen)' }));
    expect(stored.getByText('Binnen één werkdag terugbellen.')).toBeTruthy();
    expect(stored.getByText('intussen gewijzigd')).toBeTruthy();
    expect(mine.getByText('Elk kwartaal evalueren, ook met inwoners.')).toBeTruthy();
    expect(mine.getByText('door jou gewijzigd')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Opslaan' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(conflict.getByRole('button', { name: 'Neem mijn wijzigingen over op de nieuwe versie' }));
    expect(await screen.findByText(/Jouw wijzigingen staan nu op de opgeslagen tekst \(revisie 3\)/)).toBeTruthy();
    const texts = screen
      .getAllByLabelText('Tekst van het artikel (verplicht)')
      .map((field) => (field as HTMLTextAreaElement).value);
    expect(texts).toEqual(['Binnen één werkdag terugbellen.', 'Elk kwartaal evalueren, ook met inwoners.']);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls.filter((call) => call.method === 'PATCH')).toHaveLength(2));
    const retry = calls.filter((call) => call.method === 'PATCH')[1]!;
    expect(retry.headers['If-Match']).toBe('"3"');
    expect((retry.body as { clauses: { text: string }[] }).clauses.map((clause) => clause.text)).toEqual(texts);
  });

  it('moves, adds and removes clauses with buttons, keeping focus on the clause moved', async () => {
    const calls = stubAgreementApi([{ status: 200, body: version }]);
    renderApp(`/afspraken/${agreementId}/versies/${versionId}/bewerken`);
    await screen.findByRole('group', { name: 'Artikel 2' });
    fireEvent.click(screen.getByRole('button', { name: /^Omlaag\s*: Artikel 1\. Terugbellen$/ }));
    await waitFor(() => expect(document.activeElement?.id).toBe('clause-terugbellen-up'));
    expect(screen.getByText('Terugbellen staat nu op plaats 2 van 2.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Artikel toevoegen' }));
    const third = within(await screen.findByRole('group', { name: 'Artikel 3' }));
    await waitFor(() => expect(document.activeElement).toBe(third.getByLabelText('Titel van het artikel')));
    fireEvent.change(third.getByLabelText('Titel van het artikel'), { target: { value: 'Nieuw' } });
    fireEvent.change(third.getByLabelText('Tekst van het artikel (verplicht)'), {
      target: { value: 'Een nieuw artikel.' },
    });
    fireEvent.click(screen.getByRole('button', { name: /^Verwijderen\s*: Artikel 2\. Terugbellen$/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(calls.some((call) => call.method === 'PATCH')).toBe(true));
    const body = calls.find((call) => call.method === 'PATCH')!.body as {
      clauses: { id: string; title: string; lessonIds: string[] }[];
    };
    expect(body.clauses.map((clause) => clause.title)).toEqual(['Evaluatie', 'Nieuw']);
    expect(body.clauses[0]!.lessonIds).toEqual([lessonId]);
    expect(body.clauses[1]!.id).toMatch(/^artikel-[a-z0-9]+$/);
  });
});
