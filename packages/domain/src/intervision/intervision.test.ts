import { describe, expect, it } from 'vitest';
import {
  applySessionCommand,
  mayPostInput,
  maySeeSessionTexts,
  phaseTiming,
  plannedSession,
  standardMethods,
  visibleInputs,
  type Role,
  type SessionProgress,
} from '../index.js';

const incident = standardMethods.find((method) => method.code === 'incident')!;
const phases = incident.phases;
const facilitator = ['facilitator'] as const;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 19, minute)).toISOString();

function run(commands: [Parameters<typeof applySessionCommand>[0]['command'], number][]): SessionProgress {
  return commands.reduce((progress, [command, minute]) => {
    const result = applySessionCommand({ progress, command, roles: facilitator, phases, now: at(minute) });
    if (!result.ok) throw new Error(`${command} refused: ${result.reason}`);
    return result.progress;
  }, plannedSession);
}

describe('the six standard methods', () => {
  it('are incident, Balint, roddel, vijfstappen, tienstappen and IMI, each with named, time-boxed phases in two languages', () => {
    expect(standardMethods.map((method) => method.code)).toEqual([
      'incident',
      'balint',
      'roddel',
      'vijfstappen',
      'tienstappen',
      'imi',
    ]);
    for (const method of standardMethods) {
      expect(method.phases.length, method.code).toBeGreaterThanOrEqual(5);
      const keys = method.phases.map((phase) => phase.key);
      expect(new Set(keys).size, method.code).toBe(keys.length);
    }
    expect(
      incident.phases.filter((phase) => phase.inputMode === 'private-then-reveal').map((phase) => phase.key),
    ).toContain('positions');
    expect(
      standardMethods.find((method) => method.code === 'roddel')!.phases.find((phase) => phase.key === 'gossip-round')!
        .inputMode,
    ).toBe('inbrenger-listens');
  });
});

describe('the session phase machine', () => {
  it('lets only the facilitator start, advance, go back, reveal and end', () => {
    for (const command of ['start', 'advance', 'back', 'reveal', 'end'] as const) {
      expect(
        applySessionCommand({
          progress: plannedSession,
          command,
          roles: ['participant', 'inbrenger'],
          phases,
          now: at(0),
        }),
      ).toEqual({ ok: false, reason: 'only-facilitator' });
    }
  });

  it('moves through the phases and back, keeping every visit', () => {
    const progress = run([
      ['start', 0],
      ['advance', 5],
      ['advance', 20],
      ['back', 22],
    ]);
    expect(progress.status).toBe('running');
    expect(progress.currentPhase).toBe(1);
    expect(progress.visits.map((visit) => visit.phase)).toEqual([0, 1, 2, 1]);
    expect(phaseTiming({ progress, phases, phase: 1, now: at(25) })).toEqual({
      spentSeconds: 18 * 60,
      timeboxSeconds: 600,
      overtimeSeconds: 8 * 60,
    });
  });

  it.each([
    ['start', [['start', 0]], 'not-planned'],
    ['back', [['start', 0]], 'no-previous-phase'],
    ['advance', [], 'not-running'],
    ['end', [], 'not-running'],
    ['reveal', [['start', 0]], 'nothing-to-reveal'],
  ] as const)('refuses %s when it does not fit', (command, before, reason) => {
    const progress = run(before.map(([c, m]) => [c, m]));
    expect(applySessionCommand({ progress, command, roles: facilitator, phases, now: at(30) })).toEqual({
      ok: false,
      reason,
    });
  });

  it('has no phase after the last', () => {
    const progress = run([
      ['start', 0],
      ...phases.slice(1).map((_, index) => ['advance', index + 1] as ['advance', number]),
    ]);
    expect(progress.currentPhase).toBe(phases.length - 1);
    expect(applySessionCommand({ progress, command: 'advance', roles: facilitator, phases, now: at(59) })).toEqual({
      ok: false,
      reason: 'no-next-phase',
    });
    const ended = applySessionCommand({ progress, command: 'end', roles: facilitator, phases, now: at(59) });
    expect(ended.ok && ended.progress).toMatchObject({ status: 'ended', currentPhase: null });
  });
});

