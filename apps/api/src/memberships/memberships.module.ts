import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { BuildingTeamsModule } from '../building-teams/building-teams.module.js';
import { LearningGroupsModule } from '../learning-groups/learning-groups.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { MembershipContexts } from './contexts.js';
import { MembershipsController } from './memberships.controller.js';
import { MembershipsRepository } from './memberships.repository.js';
import { MembershipsService } from './memberships.service.js';

/**
 * Roles per context, with four eyes on the weighty ones. Ending a membership ends live streams through the global
 * AuthModule's LiveFollowers; AuthModule imports this module (for a person's rights), so it is not imported back here.
 */
@Module({
  imports: [PeopleModule, AccessLogModule, BuildingTeamsModule, LearningGroupsModule, RegionsModule],
  controllers: [MembershipsController],
  providers: [MembershipsService, MembershipsRepository, MembershipContexts],
  exports: [MembershipsService, MembershipsRepository],
})
export class MembershipsModule {}
