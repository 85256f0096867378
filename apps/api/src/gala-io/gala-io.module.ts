import { Module } from '@nestjs/common';
import { GalaModule } from '../gala/gala.module.js';
import { KnowledgeVouchersModule } from '../knowledge-vouchers/knowledge-vouchers.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { PeopleModule } from '../people/people.module.js';
import { RegionsModule } from '../regions/regions.module.js';
import { GalaExportController } from './gala-export.controller.js';
import { GalaExportService } from './gala-export.service.js';
import { GalaImportController } from './gala-import.controller.js';
import { GalaImportService } from './gala-import.service.js';
import { GalaPlanNames } from './plan-names.js';

/** A region's GALA plans to and from spreadsheets (XLSX, CSV) and as a calendar (.ics). */
@Module({
  imports: [GalaModule, KnowledgeVouchersModule, OrganisationsModule, PeopleModule, RegionsModule],
  controllers: [GalaExportController, GalaImportController],
  providers: [GalaExportService, GalaImportService, GalaPlanNames],
})
export class GalaIoModule {}
