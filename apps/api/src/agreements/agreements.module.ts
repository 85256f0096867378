import { Module } from '@nestjs/common';
import { AgreementDocumentsController } from './agreement-documents.controller.js';
import { AgreementDocumentsService } from './agreement-documents.service.js';
import { AgreementRoundEvents } from './agreement-round-events.js';
import { AgreementsController } from './agreements.controller.js';
import { AgreementsService } from './agreements.service.js';
import { IterationsController } from './iterations.controller.js';
import { IterationsService } from './iterations.service.js';

/**
 * Bètaversie agreements of a bouwteam or learning group: versions, editing without losing work, consent of the partner
 * organisations, diff, exports, and the action-research iterations that test them.
 */
@Module({
  controllers: [AgreementsController, AgreementDocumentsController, IterationsController],
  providers: [AgreementsService, AgreementRoundEvents, AgreementDocumentsService, IterationsService],
})
export class AgreementsModule {}
