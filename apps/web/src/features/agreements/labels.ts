import type { DecisionRule } from '@leerkring/domain';
import type { TFunction } from 'i18next';

const fractions: readonly [number, number][] = [
  [1, 2],
  [2, 3],
  [3, 4],
  [3, 5],
  [4, 5],
  [1, 3],
];

/** A share as people say it: 2/3 rather than 0.6667, otherwise a percentage. */
export function formatShare(share: number): string {
  const fraction = fractions.find(([numerator, denominator]) => Math.abs(share - numerator / denominator) < 0.001);
  if (share >= 0.9995) return '100%';
  return fraction ? `${fraction[0]}/${fraction[1]}` : `${Math.round(share * 100)}%`;
}

/** The decision rule of an agreement in words. */
export function decisionRuleText(t: TFunction, rule: DecisionRule): string {
  return rule.kind === 'unanimity-of-participants'
    ? t('agreements.rule.unanimity-of-participants')
    : t(`agreements.rule.${rule.kind}`, { share: formatShare(rule.share) });
}

/** Days from today (UTC) to a calendar date; negative when it has passed. */
export function daysUntil(date: string, today = new Date()): number {
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return Math.round((Date.parse(`${date}T00:00:00Z`) - start) / 86_400_000);
}
