import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { KnowledgeVouchersModule } from '../knowledge-vouchers/knowledge-vouchers.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { GalaDashboardController } from './gala-dashboard.controller.js';
import { GalaDashboardService } from './gala-dashboard.service.js';
import { GalaPlanRecordingService } from './gala-plan-recording.service.js';
import { GalaPlanViews } from './gala-plan-views.js';
import { GalaPlansController } from './gala-plans.controller.js';
import { GalaPlansRepository } from './gala-plans.repository.js';
import { GalaPlansService } from './gala-plans.service.js';
import { GalaTaxonomyController } from './gala-taxonomy.controller.js';
import { GalaTaxonomyRepository } from './gala-taxonomy.repository.js';
import { GalaTaxonomyService } from './gala-taxonomy.service.js';

/**
 * GALA plans of a region's municipalities, their lists (goals, chain approaches, SPUK blocks) and the coordinator's
 * dashboard, which also shows the region's knowledge vouchers and the agreements due for review.
 */
@Module({
  imports: [RegionsModule, OrganisationsModule, PeopleModule, KnowledgeVouchersModule, AgreementsModule],
  controllers: [GalaPlansController, GalaTaxonomyController, GalaDashboardController],
  providers: [
    GalaPlansRepository,
    GalaTaxonomyRepository,
    GalaPlanViews,
    GalaPlansService,
    GalaPlanRecordingService,
    GalaTaxonomyService,
    GalaDashboardService,
  ],
  // For the spreadsheets, calendar and digest (gala-io, gala-digest).
  exports: [GalaPlansRepository, GalaTaxonomyRepository, GalaDashboardService],
})
export class GalaModule {}
