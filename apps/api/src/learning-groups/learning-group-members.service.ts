import { Injectable } from '@nestjs/common';
import {
  grantNeedsApproval,
  grantReasons,
  judgeGrantRequest,
  judgeMemberRegion,
  learningGroupReasons,
  LearningGroupError,
  LearningGroupErrorCode,
  type LearningGroupMember,
  type LearningGroupMemberCreate,
} from '@leerkring/domain';
import { DataSource } from 'typeorm';
import { AccessLogService } from '../access-log/access-log.service.js';
import { LiveFollowers } from '../auth/live-followers.js';
import type { Actor } from '../auth/principal.js';
import { MembershipsRepository } from '../memberships/memberships.repository.js';
import { PeopleRepository } from '../people/people.repository.js';
import { toLearningGroupMember } from './learning-group.mapper.js';
import { LearningGroupsService } from './learning-groups.service.js';

/**
 * The members of a learning group: memberships in its context, each naming the region its person represents. The
 * rules of every grant hold here too: never to oneself, and a role that reads case narratives waits for a second
 * administrator.
 */
@Injectable()
export class LearningGroupMembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly learningGroups: LearningGroupsService,
    private readonly memberships: MembershipsRepository,
    private readonly people: PeopleRepository,
    private readonly accessLog: AccessLogService,
    private readonly followers: LiveFollowers,
  ) {}

  add(actor: Actor, learningGroupId: string, input: LearningGroupMemberCreate): Promise<LearningGroupMember> {
    return this.dataSource.transaction(async (manager) => {
      const group = await this.learningGroups.writable(manager, actor.principal, learningGroupId);
      const request = judgeGrantRequest({ requesterId: actor.person.id, granteeId: input.personId });
      if (!request.ok) throw new LearningGroupError(LearningGroupErrorCode.FORBIDDEN, grantReasons[request.reason]);
      const region = judgeMemberRegion({
        groupRegionIds: group.regions.map((candidate) => candidate.id),
        regionId: input.regionId,
        role: input.role,
      });
      if (!region.ok)
        throw new LearningGroupError(LearningGroupErrorCode.MEMBER_REGION, learningGroupReasons[region.reason], [
          { name: 'body.regionId', reason: learningGroupReasons[region.reason] },
        ]);
      if (!(await this.people.find(manager, input.personId)))
        throw new LearningGroupError(LearningGroupErrorCode.PERSON_NOT_FOUND, 'Deze persoon bestaat niet.', [
          { name: 'body.personId', reason: 'Deze persoon bestaat niet.' },
        ]);
      const grant = {
        personId: input.personId,
        contextType: 'learning-group' as const,
        contextId: learningGroupId,
        role: input.role,
      };
      if (await this.memberships.heldOrPending(manager, grant))
        throw new LearningGroupError(
          LearningGroupErrorCode.DUPLICATE_MEMBER,
          'Deze persoon heeft deze rol in deze leergroep al, of die wacht op goedkeuring.',
        );
      await this.memberships.deleteRejected(manager, grant);
      const id = await this.memberships.create(manager, {
        ...grant,
        representsRegionId: input.regionId,
        status: grantNeedsApproval({ role: input.role }) ? 'pending' : 'active',
        requestedById: actor.person.id,
      });
      await this.accessLog.record(manager, actor, {
        event: 'create',
        recordType: 'membership',
        recordId: id,
        recordOwnerId: input.personId,
        context: { type: 'learning-group', id: learningGroupId },
      });
      return toLearningGroupMember(await this.memberships.loadWithPeople(manager, id), group);
    });
  }

  async remove(actor: Actor, learningGroupId: string, membershipId: string): Promise<void> {
    const personId = await this.dataSource.transaction(async (manager) => {
      await this.learningGroups.writable(manager, actor.principal, learningGroupId);
      const membership = await this.memberships.find(manager, membershipId);
      if (membership?.contextType !== 'learning-group' || membership.contextId !== learningGroupId)
        throw new LearningGroupError(
          LearningGroupErrorCode.MEMBER_NOT_FOUND,
          'Dit lid bestaat niet in deze leergroep.',
        );
      await this.memberships.delete(manager, membershipId);
      await this.accessLog.record(manager, actor, {
        event: 'delete',
        recordType: 'membership',
        recordId: membershipId,
        recordOwnerId: membership.personId,
        context: { type: 'learning-group', id: learningGroupId },
      });
      return membership.personId;
    });
    // Live streams of what the membership gave access to end now.
    await this.followers.recheckPeople([personId]);
  }
}
