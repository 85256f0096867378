import type { ConsentRound, LearningGroupDetail, Reference } from '@leerkring/domain';

type Consent = ConsentRound['items'][number];

/** Who a stance counts for: the organisation, or for a learning group's talking document the region. */
export function voterOf(item: Consent): Reference {
  return item.region ?? item.organisation;
}

type VoterText =
  | 'organisationsHeading'
  | 'organisationsCaption'
  | 'detailsSummary'
  | 'own.label'
  | 'form.heading'
  | 'form.current'
  | 'form.noneYet'
  | 'form.saved'
  | 'columns.organisation';

/** The text key for a sentence that names who gives a stance: an organisation, or (learning group) a region. */
export function voterKey<Key extends VoterText>(
  votesBy: ConsentRound['votesBy'],
  key: Key,
): `consent.${Key}` | `consent.region.${Key}` {
  return votesBy === 'region' ? `consent.region.${key}` : `consent.${key}`;
}

/** The region the person gives a stance for in a learning group: the one they represent as a partner. */
export function representedRegion(group: LearningGroupDetail | undefined, personId: string | undefined) {
  return group?.members.find(
    (member) => member.person.id === personId && member.role === 'partner' && member.status === 'active',
  )?.region;
}