describe('inputs', () => {
  const positions = phases.findIndex((phase) => phase.key === 'positions');
  const analyse = phases.findIndex((phase) => phase.key === 'analyse');
  const goTo = (index: number) =>
    run([['start', 0], ...Array.from({ length: index }, (_, step) => ['advance', step + 1] as ['advance', number])]);

  it('keeps private inputs from everyone — the facilitator too — until the reveal, then shows them all', () => {
    const progress = goTo(positions);
    const inputs = [
      { phase: positions, authorId: 'anna', text: 'Ik zou eerst op huisbezoek gaan.' },
      { phase: positions, authorId: 'bram', text: 'Ik zou de huisarts bellen.' },
      { phase: 0, authorId: 'bram', text: 'Het incident van vorige week.' },
    ];
    expect(visibleInputs({ inputs, phases, progress, viewerId: 'facilitator' }).map((input) => input.authorId)).toEqual(
      ['bram'],
    );
    expect(visibleInputs({ inputs, phases, progress, viewerId: 'anna' }).map((input) => input.text)).toEqual([
      'Ik zou eerst op huisbezoek gaan.',
      'Het incident van vorige week.',
    ]);
    const revealed = applySessionCommand({ progress, command: 'reveal', roles: facilitator, phases, now: at(40) });
    expect(revealed.ok).toBe(true);
    if (!revealed.ok) return;
    expect(visibleInputs({ inputs, phases, progress: revealed.progress, viewerId: 'facilitator' })).toHaveLength(3);
    expect(mayPostInput({ progress: revealed.progress, phases, roles: ['participant'] })).toEqual({
      ok: false,
      reason: 'already-revealed',
    });
  });

  it('lets the inbrenger only listen where the method says so', () => {
    const progress = goTo(analyse);
    expect(mayPostInput({ progress, phases, roles: ['inbrenger'] })).toEqual({
      ok: false,
      reason: 'inbrenger-listens',
    });
    expect(mayPostInput({ progress, phases, roles: ['participant'] })).toEqual({ ok: true });
    expect(mayPostInput({ progress: goTo(1), phases, roles: ['inbrenger'] })).toEqual({ ok: true });
    expect(mayPostInput({ progress: plannedSession, phases, roles: ['participant'] })).toEqual({
      ok: false,
      reason: 'not-running',
    });
    expect(mayPostInput({ progress, phases, roles: [] })).toEqual({ ok: false, reason: 'not-a-participant' });
  });
});

describe('who sees the texts of a session', () => {
  const team = 'a0000000-0000-4000-8000-000000000001';
  const as = (role: Role, contextId = team) => ({
    personId: 'p',
    organisationId: 'o',
    isAdmin: false,
    memberships: [{ contextType: 'building-team' as const, contextId, role }],
  });

  it.each([
    ['partner', true],
    ['facilitator', true],
    ['experience-expert', true],
    ['manager', false],
    ['coordinator', false],
  ] as const)('a %s of the bouwteam who takes no part: %s', (role, sees) => {
    expect(
      maySeeSessionTexts({ principal: as(role), context: { type: 'building-team', id: team }, sessionRoles: [] }),
    ).toBe(sees);
  });

  it('a manager who takes part in the session sees them', () => {
    expect(
      maySeeSessionTexts({
        principal: as('manager'),
        context: { type: 'building-team', id: team },
        sessionRoles: ['participant'],
      }),
    ).toBe(true);
  });

  it('a partner of another bouwteam, and nobody, do not', () => {
    expect(
      maySeeSessionTexts({
        principal: as('partner', 'other'),
        context: { type: 'building-team', id: team },
        sessionRoles: [],
      }),
    ).toBe(false);
    expect(
      maySeeSessionTexts({
        principal: null,
        context: { type: 'building-team', id: team },
        sessionRoles: ['participant'],
      }),
    ).toBe(false);
  });

  it("a learning group's meeting has no cases: every member of the group sees its texts, a member of another group does not", () => {
    const group = { type: 'learning-group' as const, id: team };
    const member = (contextId: string) => ({
      personId: 'p',
      organisationId: 'o',
      isAdmin: false,
      memberships: [{ contextType: 'learning-group' as const, contextId, role: 'coordinator' as const }],
    });
    expect(maySeeSessionTexts({ principal: member(team), context: group, sessionRoles: [] })).toBe(true);
    expect(maySeeSessionTexts({ principal: member('other'), context: group, sessionRoles: [] })).toBe(false);
    expect(maySeeSessionTexts({ principal: as('partner'), context: group, sessionRoles: [] })).toBe(false);
  });
});
