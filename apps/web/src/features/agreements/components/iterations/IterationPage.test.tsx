import { analyseRunChart, type Iteration, type Measure, type Me } from '@leerkring/domain';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp, stubApi } from '../../../../test/render-app';

const at = '2026-03-01T09:00:00Z';
const teamId = '2b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const agreementId = 'bb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const v03 = { id: 'cb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', number: '0.3' };
const v04 = { id: 'db7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', number: '0.4' };
const iterationId = 'eb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';
const organisation = { id: '3b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10', name: 'Gemeente Oude IJsselstreek' };
const personId = '6b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10';

const meAs = (role: 'facilitator' | 'manager'): Me => ({
  person: {
    id: personId,
    name: 'Fee Facilitator',
    email: `${role}@leerkring.test`,
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
      person: { id: personId, name: 'Fee Facilitator' },
      organisation,
      context: { type: 'building-team', id: teamId, name: 'Bouwteam Oude IJsselstreek' },
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

const agreement = {
  id: agreementId,
  context: { type: 'building-team', id: teamId, name: 'Bouwteam Oude IJsselstreek' },
  title: 'Samenwerkingsafspraken bouwteam',
  scope: '',
  decisionRule: { kind: 'qualified-majority', share: 2 / 3 },
  versionInForce: { ...v03, status: 'beta' },
  latestVersion: { ...v04, status: 'proposed' },
  createdAt: at,
  updatedAt: at,
};

const iterationIn = (phase: Iteration['phase'], extra: Partial<Iteration> = {}): Iteration => ({
  id: iterationId,
  agreementId,
  version: v03,
  clauseIds: ['terugbellen'],
  title: 'Terugbellen binnen twee werkdagen',
  question: 'Lukt terugbellen binnen twee werkdagen voor alle partners?',
  prediction: 'Ja, behalve in de zomer.',
  plan: 'Acht weken bijhouden.',
  actions: 'Twaalf partners hielden het bij.',
  observations: '',
  learning: '',
  phase,
  decision: null,
  signals: [],
  startDate: '2026-02-01',
  createdBy: { id: personId, name: 'Fee Facilitator' },
  createdAt: at,
  updatedAt: at,
  ...extra,
});

function render(
  role: 'facilitator' | 'manager',
  iteration: Iteration,
  sources: unknown[] = [],
  measures: Measure[] = [],
) {
  const fetch = stubApi({
    '/me': { status: 200, body: meAs(role) },
    [`/agreements/${agreementId}`]: { status: 200, body: agreement },
    [`/agreements/${agreementId}/iterations/${iterationId}`]: { status: 200, body: iteration },
    [`/agreements/${agreementId}/versions/${v03.id}`]: {
      status: 200,
      body: {
        id: v03.id,
        agreementId,
        number: '0.3',
        status: 'beta',
        clauses: [
          { id: 'terugbellen', title: 'Terugbellen', text: 'Binnen twee werkdagen.', lessonIds: [], iterationIds: [] },
        ],
        changelog: '',
        revision: 1,
        consentRound: 1,
        basedOnVersionId: null,
        consentDeadline: null,
        proposedById: null,
        validFrom: '2026-01-01',
        validUntil: null,
        reviewDate: '2026-04-01',
        createdBy: { id: personId, name: 'Fee Facilitator' },
        updatedBy: { id: personId, name: 'Fee Facilitator' },
        createdAt: at,
        updatedAt: at,
      },
    },
    '/agreement-clauses': {
      status: 200,
      body: { items: sources, meta: { page: 1, pageSize: 100, totalItems: sources.length, totalPages: 1 } },
    },
    '/measures': { status: 200, body: { items: measures } },
  });
  renderApp(`/afspraken/${agreementId}/iteraties/${iterationId}`);
  return fetch;
}

describe('an iteration page', () => {
  it('shows the cycle with the current step marked in words and aria-current, and offers only the next step', async () => {
    render('facilitator', iterationIn('observe'));
    await screen.findByRole('heading', { level: 1, name: 'Terugbellen binnen twee werkdagen' });
    const cycle = screen.getByRole('list', { name: 'De cyclus' });
    const steps = within(cycle).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      '1. Plannen (gedaan)',
      '2. Uitvoeren (gedaan)',
      '3. Waarnemen (nu)',
      '4. Reflecteren',
      '5. Besloten',
    ]);
    expect(steps[2]!.getAttribute('aria-current')).toBe('step');
    expect(steps.filter((step) => step.hasAttribute('aria-current'))).toHaveLength(1);
    expect(screen.getByText('Waarnemen (stap 3 van 5)')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Terugbellen' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Bijwerken: Waarnemen' })).toBeTruthy();
    expect(screen.getByLabelText('Wat zagen we?')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Opslaan en verder naar: Reflecteren' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Besloten|Uitvoeren/ })).toBeNull();
  });

  it('asks for what was learned and a decision before deciding, at the fields, without sending', async () => {
    const fetch = render('facilitator', iterationIn('reflect', { observations: 'Gezien.' }));
    const decide = await screen.findByRole('button', { name: 'Besluit vastleggen' });
    fireEvent.click(screen.getByRole('radio', { name: /Aanpassen/ }));
    fireEvent.click(decide);
    const learning = screen.getByLabelText('Wat leerden we? (verplicht om te besluiten)');
    expect(learning.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Schrijf op wat jullie leerden voordat jullie besluiten.')).toBeTruthy();
    expect(
      fetch.mock.calls.some((call) => ((call as unknown[])[1] as RequestInit | undefined)?.method === 'PATCH'),
    ).toBe(false);
  });

  it('shows a decided iteration read-only, with the clauses that answer it', async () => {
    render(
      'facilitator',
      iterationIn('decided', { decision: 'adopt', learning: 'Het werkt zoals afgesproken.', endDate: '2026-02-20' }),
      [
        {
          agreement: { id: agreementId, name: 'Samenwerkingsafspraken bouwteam' },
          version: { ...v04, status: 'proposed' },
          clauseId: 'casusregie',
          clauseTitle: 'Eén casusregisseur',
          lessonIds: [],
          iterationIds: [iterationId],
        },
      ],
    );
    const link = await screen.findByRole('link', { name: 'Eén casusregisseur, versie 0.4 (voorgesteld)' });
    expect(link.getAttribute('href')).toBe(`/afspraken/${agreementId}/versies/${v04.id}#artikel-casusregie`);
    expect(screen.getByRole('heading', { level: 2, name: 'Beantwoord door' })).toBeTruthy();
    const main = screen.getByRole('main');
    expect(within(main).queryByRole('button')).toBeNull();
    expect(within(main).queryByRole('textbox')).toBeNull();
  });

  it('shows the signals a decided iteration rested on, in words with their measure', async () => {
    const shift = {
      measureId: 'fb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
      signalId: 'shift-0-2026-04-27',
      measureName: 'Terugbeldagen',
      rule: 'shift',
      description: 'Verschuiving: 8 punten boven de mediaan.',
    };
    render(
      'facilitator',
      iterationIn('decided', { decision: 'adopt', learning: 'Werkt.', endDate: '2026-02-20', signals: [shift] }),
    );
    expect(await screen.findByText('Het besluit rust op deze signalen:')).toBeTruthy();
    expect(screen.getByText('Terugbeldagen').closest('li')?.textContent).toBe(
      'Terugbeldagen: Verschuiving: 8 punten boven de mediaan.',
    );
  });

  it('offers a writer the one-step proposal for an iteration decided "adapt", instead of the phase form', async () => {
    render(
      'facilitator',
      iterationIn('decided', { decision: 'adapt', learning: 'De grens moet lager.', endDate: '2026-02-20' }),
      [],
    );
    const proposal = await screen.findByRole('region', { name: 'Voorstel voor de afspraak' });
    expect(within(proposal).getByRole('button', { name: 'Voorstel in het concept zetten' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Bijwerken/ })).toBeNull();
  });

  it('shows a reader the texts but no form', async () => {
    render('manager', iterationIn('act'));
    await screen.findByRole('heading', { level: 2, name: '2. Uitvoeren' });
    expect(screen.getByText('Twaalf partners hielden het bij.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Bijwerken/ })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});

describe('the measures of an iteration', () => {
  /** 16 baseline weeks around 10.5, then 8 weeks higher: a shift by the Provost & Murray rules. */
  const values = [10, 12, 9, 11, 13, 8, 12, 10, 11, 9, 13, 10, 12, 9, 11, 10, 14, 15, 13, 16, 14, 15, 17, 14];
  const week = (index: number) => new Date(Date.UTC(2026, 0, 5 + 7 * index)).toISOString().slice(0, 10);
  const points = values.map((value, index) => ({
    id: `${String(index).padStart(8, '0')}-3f0e-4d6a-9a7e-2f1c5d8e9b10`,
    date: week(index),
    value,
    note: '',
  }));
  const measure: Measure = {
    id: 'fb7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
    agreementId,
    iterationId,
    name: 'Teruggebeld binnen twee dagen',
    definition: 'Percentage meldingen per week.',
    unit: '%',
    betterDirection: 'up',
    ruleSet: 'provost-murray',
    periodStart: week(0),
    periodEnd: week(30),
    baselineStart: week(0),
    baselineEnd: week(15),
    rebaselines: [],
    points,
    analysis: analyseRunChart({
      points,
      ruleSet: 'provost-murray',
      baseline: { from: week(0), to: week(15) },
      betterDirection: 'up',
    }),
    annotations: [{ date: week(16), kind: 'version-in-force', label: 'v0.4', versionId: v04.id }],
    createdBy: { id: personId, name: 'Fee Facilitator' },
    createdAt: at,
    updatedAt: at,
  };

  it('shows the signal in words, the moments of the cycle and the same data as a table, with a form for a point', async () => {
    render('facilitator', iterationIn('observe'), [], [measure]);
    const section = await screen.findByRole('region', { name: 'Teruggebeld binnen twee dagen' });
    expect(
      within(section).getByText(/Verschuiving: 8 punten, van 27 april 2026 tot 15 juni 2026/).textContent,
    ).toContain('de goede kant op');
    expect(within(section).getByText(/v0\.4 in werking/)).toBeTruthy();
    const table = within(section).getByRole('table', { name: 'Meetpunten van Teruggebeld binnen twee dagen' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(25);
    expect(rows[17]!.textContent).toContain('Verschuiving');
    expect(rows[1]!.textContent).not.toContain('Verschuiving');
    expect(within(section).getByRole('button', { name: 'Meetpunt toevoegen' })).toBeTruthy();
  });
});
