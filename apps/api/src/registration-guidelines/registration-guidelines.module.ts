import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { LessonsModule } from '../lessons/lessons.module.js';
import { RegistrationGuidelineRecordsModule } from './registration-guideline-records.module.js';
import { RegistrationGuidelinesController } from './registration-guidelines.controller.js';
import { RegistrationGuidelinesService } from './registration-guidelines.service.js';

/**
 * A bouwteam's registratierichtlijn: what its cases record and why, citing the bouwteam's lessons. Cases read the
 * guideline in force through RegistrationGuidelineRecordsModule, so the imports run one way: guidelines → lessons →
 * cases → guideline records.
 */
@Module({
  imports: [RegistrationGuidelineRecordsModule, LessonsModule, AccessLogModule],
  controllers: [RegistrationGuidelinesController],
  providers: [RegistrationGuidelinesService],
  exports: [RegistrationGuidelineRecordsModule],
})
export class RegistrationGuidelinesModule {}
