import type { ConsentRound, Me } from '@leerkring/domain';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../../../app/providers';
import { apiPrefix } from '../../../../lib/api-client';
import { ConsentRoundSection } from './ConsentRoundSection';

const agreementId = '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const versionId = '1b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const teamId = '2b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const linde = { id: '3b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Zorggroep De Linde' };
const oost = { id: '4b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Jeugdhulp Oost Achterhoek' };
const rest = { id: '5b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Sociaal Team' };
const at = '2026-03-01T09:00:00Z';
const reference = { id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Fem Facilitator' };

function personWith(role: 'partner' | 'facilitator'): Me {
  return {
    person: {
      id: reference.id,
      name: role === 'partner' ? 'Pim Partner' : 'Fem Facilitator',
      email: `${role}@leerkring.test`,
      organisation: linde,
      isAdmin: false,
      active: true,
      hasPassword: true,
      createdAt: at,
      updatedAt: at,
    },
    memberships: [
      {
        id: '7b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
        person: reference,
        organisation: linde,
        context: { type: 'building-team', id: teamId, name: 'Bouwteam Jeugd' },
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
  };
}

const rule = { kind: 'qualified-majority', share: 2 / 3 } as const;
const agreement = {
  id: agreementId,
  context: { type: 'building-team', id: teamId, name: 'Bouwteam Jeugd' },
  title: 'Samenwerkingsafspraken bouwteam',
  scope: '',
  decisionRule: rule,
  versionInForce: null,
  latestVersion: { id: versionId, number: '0.4', status: 'proposed' },
  createdAt: at,
  updatedAt: at,
};
const version = {
  id: versionId,
  agreementId,
  number: '0.4',
  status: 'proposed',
  clauses: [],
  changelog: '',
  revision: 3,
  consentRound: 1,
  basedOnVersionId: null,
  validFrom: null,
  validUntil: null,
  createdBy: reference,
  updatedBy: reference,
  createdAt: at,
  updatedAt: at,
};
const stance = (
  id: number,
  organisation: { id: string; name: string },
  value: 'consent' | 'object' | 'stand-aside',
  reason: string | null = null,
  current = true,
) => ({
  id: `${id}b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b1${id}`.slice(0, 36),
  round: 1,
  organisation,
  stance: value,
  reason,
  current,
  givenBy: null,
  givenAt: at,
});
const objection = 'Binnen een week een casusregisseur kiezen lukt niet in de zomer.';
const round: ConsentRound = {
  versionId,
  round: 1,
  open: true,
  decisionRule: rule,
  tally: { total: 3, consent: 2, object: 1, standAside: 0, none: 0, consentNeeded: 2, decided: true, blockedBy: null },
  items: [stance(1, linde, 'consent'), stance(2, oost, 'object', objection), stance(3, rest, 'consent')],
};

/** Answers by method and path below the API prefix; records what was sent. */
function stubApi(answers: Record<string, { status: number; body: unknown }>) {
  const sent: { method: string; path: string; body: unknown }[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
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
  });
  vi.stubGlobal('fetch', fetchStub);
  return sent;
}

const base = `/agreements/${agreementId}/versions/${versionId}`;
const reads = (me: Me, consents: ConsentRound = round) => ({
  'GET /me': { status: 200, body: me },
  [`GET /agreements/${agreementId}`]: { status: 200, body: agreement },
  [`GET ${base}`]: { status: 200, body: version },
  [`GET ${base}/consents`]: { status: 200, body: consents },
});

/** A stand-in for the browser's EventSource, so a test can send `round` events or let the stream fail. */
class FakeEventSource {
  static last: FakeEventSource | undefined;
  readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.last = this;
  }
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close() {
    this.closed = true;
  }
  emit(type: string, data?: unknown) {
    for (const listener of this.listeners.get(type) ?? [])
      listener(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

function renderSection() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <AppProviders queryClient={queryClient}>
      <MemoryRouter>
        <ConsentRoundSection agreementId={agreementId} versionId={versionId} />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('the consent round of a version', () => {
  beforeEach(() => {
    FakeEventSource.last = undefined;
    vi.stubGlobal('EventSource', FakeEventSource);
  });
  afterEach(() => vi.useRealTimers());

  it('tells the counts, the rule and the decision in words, with every objection and its reason', async () => {
    stubApi(reads(personWith('facilitator')));
    renderSection();
    const tally = await screen.findByTestId('consent-tally');
    expect(tally.textContent).toBe('2 van 3 organisaties stemmen in, 1 maakt bezwaar, 0 staan opzij, 0 nog niet.');
    expect(tally.closest('[aria-live="polite"]')).toBeTruthy();
    expect(screen.getByTestId('consent-decision').textContent).toBe(
      'Besloten volgens de beslisregel: 2 van 3 stemmen in, minstens 2 waren nodig.',
    );
    expect(
      screen.getByText(
        /Gekwalificeerde meerderheid: minstens 2 van 3 organisaties stemmen in; bezwaren worden gehoord maar blokkeren niet\./,
      ),
    ).toBeTruthy();
    const objections = screen.getByRole('list', { name: '1 bezwaar' });
    expect(objections.textContent).toContain(`Jeugdhulp Oost Achterhoek: ${objection}`);
    const table = screen.getByRole('table', { name: 'Standpunt van elke partnerorganisatie in ronde 1' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Jeugdhulp Oost AchterhoekMaakt bezwaar');
    // A facilitator gives no stance, and may put the decided proposal in force.
    expect(screen.queryByRole('radio', { name: /Instemmen/ })).toBeNull();
    expect(await screen.findByRole('heading', { name: 'Versie 0.4 in werking stellen' })).toBeTruthy();
  });

  it('replaces the round with each server-sent event, and polls when the stream fails', async () => {
    stubApi(reads(personWith('facilitator')));
    renderSection();
    await screen.findByTestId('consent-tally');
    await waitFor(() => expect(FakeEventSource.last?.url).toBe(`/api/v1${base}/consent-events`));
    const source = FakeEventSource.last!;
    act(() => source.emit('open'));
    expect(await screen.findByText('De telling werkt live bij.')).toBeTruthy();
    act(() =>
      source.emit('round', {
        ...round,
        tally: { ...round.tally, consent: 1, object: 2, decided: false, blockedBy: 'not-enough-consent' },
        items: [
          ...round.items.map((item) => (item.organisation.id === linde.id ? { ...item, current: false } : item)),
          { ...stance(4, linde, 'object', 'Eerst de zomer afwachten.'), givenAt: '2026-03-02T09:00:00Z' },
        ],
      }),
    );
    expect((await screen.findByTestId('consent-tally')).textContent).toBe(
      '1 van 3 organisaties stemt in, 2 maken bezwaar, 0 staan opzij, 0 nog niet.',
    );
    expect(screen.getByTestId('consent-decision').textContent).toBe(
      'Nog niet besloten: er is nog 1 instemming nodig (minstens 2 van 3).',
    );
    expect(screen.getAllByText('Eerst de zomer afwachten.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('heading', { name: 'Versie 0.4 in werking stellen' })).toBeNull();
    // A broken stream closes, and the page keeps working by polling.
    act(() => source.emit('error'));
    expect(source.closed).toBe(true);
    expect(await screen.findByText('De telling werkt elke 5 seconden bij.')).toBeTruthy();
  });

  it("lets a partner give their organisation's stance: an objection needs a reason, refused reasons show at the field", async () => {
    const sent = stubApi({
      ...reads(personWith('partner')),
      [`POST ${base}/consents`]: {
        status: 422,
        body: {
          type: 'about:blank',
          title: 'Ongeldige invoer',
          status: 422,
          detail: 'De invoer klopt niet.',
          invalidParams: [{ name: 'body.reason', reason: 'Deze reden is te kort.' }],
        },
      },
    });
    renderSection();
    const form = await screen.findByRole('form', { name: 'Standpunt van Zorggroep De Linde' });
    expect((within(form).getByRole('radio', { name: /Instemmen/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(form).getByRole('radio', { name: /Bezwaar maken/ }));
    fireEvent.click(within(form).getByRole('button', { name: 'Standpunt wijzigen' }));
    const reason = await within(form).findByLabelText('Reden van het bezwaar');
    expect(within(form).getByText('Geef bij een bezwaar een reden van minstens 3 tekens.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(sent.filter((call) => call.method === 'POST')).toHaveLength(0);

    fireEvent.change(reason, { target: { value: 'Niet in de zomer.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Standpunt wijzigen' }));
    expect(await within(form).findByText('Deze reden is te kort.')).toBeTruthy();
    expect(sent.find((call) => call.method === 'POST')?.body).toEqual({
      stance: 'object',
      reason: 'Niet in de zomer.',
    });
    // Partners do not put versions in force.
    expect(screen.queryByRole('heading', { name: 'Versie 0.4 in werking stellen' })).toBeNull();
  });

  it('shows a refused decision (409) clearly', async () => {
    stubApi({
      ...reads(personWith('facilitator')),
      [`POST ${base}/in-force`]: {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'Het besluit is nog niet genomen: 2 van 3 organisaties stemmen in, 1 maken bezwaar.',
        },
      },
    });
    renderSection();
    const form = await screen.findByRole('form', { name: 'Versie 0.4 in werking stellen' });
    fireEvent.click(within(form).getByRole('button', { name: 'In werking stellen' }));
    expect(await within(form).findByText('Geef een herzieningsdatum.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Herzieningsdatum'), { target: { value: '2030-06-30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'In werking stellen' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Deze versie kan (nu) niet in werking worden gesteld.');
    expect(alert.textContent).toContain('Het besluit is nog niet genomen');
  });
});
