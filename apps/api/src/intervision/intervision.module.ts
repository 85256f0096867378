import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { LiveModule } from '../auth/live.module.js';
import { BuildingTeamsModule } from '../building-teams/building-teams.module.js';
import { CasesModule } from '../cases/cases.module.js';
import { LearningGroupsModule } from '../learning-groups/learning-groups.module.js';
import { MembershipsModule } from '../memberships/memberships.module.js';
import { PeopleModule } from '../people/people.module.js';
import { IntervisionActionsRepository } from './intervision-actions.repository.js';
import { IntervisionActionsService } from './intervision-actions.service.js';
import { IntervisionMethodsController } from './intervision-methods.controller.js';
import { IntervisionMethodsRepository } from './intervision-methods.repository.js';
import { IntervisionMethodsService } from './intervision-methods.service.js';
import { IntervisionPlanningService } from './intervision-planning.service.js';
import { IntervisionSessionsController } from './intervision-sessions.controller.js';
import { IntervisionSessionsRepository } from './intervision-sessions.repository.js';
import { SessionEvents } from './session-events.js';
import { SessionRunningService } from './session-running.service.js';
import { SessionTextsRepository } from './session-texts.repository.js';
import { SessionTextsService } from './session-texts.service.js';
import { SessionWork } from './session-work.service.js';
import { SessionViews } from './session-views.service.js';

/**
 * Intervision methods and guided sessions, with their live event streams. Bouwteams, cases, people and memberships come
 * from their modules.
 */
@Module({
  imports: [
    BuildingTeamsModule,
    LearningGroupsModule,
    CasesModule,
    PeopleModule,
    MembershipsModule,
    AccessLogModule,
    LiveModule,
  ],
  controllers: [IntervisionMethodsController, IntervisionSessionsController],
  providers: [
    IntervisionMethodsRepository,
    IntervisionSessionsRepository,
    SessionTextsRepository,
    IntervisionActionsRepository,
    IntervisionMethodsService,
    SessionViews,
    IntervisionPlanningService,
    SessionRunningService,
    SessionTextsService,
    IntervisionActionsService,
    SessionEvents,
    SessionWork,
  ],
  exports: [SessionWork, IntervisionSessionsRepository],
})
export class IntervisionModule {}
