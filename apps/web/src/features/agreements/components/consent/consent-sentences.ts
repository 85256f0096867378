import type { ConsentRound, RoundPhase } from '@leerkring/domain';
import type { TFunction } from 'i18next';

type Tally = ConsentRound['tally'];

/** "20 van 26 organisaties stemmen in, 2 maken bezwaar, 4 staan opzij, 0 nog niet": every count in words. */
export function tallySentence(t: TFunction, tally: Tally, votesBy: ConsentRound['votesBy'] = 'organisation'): string {
  return [
    votesBy === 'region'
      ? t('consent.region.tally.consent', { count: tally.consent, total: tally.total })
      : t('consent.tally.consent', { count: tally.consent, total: tally.total }),
    t('consent.tally.object', { count: tally.object }),
    t('consent.tally.standAside', { count: tally.standAside }),
    t('consent.tally.none', { count: tally.none }),
  ].join(', ');
}

/** Whether the decision rule is met, or what stops it, in words. */
function decisionSentence(t: TFunction, tally: Tally): string {
  if (tally.decided)
    return t('consent.decision.decided', { consent: tally.consent, needed: tally.consentNeeded, total: tally.total });
  switch (tally.blockedBy) {
    case 'open-objections':
      return t('consent.decision.openObjections', { count: tally.object });
    case 'missing-stances':
      return t('consent.decision.missingStances', { count: tally.none });
    default:
      return t('consent.decision.notEnoughConsent', {
        count: Math.max(0, tally.consentNeeded - tally.consent),
        needed: tally.consentNeeded,
        total: tally.total,
      });
  }
}

/**
 * Where the decision stands, in one phrase: a round that is open says what still stops it; one that is decided says so
 * and nothing about an open round.
 */
export function phaseSentence(t: TFunction, phase: RoundPhase, round: Pick<ConsentRound, 'round' | 'tally'>): string {
  switch (phase) {
    case 'open':
      return t('consent.phase.open', { round: round.round, why: decisionSentence(t, round.tally) });
    case 'decided':
      return t('consent.phase.decided', {
        consent: round.tally.consent,
        needed: round.tally.consentNeeded,
        total: round.tally.total,
      });
    case 'not-proposed':
    case 'back-to-concept':
    case 'in-force':
    case 'ended':
      return t(`consent.phase.${phase}`, { round: round.round });
  }
}
