import { forwardRef, Module } from '@nestjs/common';
import { LessonsModule } from '../lessons/lessons.module.js';
import { RegistrationGuidelinesController } from './registration-guidelines.controller.js';
import { RegistrationGuidelinesRepository } from './registration-guidelines.repository.js';
import { RegistrationGuidelinesService } from './registration-guidelines.service.js';

/** A bouwteam's registratierichtlijn: what its cases record and why. Imported by cases (see CasesModule on the ring). */
@Module({
  imports: [forwardRef(() => LessonsModule)],
  controllers: [RegistrationGuidelinesController],
  providers: [RegistrationGuidelinesService, RegistrationGuidelinesRepository],
  exports: [RegistrationGuidelinesRepository],
})
export class RegistrationGuidelinesModule {}
