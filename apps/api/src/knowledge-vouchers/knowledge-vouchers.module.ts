import { Module } from '@nestjs/common';
import { BuildingTeamsModule } from '../building-teams/building-teams.module.js';
import { LessonsModule } from '../lessons/lessons.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { KnowledgeVoucherNetworksService } from './knowledge-voucher-networks.service.js';
import { KnowledgeVoucherStepsService } from './knowledge-voucher-steps.service.js';
import { KnowledgeVouchersController } from './knowledge-vouchers.controller.js';
import { KnowledgeVouchersRepository } from './knowledge-vouchers.repository.js';
import { KnowledgeVouchersService } from './knowledge-vouchers.service.js';

/** Kennisvouchers of the regional networks: regions and bouwteams (networks), experts' organisations, lessons. */
@Module({
  imports: [RegionsModule, BuildingTeamsModule, OrganisationsModule, LessonsModule],
  controllers: [KnowledgeVouchersController],
  providers: [
    KnowledgeVouchersRepository,
    KnowledgeVouchersService,
    KnowledgeVoucherStepsService,
    KnowledgeVoucherNetworksService,
  ],
  exports: [KnowledgeVouchersRepository],
})
export class KnowledgeVouchersModule {}
