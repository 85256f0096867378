import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { IntervisionModule } from '../intervision/intervision.module.js';
import { WorkController } from './work.controller.js';
import { WorkService } from './work.service.js';

/** The work list of the start page: sessions and actions from intervision, stances, reviews and concepts from agreements. */
@Module({
  imports: [IntervisionModule, AgreementsModule],
  controllers: [WorkController],
  providers: [WorkService],
})
export class WorkModule {}
