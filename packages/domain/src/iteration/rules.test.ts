import { describe, expect, it } from 'vitest';
import {
  iterationAsksForAgreementChange,
  checkIterationChange,
  nextIterationPhase,
  type IterationState,
} from './rules.js';

describe('the action-research cycle', () => {
  const at = (phase: IterationState['phase'], extra: Partial<IterationState> = {}): IterationState => ({
    phase,
    decision: null,
    learning: '',
    ...extra,
  });

  it('goes forward one step at a time: plan → act → observe → reflect → decided', () => {
    expect(
      ['plan', 'act', 'observe', 'reflect', 'decided'].map((phase) =>
        nextIterationPhase(phase as IterationState['phase']),
      ),
    ).toEqual(['act', 'observe', 'reflect', 'decided', null]);
    expect(checkIterationChange(at('plan'), { phase: 'act' })).toEqual([]);
    expect(checkIterationChange(at('plan'), { phase: 'observe' })).toMatchObject([{ field: 'phase' }]);
    expect(checkIterationChange(at('observe'), { phase: 'act' })).toMatchObject([{ field: 'phase' }]);
    expect(checkIterationChange(at('act'), { phase: 'act', editsContent: true })).toEqual([]);
  });

  it('decides only at the end, with a decision and what was learned', () => {
    expect(
      checkIterationChange(at('reflect'), {
        phase: 'decided',
        decision: 'adapt',
        learning: 'Terugbellen binnen twee dagen lukt alleen met een vaste bereikbaarheidsdienst.',
      }),
    ).toEqual([]);
    expect(checkIterationChange(at('reflect'), { phase: 'decided' })).toEqual([
      { field: 'decision', reason: expect.any(String) },
      { field: 'learning', reason: expect.any(String) },
    ]);
    expect(
      checkIterationChange(at('reflect', { learning: 'Geleerd.' }), { phase: 'decided', decision: 'adopt' }),
    ).toEqual([]);
    expect(checkIterationChange(at('observe'), { decision: 'abandon' })).toMatchObject([{ field: 'decision' }]);
    expect(
      checkIterationChange(at('reflect', { learning: '   ' }), { phase: 'decided', decision: 'adopt' }),
    ).toMatchObject([{ field: 'learning' }]);
  });

  it('closes a decided iteration', () => {
    expect(
      checkIterationChange(at('decided', { decision: 'adopt', learning: 'Werkt.' }), { editsContent: true }),
    ).toMatchObject([{ field: 'iteration' }]);
  });

  it('asks for an agreement change only once decided "adapt"', () => {
    expect(iterationAsksForAgreementChange({ phase: 'decided', decision: 'adapt' })).toBe(true);
    expect(iterationAsksForAgreementChange({ phase: 'decided', decision: 'adopt' })).toBe(false);
    expect(iterationAsksForAgreementChange({ phase: 'reflect', decision: null })).toBe(false);
  });
});
