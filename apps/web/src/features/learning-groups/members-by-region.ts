import type { LearningGroupDetail } from '@leerkring/domain';

type Member = LearningGroupDetail['members'][number];

/** Each of the group's regions (in its order) with the members representing it, and the members representing none. */
export function membersByRegion(group: LearningGroupDetail): {
  regions: { region: LearningGroupDetail['regions'][number]; members: Member[] }[];
  others: Member[];
} {
  return {
    regions: group.regions.map((region) => ({
      region,
      members: group.members.filter((member) => member.region?.id === region.id),
    })),
    others: group.members.filter((member) => member.region === null),
  };
}
