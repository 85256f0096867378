import type { Role } from '../access/roles.js';
import { consentTally, type ConsentStance, type ConsentTally, type DecisionRule } from '../agreement/rules.js';

export type LearningGroupVerdict<Reason extends string> = { ok: true } | { ok: false; reason: Reason };

/** A period ends on or after the day it starts; either end may be open. */
export function judgeLearningGroupPeriod({
  startDate,
  endDate,
}: {
  startDate: string | null;
  endDate: string | null;
}): LearningGroupVerdict<'end-before-start'> {
  return startDate && endDate && endDate < startDate ? { ok: false, reason: 'end-before-start' } : { ok: true };
}

/** The roles that speak for a region in the group: they must name the region they represent. */
export const representingRoles: readonly Role[] = ['partner'];

/** A member represents one of the group's regions; a partner (who gives the region's stance) must represent one. */
export function judgeMemberRegion({
  groupRegionIds,
  regionId,
  role,
}: {
  groupRegionIds: readonly string[];
  regionId: string | null;
  role: Role;
}): LearningGroupVerdict<'region-required' | 'region-not-in-group'> {
  if (regionId === null)
    return representingRoles.includes(role) ? { ok: false, reason: 'region-required' } : { ok: true };
  return groupRegionIds.includes(regionId) ? { ok: true } : { ok: false, reason: 'region-not-in-group' };
}

/** The regions a change of the group's regions would leave behind while members still represent them. */
export function regionsStillRepresented({
  regionIds,
  memberRegionIds,
}: {
  regionIds: readonly string[];
  memberRegionIds: readonly (string | null)[];
}): string[] {
  const kept = new Set(regionIds);
  return [...new Set(memberRegionIds.filter((id): id is string => id !== null && !kept.has(id)))];
}

export const learningGroupReasons = {
  'end-before-start': 'De periode eindigt vóór ze begint.',
  'region-required': 'Kies de regio die deze persoon vertegenwoordigt.',
  'region-not-in-group': 'Deze regio doet niet mee in de leergroep.',
  'region-still-represented': 'Een lid vertegenwoordigt deze regio nog; haal eerst dat lid weg.',
} as const;

/**
 * The tally of a learning group's consent round: one stance per region, the decision rule as for a bouwteam's partner
 * organisations. A region's stance is the last one given by a member who represents it.
 */
export function regionConsentTally({
  stances,
  regionIds,
  rule,
}: {
  stances: readonly { regionId: string; stance: ConsentStance }[];
  regionIds: readonly string[];
  rule: DecisionRule;
}): ConsentTally {
  return consentTally({
    stances: stances.map(({ regionId, stance }) => ({ organisationId: regionId, stance })),
    partnerOrganisationIds: regionIds,
    rule,
  });
}
