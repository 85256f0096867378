import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RegistrationGuidelineRecordsModule } from '../registration-guidelines/registration-guideline-records.module.js';
import { CaseRecordingService } from './case-recording.service.js';
import { CasesController } from './cases.controller.js';
import { CasesRepository } from './cases.repository.js';
import { CasesService } from './cases.service.js';

/** Cases, validated against the registration guideline in force (read from the guidelines' record module). */
@Module({
  imports: [OrganisationsModule, RegistrationGuidelineRecordsModule, AccessLogModule],
  controllers: [CasesController],
  providers: [CasesService, CaseRecordingService, CasesRepository],
  exports: [CasesRepository],
})
export class CasesModule {}
