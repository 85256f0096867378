import type { ConsentRound, Me } from '@leerkring/domain';
import { vi } from 'vitest';
import { apiPrefix } from '../../../../lib/api-client';

// The answers and the stand-in event stream the consent round section's tests run on.

export const agreementId = '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
export const versionId = '1b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const teamId = '2b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
export const linde = { id: '3b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Zorggroep De Linde' };
const oost = { id: '4b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Jeugdhulp Oost Achterhoek' };
const rest = { id: '5b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Sociaal Team' };
export const at = '2026-03-01T09:00:00Z';
const reference = { id: '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Fem Facilitator' };

export function personWith(role: 'partner' | 'facilitator'): Me {
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

export const rule = { kind: 'qualified-majority', share: 2 / 3 } as const;
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
export const version = {
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
export const stance = (
  id: number,
  organisation: { id: string; name: string },
  value: 'consent' | 'object' | 'stand-aside',
  reason: string | null = null,
  current = true,
) => ({
  id: `${id}b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b1${id}`.slice(0, 36),
  round: 1,
  organisation,
  region: null,
  stance: value,
  reason,
  current,
  givenBy: null,
  givenAt: at,
});
export const objection = 'Binnen een week een casusregisseur kiezen lukt niet in de zomer.';
export const round: ConsentRound = {
  versionId,
  round: 1,
  open: true,
  decisionRule: rule,
  votesBy: 'organisation',
  tally: { total: 3, consent: 2, object: 1, standAside: 0, none: 0, consentNeeded: 2, decided: true, blockedBy: null },
  items: [stance(1, linde, 'consent'), stance(2, oost, 'object', objection), stance(3, rest, 'consent')],
};

/** Answers by method and path below the API prefix; records what was sent. */
export function stubApi(answers: Record<string, { status: number; body: unknown }>) {
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

export const base = `/agreements/${agreementId}/versions/${versionId}`;
export const reads = (me: Me, consents: ConsentRound = round) => ({
  'GET /me': { status: 200, body: me },
  [`GET /agreements/${agreementId}`]: { status: 200, body: agreement },
  [`GET ${base}`]: { status: 200, body: version },
  [`GET ${base}/consents`]: { status: 200, body: consents },
});

/** A stand-in for the browser's EventSource, so a test can send `round` events or let the stream fail. */
export class FakeEventSource {
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
