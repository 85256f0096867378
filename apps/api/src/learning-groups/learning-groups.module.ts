import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { LiveModule } from '../auth/live.module.js';
import { MembershipRecordsModule } from '../memberships/membership-records.module.js';
import { PeopleRecordsModule } from '../people/people-records.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { LearningGroupMembersService } from './learning-group-members.service.js';
import { LearningGroupsController } from './learning-groups.controller.js';
import { LearningGroupsRepository } from './learning-groups.repository.js';
import { LearningGroupsService } from './learning-groups.service.js';

/**
 * Learning groups: regions learning together, with members who each represent a region. Members are memberships, read
 * and written through MembershipRecordsModule (MembershipsModule imports this module for the groups' names).
 */
@Module({
  imports: [MembershipRecordsModule, PeopleRecordsModule, RegionsModule, AccessLogModule, LiveModule],
  controllers: [LearningGroupsController],
  providers: [LearningGroupsService, LearningGroupMembersService, LearningGroupsRepository],
  exports: [LearningGroupsRepository],
})
export class LearningGroupsModule {}
