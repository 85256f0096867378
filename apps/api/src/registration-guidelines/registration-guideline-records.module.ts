import { Module } from '@nestjs/common';
import { RegistrationGuidelinesRepository } from './registration-guidelines.repository.js';

/**
 * The registration guidelines table on its own: what cases read (the guideline in force) without the guidelines'
 * service, which checks cited lessons, which cite cases. Importing this instead of RegistrationGuidelinesModule keeps
 * cases, lessons and guidelines out of an import ring.
 */
@Module({
  providers: [RegistrationGuidelinesRepository],
  exports: [RegistrationGuidelinesRepository],
})
export class RegistrationGuidelineRecordsModule {}
