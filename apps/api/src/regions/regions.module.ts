import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RegionsController } from './regions.controller.js';
import { RegionsRepository } from './regions.repository.js';
import { RegionsService } from './regions.service.js';

@Module({
  imports: [OrganisationsModule],
  controllers: [RegionsController],
  providers: [RegionsService, RegionsRepository],
  exports: [RegionsRepository],
})
export class RegionsModule {}
