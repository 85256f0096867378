import { standardMethods, type IntervisionMethod } from '@leerkring/domain';
import { describe, expect, it } from 'vitest';
import {
  createBodyOf,
  methodDraftOf,
  movePhase,
  newPhase,
  phaseFieldId,
  phaseGroupId,
  placeProblems,
  removePhase,
  totalMinutes,
  updateBodyOf,
  type PhaseDraft,
} from './method-draft';

const at = '2026-11-24T09:30:00Z';
const fiveSteps: IntervisionMethod = {
  id: '0b7c1a52-3f0e-4d6a-9a7e-2f1c5d8e9b10',
  ...standardMethods.find((method) => method.code === 'vijfstappen')!,
  phases: [...standardMethods.find((method) => method.code === 'vijfstappen')!.phases],
  createdAt: at,
  updatedAt: at,
};
const keysOf = (phases: readonly PhaseDraft[]) => phases.map((phase) => phase.key);

describe('the phase list of the method form', () => {
  const draft = methodDraftOf(fiveSteps);

  it('starts from the stored method, each phase with an id of its own and its time box as text', () => {
    expect(keysOf(draft.phases)).toEqual([
      'introduce-question',
      'explore-problem',
      'formulate-core',
      'advice-round',
      'evaluation',
    ]);
    expect(new Set(draft.phases.map((phase) => phase.uid)).size).toBe(5);
    expect(draft.phases[1]!.minutes).toBe('15');
    expect(totalMinutes(draft.phases)).toBe(50);
  });

  it('starts a new method with one empty phase', () => {
    const empty = methodDraftOf();
    expect(empty.code).toBe('');
    expect(empty.phases).toHaveLength(1);
    expect(empty.phases[0]).toMatchObject({
      key: 'fase-1',
      minutes: '10',
      inputMode: 'open',
      name: { nl: '', en: '' },
    });
  });

  it.each([
    {
      index: 2,
      by: 1 as const,
      to: 3,
      order: ['introduce-question', 'explore-problem', 'advice-round', 'formulate-core', 'evaluation'],
    },
    {
      index: 2,
      by: -1 as const,
      to: 1,
      order: ['introduce-question', 'formulate-core', 'explore-problem', 'advice-round', 'evaluation'],
    },
    {
      index: 1,
      by: -1 as const,
      to: 0,
      order: ['explore-problem', 'introduce-question', 'formulate-core', 'advice-round', 'evaluation'],
    },
  ])('moves the phase at $index by $by to place $to', ({ index, by, to, order }) => {
    const moved = movePhase(draft.phases, index, by);
    expect(moved?.to).toBe(to);
    expect(keysOf(moved!.phases)).toEqual(order);
    expect(moved!.phases[to]!.uid).toBe(draft.phases[index]!.uid);
    expect(keysOf(draft.phases)[2]).toBe('formulate-core'); // the draft itself is left as it was
  });

  it('does not move a phase past either end', () => {
    expect(movePhase(draft.phases, 0, -1)).toBeNull();
    expect(movePhase(draft.phases, 4, 1)).toBeNull();
    expect(movePhase(draft.phases, 9, 1)).toBeNull();
  });

  it('removes a phase and adds one with a key and an id not yet used', () => {
    const fewer = removePhase(draft.phases, 1);
    expect(keysOf(fewer)).toEqual(['introduce-question', 'formulate-core', 'advice-round', 'evaluation']);
    const added = newPhase([...fewer, { ...fewer[0]!, uid: 'p5', key: 'fase-5' }]);
    expect(added.key).toBe('fase-6');
    expect([...fewer.map((phase) => phase.uid), 'p5']).not.toContain(added.uid);
  });

  it('totals only the time boxes that are whole numbers', () => {
    expect(totalMinutes([{ minutes: '10' }, { minutes: '' }, { minutes: '2.5' }, { minutes: ' 5 ' }])).toBe(15);
  });

  it('sends the time boxes as numbers, in the order of the form; the code only when adding', () => {
    const moved = movePhase(draft.phases, 2, 1)!.phases.map((phase, index) =>
      index === 0 ? { ...phase, minutes: '0' } : index === 1 ? { ...phase, minutes: '' } : phase,
    );
    const body = updateBodyOf({ ...draft, phases: moved });
    expect(body.phases.map((phase) => phase.timeboxMinutes)).toEqual([0, 0, 15, 10, 5]);
    expect(body.phases[2]).toEqual(fiveSteps.phases[3]);
    expect(body).not.toHaveProperty('code');
    expect(createBodyOf({ ...draft, code: ' vijf ' }).code).toBe('vijf');
  });
});

describe('placing what the API refused', () => {
  const draft = methodDraftOf(fiveSteps);
  const [first, second, third] = draft.phases;

  it('puts each reason at the field of the phase it was sent for', () => {
    const { placed, unplaced } = placeProblems(
      [
        { name: 'body.phases.2.timeboxMinutes', reason: 'Too small', code: 'too_small' },
        { name: 'body.phases.0.name.en', reason: 'Too small', code: 'too_small' },
        { name: 'body.phases.1.key', reason: 'Invalid', code: 'invalid_format' },
        { name: 'body.phases.1', reason: 'Invalid', code: 'invalid_type' },
        { name: 'body.phases', reason: 'Elke fase heeft een eigen sleutel.', code: 'custom' },
        { name: 'body.code', reason: 'Al in gebruik.', code: 'taken' },
        { name: 'body.description.nl', reason: 'Too small', code: 'too_small' },
        { name: 'body.phases.7.key', reason: 'Invalid', code: 'invalid_format' },
        { name: 'body.colour', reason: 'Onbekend veld', code: 'unknown_field' },
      ],
      draft,
    );
    expect(placed).toEqual({
      [phaseFieldId(third!.uid, 'minutes')]: { kind: 'minutes', code: 'too_small', reason: 'Too small' },
      [phaseFieldId(first!.uid, 'name-en')]: { kind: 'label', code: 'too_small', reason: 'Too small' },
      [phaseFieldId(second!.uid, 'key')]: { kind: 'key', code: 'invalid_format', reason: 'Invalid' },
      [phaseGroupId(second!.uid)]: { kind: 'phase', code: 'invalid_type', reason: 'Invalid' },
      'method-phases': { kind: 'phases', code: 'custom', reason: 'Elke fase heeft een eigen sleutel.' },
      'method-code': { kind: 'code', code: 'taken', reason: 'Al in gebruik.' },
      'method-description-nl': { kind: 'label', code: 'too_small', reason: 'Too small' },
    });
    expect(unplaced.map((param) => param.name)).toEqual(['body.phases.7.key', 'body.colour']);
  });

  it('follows the phase as it was sent, also after it moved in the form', () => {
    const sent = { ...draft, phases: movePhase(draft.phases, 2, -1)!.phases };
    const { placed } = placeProblems(
      [{ name: 'body.phases.1.timeboxMinutes', reason: 'Too small', code: 'too_small' }],
      sent,
    );
    expect(Object.keys(placed)).toEqual([phaseFieldId(third!.uid, 'minutes')]);
  });

  it('places nothing without a sent form', () => {
    expect(placeProblems([{ name: 'body.phases.0.key', reason: 'x' }], null).unplaced).toHaveLength(1);
  });
});
