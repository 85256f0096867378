import { forwardRef, Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { RegistrationGuidelinesModule } from '../registration-guidelines/registration-guidelines.module.js';
import { CaseRecordingService } from './case-recording.service.js';
import { CasesController } from './cases.controller.js';
import { CasesRepository } from './cases.repository.js';
import { CasesService } from './cases.service.js';

/**
 * Cases, validated against the registration guideline in force. Guidelines cite lessons and lessons cite cases, so the
 * three modules import each other in a ring: each import in the ring is a forward reference.
 */
@Module({
  imports: [OrganisationsModule, forwardRef(() => RegistrationGuidelinesModule)],
  controllers: [CasesController],
  providers: [CasesService, CaseRecordingService, CasesRepository],
  exports: [CasesRepository],
})
export class CasesModule {}
