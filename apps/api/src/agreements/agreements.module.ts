import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { LiveModule } from '../auth/live.module.js';
import { BuildingTeamsModule } from '../building-teams/building-teams.module.js';
import { LearningGroupsModule } from '../learning-groups/learning-groups.module.js';
import { LessonsModule } from '../lessons/lessons.module.js';
import { MembershipsModule } from '../memberships/memberships.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { AgreementAccess } from './agreement-access.service.js';
import { AgreementConsentsRepository } from './agreement-consents.repository.js';
import { AgreementDocumentsController } from './agreement-documents.controller.js';
import { AgreementDocumentsService } from './agreement-documents.service.js';
import { AgreementProposalsService } from './agreement-proposals.service.js';
import { AgreementRevisions } from './agreement-revisions.service.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { AgreementVersionsController } from './agreement-versions.controller.js';
import { AgreementVersionsRepository } from './agreement-versions.repository.js';
import { AgreementVersionsService } from './agreement-versions.service.js';
import { AgreementWork } from './agreement-work.service.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsRepository } from './agreements.repository.js';
import { AgreementsService } from './agreements.service.js';
import { ClauseLinks } from './clause-links.service.js';
import { ClauseSourcesService } from './clause-sources.service.js';
import { ConsentRoundsController } from './consent-rounds.controller.js';
import { ConsentRoundsService } from './consent-rounds.service.js';
import { IterationsController } from './iterations.controller.js';
import { IterationsRepository } from './iterations.repository.js';
import { IterationsService } from './iterations.service.js';
import { VersionHistoryService } from './version-history.service.js';
import { VersionStatusService } from './version-status.service.js';

/**
 * Bètaversie agreements of a bouwteam or learning group: versions, editing without losing work, consent of the partner
 * organisations, diff, exports, and the action-research iterations that test them. Lessons (cited by clauses) and
 * bouwteams (whose partners consent), people and memberships come from their modules.
 */
@Module({
  imports: [
    LessonsModule,
    BuildingTeamsModule,
    LearningGroupsModule,
    RegionsModule,
    PeopleModule,
    MembershipsModule,
    AccessLogModule,
    LiveModule,
  ],
  controllers: [
    AgreementsController,
    AgreementVersionsController,
    ConsentRoundsController,
    AgreementDocumentsController,
    IterationsController,
  ],
  providers: [
    AgreementsRepository,
    AgreementVersionsRepository,
    AgreementConsentsRepository,
    IterationsRepository,
    AgreementAccess,
    AgreementRevisions,
    ClauseLinks,
    AgreementsService,
    AgreementVersionsService,
    VersionStatusService,
    ConsentRoundsService,
    AgreementProposalsService,
    VersionHistoryService,
    ClauseSourcesService,
    AgreementRoundEvents,
    AgreementDocumentsService,
    IterationsService,
    AgreementWork,
  ],
  // Measures (their own module) read an agreement's access, versions and iterations; the work list its concepts.
  exports: [AgreementVersionsRepository, AgreementAccess, IterationsRepository, AgreementWork],
})
export class AgreementsModule {}
