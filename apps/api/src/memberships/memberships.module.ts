import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { LiveModule } from '../auth/live.module.js';
import { BuildingTeamsModule } from '../building-teams/building-teams.module.js';
import { LearningGroupsModule } from '../learning-groups/learning-groups.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { MembershipContexts } from './contexts.js';
import { MembershipRecordsModule } from './membership-records.module.js';
import { MembershipsController } from './memberships.controller.js';
import { MembershipsService } from './memberships.service.js';

/**
 * Roles per context, with four eyes on the weighty ones. Ending a membership ends live streams (LiveModule). The
 * repository lives in MembershipRecordsModule, which signing in and LiveModule import without this module.
 */
@Module({
  imports: [
    MembershipRecordsModule,
    PeopleModule,
    AccessLogModule,
    LiveModule,
    BuildingTeamsModule,
    LearningGroupsModule,
    RegionsModule,
  ],
  controllers: [MembershipsController],
  providers: [MembershipsService, MembershipContexts],
  exports: [MembershipsService, MembershipRecordsModule],
})
export class MembershipsModule {}
