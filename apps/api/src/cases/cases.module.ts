import { Module } from '@nestjs/common';
import { RegistrationGuidelinesController } from '../registration-guidelines/registration-guidelines.controller.js';
import { RegistrationGuidelinesService } from '../registration-guidelines/registration-guidelines.service.js';
import { CasesController } from './cases.controller.js';
import { CasesRepository } from './cases.repository.js';
import { CasesService } from './cases.service.js';

/** Cases and the registration guideline they are validated against. */
@Module({
  controllers: [CasesController, RegistrationGuidelinesController],
  providers: [CasesService, RegistrationGuidelinesService, CasesRepository],
  exports: [CasesRepository],
})
export class CasesModule {}
