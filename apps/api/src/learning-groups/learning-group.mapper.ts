import type { LearningGroup, LearningGroupDetail, LearningGroupMember } from '@leerkring/domain';
import type { MembershipEntity } from '../memberships/membership.entity.js';
import { byName, toReference } from '../organisations/organisation.mapper.js';
import type { LearningGroupEntity } from './learning-group.entity.js';

export function toLearningGroup(entity: LearningGroupEntity): LearningGroup {
  return {
    id: entity.id,
    name: entity.name,
    theme: entity.theme,
    description: entity.description,
    startDate: entity.startDate,
    endDate: entity.endDate,
    regions: [...entity.regions].sort(byName).map(toReference),
    createdAt: entity.createdAt.toISOString(),
    updatedAt: entity.updatedAt.toISOString(),
  };
}

/** A membership in the group (with its person and organisation), naming the region from the group's own regions. */
export function toLearningGroupMember(membership: MembershipEntity, group: LearningGroupEntity): LearningGroupMember {
  const region = group.regions.find((candidate) => candidate.id === membership.representsRegionId);
  return {
    membershipId: membership.id,
    person: toReference(membership.person),
    organisation: toReference(membership.person.organisation),
    role: membership.role,
    status: membership.status,
    region: region ? toReference(region) : null,
  };
}

/** The group with its members, by region (those representing none last) and name. */
export function toLearningGroupDetail(
  entity: LearningGroupEntity,
  memberships: readonly MembershipEntity[],
): LearningGroupDetail {
  const members = memberships
    .map((membership) => toLearningGroupMember(membership, entity))
    .sort(
      (a, b) =>
        (a.region === null ? 1 : 0) - (b.region === null ? 1 : 0) ||
        (a.region?.name ?? '').localeCompare(b.region?.name ?? '', 'nl') ||
        a.person.name.localeCompare(b.person.name, 'nl') ||
        a.role.localeCompare(b.role),
    );
  return { ...toLearningGroup(entity), members };
}
