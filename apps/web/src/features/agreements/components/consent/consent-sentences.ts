import type { ConsentRound } from '@leerkring/domain';
import type { TFunction } from 'i18next';

type Tally = ConsentRound['tally'];

/** "20 van 26 organisaties stemmen in, 2 maken bezwaar, 4 staan opzij, 0 nog niet": every count in words. */
export function tallySentence(t: TFunction, tally: Tally): string {
  return [
    t('consent.tally.consent', { count: tally.consent, total: tally.total }),
    t('consent.tally.object', { count: tally.object }),
    t('consent.tally.standAside', { count: tally.standAside }),
    t('consent.tally.none', { count: tally.none }),
  ].join(', ');
}

/** Whether the decision rule is met, or what stops it, in words. */
export function decisionSentence(t: TFunction, tally: Tally): string {
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
